import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import { uiLanguageForLocale } from './settingsService.ts';

let dir: string;
const open: Backend[] = [];

function backendFor(systemLocale: string): Backend {
  const b = createBackend({ dataDir: dir, systemLocale, appVersion: '0.0.0-test', dispatch: { validateOutput: true } });
  open.push(b);
  return b;
}

function close(b: Backend) {
  b.close();
  open.splice(open.indexOf(b), 1);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-settings-'));
});

afterEach(() => {
  for (const b of open.splice(0)) b.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('uiLanguageForLocale', () => {
  it.each([
    ['id-ID', 'id'],
    ['id', 'id'],
    ['id_ID', 'id'],
    ['in_ID.UTF-8', 'id'],
    ['in-ID', 'id'],
    ['ID-id', 'id'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['ms-MY', 'en'],
    ['jv-ID', 'en'],
    ['ind', 'en'],
    ['C', 'en'],
    ['', 'en'],
  ])('%j -> %s', (locale, expected) => {
    expect(uiLanguageForLocale(locale)).toBe(expected);
  });

  it('an unknown (undefined) locale falls back to English', () => {
    expect(uiLanguageForLocale(undefined)).toBe('en');
  });
});

describe('settings through the bridge', () => {
  it.each([
    ['id-ID', 'id'],
    ['in_ID.UTF-8', 'id'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
  ])('on first run with OS locale %j the UI is %s, not yet chosen, no user name', async (locale, lang) => {
    const b = backendFor(locale);
    expect(await b.dispatch('getSettings', {})).toEqual({ ok: true, value: { uiLanguage: lang, uiLanguageChosen: false, userName: '', claimsGate: true } });
  });

  it('keeps following the OS locale until the user picks, then keeps the pick on any OS locale', async () => {
    let b = backendFor('en-US');
    await b.dispatch('updateSettings', { userName: 'Siti' });
    close(b);

    // Still unchosen: an Indonesian OS now gives Indonesian.
    b = backendFor('id-ID');
    expect(await b.dispatch('getSettings', {})).toMatchObject({ ok: true, value: { uiLanguage: 'id', uiLanguageChosen: false } });
    expect(await b.dispatch('updateSettings', { uiLanguage: 'en' })).toEqual({
      ok: true,
      value: { uiLanguage: 'en', uiLanguageChosen: true, userName: 'Siti', claimsGate: true },
    });
    close(b);

    b = backendFor('id-ID');
    expect(await b.dispatch('getSettings', {})).toEqual({ ok: true, value: { uiLanguage: 'en', uiLanguageChosen: true, userName: 'Siti', claimsGate: true } });
  });

  it('persists language and user name across a reopen', async () => {
    let b = backendFor('en-US');
    expect(await b.dispatch('updateSettings', { uiLanguage: 'id', userName: 'Ni Luh Putu Ayu' })).toMatchObject({ ok: true });
    close(b);
    b = backendFor('en-US');
    expect(await b.dispatch('getSettings', {})).toEqual({ ok: true, value: { uiLanguage: 'id', uiLanguageChosen: true, userName: 'Ni Luh Putu Ayu', claimsGate: true } });
  });

  it('changing one setting leaves the others alone', async () => {
    const b = backendFor('id-ID');
    await b.dispatch('updateSettings', { uiLanguage: 'en', userName: 'Agus' });
    expect(await b.dispatch('updateSettings', { userName: 'Agus Salim' })).toEqual({ ok: true, value: { uiLanguage: 'en', uiLanguageChosen: true, userName: 'Agus Salim', claimsGate: true } });
    expect(await b.dispatch('updateSettings', { uiLanguage: 'id' })).toEqual({ ok: true, value: { uiLanguage: 'id', uiLanguageChosen: true, userName: 'Agus Salim', claimsGate: true } });
  });

  it('trims the user name (the contract does it) and keeps non-ASCII names intact', async () => {
    const b = backendFor('id-ID');
    expect(await b.dispatch('updateSettings', { userName: '  \tI Gusti Ngurah Rai \n' })).toMatchObject({ ok: true, value: { userName: 'I Gusti Ngurah Rai' } });
    expect(await b.dispatch('updateSettings', { userName: ' Zoë Ả 👩🏽‍💻 ' })).toMatchObject({ ok: true, value: { userName: 'Zoë Ả 👩🏽‍💻' } });
    // 200 characters after trimming is the limit; surrounding spaces do not count.
    const max = 'N'.repeat(200);
    expect(await b.dispatch('updateSettings', { userName: `   ${max}   ` })).toMatchObject({ ok: true, value: { userName: max } });
    expect(await b.dispatch('updateSettings', { userName: `${max}N` })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await b.dispatch('getSettings', {})).toMatchObject({ ok: true, value: { userName: max } });
    // Clearing the name is allowed.
    expect(await b.dispatch('updateSettings', { userName: '   ' })).toMatchObject({ ok: true, value: { userName: '' } });
  });

  it('the readiness gate is on by default, can be switched off, and stays as chosen across a reopen', async () => {
    let b = backendFor('id-ID');
    expect(await b.dispatch('getSettings', {})).toMatchObject({ ok: true, value: { claimsGate: true } });
    expect(await b.dispatch('updateSettings', { claimsGate: false })).toMatchObject({ ok: true, value: { claimsGate: false, userName: '' } });
    close(b);
    b = backendFor('id-ID');
    expect(await b.dispatch('getSettings', {})).toMatchObject({ ok: true, value: { claimsGate: false } });
    // A hand-edited value that is not a boolean counts as on: checking claims is the safe side.
    b.db.prepare("UPDATE settings SET value = '\"no\"' WHERE key = 'claimsGate'").run();
    expect(await b.dispatch('getSettings', {})).toMatchObject({ ok: true, value: { claimsGate: true } });
  });

  it('an empty update is INVALID_INPUT and changes nothing', async () => {
    const b = backendFor('en-US');
    expect(await b.dispatch('updateSettings', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await b.dispatch('getSettings', {})).toMatchObject({ ok: true, value: { uiLanguageChosen: false } });
  });

  it('a damaged or hand-edited stored setting falls back to the OS locale instead of failing', async () => {
    const b = backendFor('id-ID');
    b.db.prepare("INSERT INTO settings (key, value) VALUES ('uiLanguage', '\"fr\"'), ('userName', 'not json')").run();
    expect(await b.dispatch('getSettings', {})).toEqual({ ok: true, value: { uiLanguage: 'id', uiLanguageChosen: false, userName: '', claimsGate: true } });
    expect(await b.dispatch('updateSettings', { uiLanguage: 'en', userName: 'Rudi' })).toEqual({
      ok: true,
      value: { uiLanguage: 'en', uiLanguageChosen: true, userName: 'Rudi', claimsGate: true },
    });
  });
});
