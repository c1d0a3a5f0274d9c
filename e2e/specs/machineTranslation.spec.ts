/**
 * Machine translation end to end through the web host (issue 7), against local servers that this
 * test starts on 127.0.0.1 and that speak each engine's real protocol. Their "translations" are a
 * fixed test transform (`[en] ` + the text), so QA rightly flags them as untranslated: the spec
 * checks that flags show before anyone confirms. No real model or online service is used here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { MtSettingsModel, type OnlineMtEngine } from '../models/mtSettings.model.ts';
import { ResourcesModel } from '../models/resources.model.ts';
import { TranslationDeskModel } from '../models/translationDesk.model.ts';
import { fakeMtKey, startFakeMtServer, type FakeMtServer } from '../../src-main/mt/testing/fakeMtServers.ts';
import { buildModelZip, makeTestModel, writeModelFolder, writeRegistryTree } from '../../src-main/mt/models/testing/makeTestModel.ts';
import { startFakeModelServer } from '../../src-main/mt/models/testing/fakeModelServer.ts';

// Our own sentences.
const headline = 'Harga telur naik menjelang Lebaran';
const known = 'Pasokan dari peternak di Blitar berkurang.';
const fresh = 'Pedagang di Pasar Cihapit menjual telur Rp 31.000 per kilogram.';

let dir: string;
test.beforeEach(() => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'redaksi-mt-e2e-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A new Indonesian article with our sentences, opened in the translation desk. */
async function openDesk(page: Page): Promise<TranslationDeskModel> {
  const library = new LibraryModel(page);
  await library.goto();
  await library.newArticle('id');
  const editor = new EditorModel(page);
  await editor.typeHeadline(headline);
  await editor.body.click();
  await page.keyboard.insertText(`${known} ${fresh}`);
  await editor.waitSaved();
  await page.getByTestId('translate-article').click();
  const desk = new TranslationDeskModel(page);
  await desk.waitOpen();
  return desk;
}

const engines: { id: OnlineMtEngine; label: RegExp; key: string | null }[] = [
  { id: 'openai', label: /OpenAI-compatible/, key: null },
  { id: 'libretranslate', label: /LibreTranslate/, key: null },
  { id: 'deepl', label: /DeepL/, key: fakeMtKey },
];

for (const engine of engines) {
  test(`${engine.id}: off sends nothing; switched on, the desk offers its suggestion with QA, inserts it as a draft and pre-translates after the memory`, async ({ app }) => {
    const page = app.page;
    const server: FakeMtServer = await startFakeMtServer(engine.id, engine.key ? 'auth' : 'ok');
    try {
      // A memory that knows one of the sentences.
      const resources = new ResourcesModel(page);
      await resources.goto();
      await resources.createMemory('Pangan', 'id-en');
      const tmx = join(dir, 'pangan.tmx');
      writeFileSync(
        tmx,
        `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="id" datatype="plaintext"/><body><tu><tuv xml:lang="id"><seg>${known}</seg></tuv><tuv xml:lang="en"><seg>Supplies from farmers in Blitar fell.</seg></tuv></tu></body></tmx>`,
      );
      await resources.importTmx('Pangan', tmx);
      await expect(resources.units('Pangan')).toHaveText('1');

      const mt = new MtSettingsModel(page);
      await mt.open();
      await mt.setAddress(engine.id, server.baseUrl);
      if (engine.id === 'openai') await mt.setModel('test-model');
      if (engine.key) await mt.saveKey(engine.id, engine.key);
      await mt.expectStatus(engine.id, 'off');
      await mt.close();

      // Off: the desk has no engine to offer, and nothing was sent.
      const desk = await openDesk(page);
      await expect(page.getByTestId('mt-none-ready')).toBeVisible();
      expect(server.requests).toHaveLength(0);

      await mt.open();
      await mt.setEnabled(engine.id, true);
      await mt.expectStatus(engine.id, 'ready');
      await mt.close();

      // The suggestion, labelled with its engine, checked by QA before it is used.
      await desk.target(desk.row(fresh)).click();
      await expect(page.getByTestId('mt-engine')).toHaveValue(engine.id);
      await page.getByTestId('mt-request').click();
      const result = page.getByTestId('mt-result');
      await expect(result).toHaveAttribute('data-engine', engine.id);
      await expect(page.getByTestId('mt-result-engine')).toHaveText(engine.label);
      await expect(page.getByTestId('mt-result-text')).toHaveText(`[en] ${fresh}`);
      await expect(page.getByTestId('mt-finding').first()).toHaveAttribute('data-rule', 'untranslated');
      expect(server.requests.length).toBeGreaterThanOrEqual(1);
      if (engine.key) expect(server.requests.every((r) => JSON.stringify(r.headers).includes(engine.key!))).toBe(true);

      // Ctrl+M puts it in: a draft marked as machine translation from this engine, flagged by QA.
      await desk.target(desk.row(fresh)).press('Control+m');
      await expect(desk.target(desk.row(fresh))).toHaveValue(`[en] ${fresh}`);
      await expect(desk.row(fresh).getByTestId('segment-origin')).toHaveAttribute('data-origin', 'mt');
      await expect(desk.row(fresh).getByTestId('segment-origin')).toHaveAttribute('data-mt-engine', engine.id);
      await expect(desk.row(fresh)).toHaveAttribute('data-status', 'draft');
      await expect(desk.row(fresh).getByTestId('segment-qa-count')).toBeVisible();
      await desk.waitSaved();

      // Pre-translate the rest: the memory first (it knows one sentence), then the engine.
      const before = server.requests.length;
      await page.getByTestId('pretranslate-engine').selectOption(engine.id);
      await page.getByTestId('pretranslate-start').click();
      await expect(page.getByTestId('desk-notice')).toContainText(/1 from memory and 1 by machine translation/);
      await expect(desk.target(desk.row(known))).toHaveValue('Supplies from farmers in Blitar fell.');
      await expect(desk.row(known).getByTestId('segment-origin')).toHaveAttribute('data-origin', 'tm');
      await expect(desk.target(desk.row(headline))).toHaveValue(`[en] ${headline}`);
      await expect(desk.row(headline).getByTestId('segment-origin')).toHaveAttribute('data-mt-engine', engine.id);
      await expect(desk.row(headline)).toHaveAttribute('data-status', 'draft');
      // Only the headline went to the engine: the memory had the other, and the third was filled.
      const sent = JSON.stringify(server.requests.slice(before).map((r) => r.body));
      expect(sent).toContain(headline);
      expect(sent).not.toContain('Blitar');
    } finally {
      await server.close();
    }
  });
}

test('an engine that fails says why in the desk, in the UI language, and changes nothing', async ({ app }) => {
  const page = app.page;
  const server = await startFakeMtServer('libretranslate', 'status:500');
  try {
    const mt = new MtSettingsModel(page);
    await mt.open();
    await mt.setAddress('libretranslate', server.baseUrl);
    await mt.setEnabled('libretranslate', true);
    await mt.close();
    const desk = await openDesk(page);
    await desk.target(desk.row(fresh)).click();
    await page.getByTestId('mt-request').click();
    await expect(page.getByTestId('mt-error')).toContainText('could not be reached or reported a server error');
    await expect(desk.target(desk.row(fresh))).toHaveValue('');
  } finally {
    await server.close();
  }
});

test('the model manager imports a folder, refuses a broken archive, downloads with cancel and resume, and removes', async ({ app }) => {
  const page = app.page;
  const mt = new MtSettingsModel(page);
  await mt.open();
  await mt.expectStatus('bergamot', 'noOfflineModel');

  // A structurally valid test model (it was never trained and translates nothing).
  const folder = join(dir, 'iden');
  await writeModelFolder(makeTestModel('iden'), folder);
  await mt.importFolder(folder);
  await expect(mt.importDone).toHaveText('Model installed: Indonesian → English.', { timeout: 30_000 });
  await mt.expectRowState('id-en', 'installed');
  await mt.expectStatus('bergamot', 'ready');

  writeFileSync(join(dir, 'rusak.zip'), buildModelZip(makeTestModel('enid')).slice(0, 5000));
  await mt.importArchive(join(dir, 'rusak.zip'));
  await expect(mt.importError).toBeVisible({ timeout: 30_000 });
  await mt.expectRowState('en-id', 'missing');

  const tree = join(dir, 'registry');
  await writeRegistryTree([makeTestModel('enid', { modelBytes: 6 * 1024 * 1024 })], tree);
  const server = await startFakeModelServer(tree, 'stall');
  try {
    await mt.setRegistryUrl(server.registryUrl);
    await mt.startDownload('en-id');
    await expect(mt.downloadProgress('en-id')).toBeVisible();
    await mt.cancelDownload('en-id');
    await expect(mt.downloadResult('en-id')).toContainText('resume');
    await mt.expectRowState('en-id', 'missing');
    server.setBehaviour('ok');
    await mt.startDownload('en-id');
    await expect(mt.downloadResult('en-id')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    await mt.expectRowState('en-id', 'installed');
  } finally {
    await server.close();
  }

  await mt.removeModel('id-en');
  await mt.removeModel('en-id');
  await mt.expectStatus('bergamot', 'noOfflineModel');
});
