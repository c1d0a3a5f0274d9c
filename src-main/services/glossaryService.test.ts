import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import type { ExportedFile, GlossaryImportResult, GlossaryTerm } from '../../src-preload/contract/translation.ts';

let dir: string;
let backend: Backend;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-glossary-'));
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
  await backend.dispatch('updateSettings', { userName: 'Sari Wulandari' });
});
afterEach(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(method: Parameters<Backend['dispatch']>[0], input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function errorCode(method: Parameters<Backend['dispatch']>[0], input: unknown): Promise<string> {
  const r = await backend.dispatch(method, input);
  if (r.ok) throw new Error(`${method} succeeded`);
  return r.error.code;
}

const save = (input: Record<string, unknown>) => call<GlossaryTerm>('saveGlossaryTerm', input);
const list = (input: Record<string, unknown> = {}) => call<GlossaryTerm[]>('listGlossaryTerms', input);
const importFile = (name: string, content: string | Uint8Array) =>
  call<GlossaryImportResult>('importGlossary', { file: { name, dataBase64: Buffer.from(content).toString('base64') } });
const exported = async (format: 'csv' | 'tbx') => {
  const file = await call<ExportedFile>('exportGlossary', { format });
  return { ...file, text: Buffer.from(file.dataBase64, 'base64').toString('utf8') };
};

/** Every row of the glossary: a refused import must leave all of it as it was. */
const digest = () => JSON.stringify(backend.db.prepare('SELECT * FROM glossary_terms ORDER BY id').all());

describe('GlossaryService: entries', () => {
  it('saves an entry with its author and time, lists and finds it in either language, and deletes it', async () => {
    const saved = await save({ termId: '  anggaran   belanja ', termEn: 'spending budget', forbiddenId: ['bujet belanja'], note: 'APBN' });
    expect(saved).toMatchObject({ termId: 'anggaran belanja', termEn: 'spending budget', forbiddenId: ['bujet belanja'], forbiddenEn: [], note: 'APBN', caseSensitive: false, updatedBy: 'Sari Wulandari' });
    expect(Date.parse(saved.updatedAt)).not.toBeNaN();
    await save({ termId: 'pajak', termEn: 'tax' });
    await save({ termId: 'belanja modal', termEn: 'capital expenditure' });

    expect((await list()).map((t) => t.termId)).toEqual(['anggaran belanja', 'belanja modal', 'pajak']);
    // Entries starting with the query come first; English and forbidden variants count too.
    expect((await list({ query: 'BELANJA' })).map((t) => t.termId)).toEqual(['belanja modal', 'anggaran belanja']);
    expect((await list({ query: 'tax' })).map((t) => t.termId)).toEqual(['pajak']);
    expect((await list({ query: 'bujet' })).map((t) => t.termId)).toEqual(['anggaran belanja']);
    expect(await list({ limit: 1 })).toHaveLength(1);

    expect(await call('deleteGlossaryTerm', { id: saved.id })).toEqual({ deleted: true });
    expect((await list()).map((t) => t.termId)).toEqual(['belanja modal', 'pajak']);
    expect(await errorCode('deleteGlossaryTerm', { id: saved.id })).toBe('NOT_FOUND');
  });

  it('updates an entry by id, keeping what the change leaves out', async () => {
    const saved = await save({ termId: 'daring', termEn: 'online', forbiddenId: ['online'], note: 'KBBI' });
    const changed = await save({ id: saved.id, termId: 'daring', termEn: 'online', caseSensitive: true });
    expect(changed).toMatchObject({ id: saved.id, forbiddenId: ['online'], note: 'KBBI', caseSensitive: true });
    expect(await list()).toHaveLength(1);
    expect(await errorCode('saveGlossaryTerm', { id: '5d0c7c2e-8f41-4b7a-9e0d-1a2b3c4d5e6f', termId: 'x', termEn: 'y' })).toBe('NOT_FOUND');
  });

  it('refuses a second entry with the same pair of terms (CONFLICT), case and spacing aside', async () => {
    const first = await save({ termId: 'Pemangku kepentingan', termEn: 'stakeholder' });
    expect(await errorCode('saveGlossaryTerm', { termId: 'pemangku  kepentingan', termEn: 'Stakeholder' })).toBe('CONFLICT');
    const other = await save({ termId: 'pemangku kepentingan', termEn: 'interested party' });
    expect(await errorCode('saveGlossaryTerm', { id: other.id, termId: 'pemangku kepentingan', termEn: 'stakeholder' })).toBe('CONFLICT');
    // Saving an entry unchanged is not a conflict with itself.
    await save({ id: first.id, termId: 'Pemangku kepentingan', termEn: 'stakeholder' });
    expect(await list()).toHaveLength(2);
  });

  it('refuses bad input at the bridge', async () => {
    expect(await errorCode('saveGlossaryTerm', { termId: '', termEn: '  ' })).toBe('INVALID_INPUT');
    expect(await errorCode('saveGlossaryTerm', { termId: 'x'.repeat(501), termEn: 'y' })).toBe('INVALID_INPUT');
  });
});

describe('GlossaryService: matching', () => {
  it('matches the text against the current glossary and sees changes at once', async () => {
    const glossary = backend.services.glossary;
    await save({ termId: 'anggaran', termEn: 'budget', note: 'APBN' });
    const first = glossary.all();
    expect(glossary.all()).toBe(first); // cached: matchTerms compiles it once
    expect(glossary.match('Anggarannya naik.', 'id', 'en')).toEqual([
      { start: 0, end: 11, termId: first[0]!.id, term: 'anggaran', translation: 'budget', note: 'APBN' },
    ]);
    await save({ termId: 'KPK', termEn: 'KPK', caseSensitive: true });
    expect(glossary.all()).not.toBe(first);
    expect(glossary.match('KPK memeriksa anggaran; kpk bukan.', 'id', 'en').map((h) => h.term)).toEqual(['KPK', 'anggaran']);
  });
});

describe('GlossaryService: import', () => {
  it('imports a CSV with BOM, semicolons and CRLF; a repeated pair updates instead of duplicating', async () => {
    const existing = await save({ termId: 'pajak', termEn: 'tax', forbiddenEn: ['levy'] });
    const csv = '\uFEFFBahasa Indonesia;English;Catatan;Dilarang (en)\r\npajak;tax;UU HPP;duty\r\nanggaran;budget;;\r\nanggaran;budget;kedua;\r\n;;;\r\n;;cuma catatan;\r\n';
    expect(await importFile('glosarium.csv', csv)).toEqual({ added: 1, updated: 2, skipped: 1 });
    const terms = await list();
    expect(terms.map((t) => [t.termId, t.termEn, t.note])).toEqual([
      ['anggaran', 'budget', 'kedua'],
      ['pajak', 'tax', 'UU HPP'],
    ]);
    expect(terms.find((t) => t.id === existing.id)!.forbiddenEn).toEqual(['levy', 'duty']);
  });

  it('imports a TBX, in UTF-16 too', async () => {
    const tbx = `<?xml version="1.0" encoding="UTF-16"?><martif type="TBX"><text><body>
      <termEntry><langSet xml:lang="id"><tig><term>daring</term></tig><tig><term>online</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
      <langSet xml:lang="en"><tig><term>online</term></tig></langSet></termEntry>
      <termEntry><langSet xml:lang="de"><tig><term>Haushalt</term></tig></langSet></termEntry></body></text></martif>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tbx, 'utf16le')]);
    expect(await importFile('istilah.tbx', utf16)).toEqual({ added: 1, updated: 0, skipped: 1 });
    expect(await list()).toMatchObject([{ termId: 'daring', termEn: 'online', forbiddenId: ['online'] }]);
  });

  it('skips entries over the contract caps instead of cutting them', async () => {
    expect(await importFile('g.csv', `id,en\nanggaran,budget\n${'x'.repeat(600)},long\n`)).toEqual({ added: 1, updated: 0, skipped: 1 });
  });

  it.each([
    ['g.csv', 'anggaran,budget\n', 'IMPORT_FAILED'], // no language header
    ['g.csv', 'id,en\nanggaran,budget\n"pajak,tax\n', 'IMPORT_FAILED'], // unclosed quote: nothing imported, not even row 1
    ['g.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 0, 0]), 'IMPORT_FAILED'], // a zip renamed .csv
    ['g.tbx', '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "x">]><martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&a;</term></tig></langSet></termEntry></body></text></martif>', 'IMPORT_FAILED'],
    ['g.tbx', `<martif><text><body>${'<termEntry>'.repeat(5000)}</body></text></martif>`, 'IMPORT_FAILED'],
    ['g.tbx', '<html><body>not a termbase</body></html>', 'IMPORT_FAILED'],
    ['g.xlsx', 'id,en\n', 'UNSUPPORTED_FORMAT'],
  ])('refuses %s (%#) with %s and leaves the glossary unchanged', async (name, content, code) => {
    await save({ termId: 'pajak', termEn: 'tax' });
    const before = digest();
    const r = await backend.dispatch('importGlossary', { file: { name, dataBase64: Buffer.from(content).toString('base64') } });
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
    expect(digest()).toBe(before);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const before = digest();
    const big = Buffer.alloc(51 * 1024 * 1024, 0x61);
    expect(await errorCode('importGlossary', { file: { name: 'besar.csv', dataBase64: big.toString('base64') } })).toBe('FILE_TOO_LARGE');
    expect(digest()).toBe(before);
  });
});

describe('GlossaryService: export', () => {
  beforeEach(async () => {
    await save({ termId: 'daring', termEn: 'online', forbiddenId: ['online', 'on-line'], note: 'Pedoman "A", baris 1\nbaris 2' });
    await save({ termId: '=HYPERLINK("http://example.invalid")', termEn: '@budget', forbiddenEn: ['+tax'] });
    await save({ termId: 'KPK', termEn: 'KPK', caseSensitive: true });
  });

  it('exports a formula-safe CSV with a BOM that imports back to the same glossary', async () => {
    const file = await exported('csv');
    expect(file).toMatchObject({ fileName: 'glosarium.csv', mediaType: 'text/csv' });
    expect(file.text.startsWith('\uFEFFid,en,note,forbidden_id,forbidden_en')).toBe(true);
    // No cell a spreadsheet would run: every cell starting with = + - @ is defused.
    expect(file.text).toContain(`"'=HYPERLINK(""http://example.invalid"")",'@budget`);
    await roundTrip(file.dataBase64, 'glosarium.csv');
  });

  it('exports a TBX that imports back to the same glossary', async () => {
    const file = await exported('tbx');
    expect(file.fileName).toBe('glosarium.tbx');
    expect(file.text).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    await roundTrip(file.dataBase64, 'glosarium.tbx', { ignoreCase: true });
  });

  /** Imports an export into a fresh data folder and compares the entries. */
  async function roundTrip(dataBase64: string, name: string, options: { ignoreCase?: boolean } = {}) {
    const shape = (terms: GlossaryTerm[]) =>
      terms.map((t) => ({ termId: t.termId, termEn: t.termEn, forbiddenId: t.forbiddenId, forbiddenEn: t.forbiddenEn, note: t.note, ...(options.ignoreCase ? {} : { caseSensitive: t.caseSensitive }) }));
    const original = shape(await list());
    const otherDir = mkdtempSync(join(tmpdir(), 'redaksi-glossary-rt-'));
    const other = createBackend({ dataDir: otherDir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
    try {
      const r = await other.dispatch('importGlossary', { file: { name, dataBase64 } });
      expect(r).toEqual({ ok: true, value: { added: 3, updated: 0, skipped: 0 } });
      const back = await other.dispatch('listGlossaryTerms', {});
      expect(back.ok && shape(back.value as GlossaryTerm[])).toEqual(original);
      // Importing the same file again changes entries rather than adding copies.
      expect(await other.dispatch('importGlossary', { file: { name, dataBase64 } })).toEqual({ ok: true, value: { added: 0, updated: 3, skipped: 0 } });
    } finally {
      other.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  }
});
