import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../services/appError.ts';
import { discardPartialDownload, downloadModel, partialDownloadBytes, type DownloadModelOptions } from './modelDownload.ts';
import { ModelStore } from './modelStore.ts';
import { readModelManifest } from './readModelManifest.ts';
import { startFakeModelServer, type FakeModelServer } from './testing/fakeModelServer.ts';
import { makeTestModel, registryFor, writeRegistryTree } from './testing/makeTestModel.ts';

let site: string;
let work: string;
let root: string;
let server: FakeModelServer;
const enid = makeTestModel('enid');
const iden = makeTestModel('iden');
const modelGz = gzipSync(enid.files[0]!.bytes);
const modelGzPath = '/enid/model.enid.intgemm.alphas.bin.gz';
const modelPart = (): string => join(root, '.downloads', 'enid', 'model.enid.intgemm.alphas.bin.part');

beforeAll(async () => {
  // Gzipping the fake models takes a while: once per file, with a fresh registry per test.
  site = await mkdtemp(join(tmpdir(), 'redaksi-model-site-'));
  await writeRegistryTree([enid, iden], site);
});

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'redaksi-download-'));
  root = join(work, 'mt-models');
  await writeFile(join(site, 'registry.json'), JSON.stringify(registryFor([enid, iden])));
  server = await startFakeModelServer(site);
});

afterEach(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

function download(extra: Partial<DownloadModelOptions> = {}): Promise<unknown> {
  return downloadModel({ registryUrl: server.registryUrl, from: 'en', to: 'id', rootDir: root, retries: 0, backoffMs: 1, timeoutMs: 5000, ...extra });
}

async function outcome(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return 'installed';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return `${error.code}: ${error.message}`;
  }
}

const modelRequests = (): { range: string | undefined; status: number }[] =>
  server.requests.filter((request) => request.path === modelGzPath).map(({ range, status }) => ({ range, status }));

describe('downloadModel', () => {
  it('downloads, verifies and installs a direction, reporting progress up to the total', async () => {
    const progress: [number, number][] = [];
    const installed = await download({ onProgress: (done, total) => progress.push([done, total]) });
    expect(installed).toMatchObject({ from: 'en', to: 'id', status: 'ok', origin: 'download' });
    const manifest = await readModelManifest(join(root, 'en-id'));
    expect(manifest.model.sha256).toBe(enid.files[0]!.sha256);
    const compressedTotal = enid.files.reduce((sum, file) => sum + gzipSync(file.bytes).length, 0);
    expect(progress.at(-1)).toEqual([compressedTotal, compressedTotal]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);
    expect(existsSync(join(root, '.downloads', 'enid'))).toBe(false);
    expect(server.requests.map((r) => r.path).sort()).toEqual(['/enid/lex.50.50.enid.s2t.bin.gz', modelGzPath, '/enid/vocab.enid.spm.gz', '/registry.json']);
  });

  it('resumes a broken download where it stopped, with a Range request, on the next call', async () => {
    server.setBehaviour('drop-after:300000');
    expect(await outcome(download())).toMatch(/^MT_UNAVAILABLE: .*model\.enid\.intgemm\.alphas\.bin\.gz/);
    // Everything the server sent before the cut is kept (a loaded machine may deliver a little less).
    const kept = (await stat(modelPart())).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(300_000);
    expect(new ModelStore(root).list()).toEqual([]);

    server.setBehaviour('ok');
    await download();
    expect(modelRequests()).toEqual([
      { range: undefined, status: 200 },
      { range: `bytes=${kept}-`, status: 206 },
    ]);
    expect((await readModelManifest(join(root, 'en-id'))).model.sha256).toBe(enid.files[0]!.sha256);
  });

  it('keeps resuming within one call while retries last', async () => {
    server.setBehaviour('drop-after:400000');
    await download({ retries: 5 });
    const offsets = modelRequests().map((r) => (r.range ? Number(/^bytes=(\d+)-$/.exec(r.range)![1]) : 0));
    // 1.05 MB in cuts of at most 400 kB: at least three requests, each starting further on.
    expect(offsets.length).toBeGreaterThanOrEqual(3);
    expect(offsets[0]).toBe(0);
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]! - offsets[i - 1]!).toBeGreaterThan(0);
    expect((await readModelManifest(join(root, 'en-id'))).model.size).toBe(enid.files[0]!.bytes.length);
  });

  it('restarts cleanly when the server ignores the Range header', async () => {
    server.setBehaviour('drop-after:250000');
    await download().catch(() => undefined);
    const kept = (await stat(modelPart())).size;
    server.setBehaviour('ignore-range');
    await download();
    expect(modelRequests().at(-1)).toEqual({ range: `bytes=${kept}-`, status: 200 });
    expect((await readModelManifest(join(root, 'en-id'))).model.sha256).toBe(enid.files[0]!.sha256);
  });

  it('rejects a corrupted download, deletes it and installs nothing', async () => {
    server.setBehaviour('corrupt');
    expect(await outcome(download())).toMatch(/^MT_MODEL_INVALID: model\.enid\.intgemm\.alphas\.bin/);
    expect(new ModelStore(root).list()).toEqual([]);
    expect(existsSync(modelPart())).toBe(false);
    expect(existsSync(modelPart().replace(/\.part$/, '.done'))).toBe(false);
  });

  it('rejects a file whose SHA-256 differs from the registry', async () => {
    const registry = registryFor([enid]);
    (registry.enid!.vocab as { expectedSha256Hash: string }).expectedSha256Hash = 'ab'.repeat(32);
    await writeFile(join(site, 'registry.json'), JSON.stringify(registry));
    expect(await outcome(download())).toMatch(/^MT_MODEL_INVALID: vocab\.enid\.spm: the download does not match the registry's checksum/);
    expect(existsSync(join(root, 'en-id'))).toBe(false);
  });

  it('keeps the .part file when cancelled, and resumes from it afterwards', async () => {
    server.setBehaviour('drop-after:200000');
    await download().catch(() => undefined);
    server.setBehaviour('stall');
    const controller = new AbortController();
    const cancelled = download({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled by the user')), 150);
    const kept = (await stat(modelPart())).size;
    await expect(cancelled).rejects.toThrow('cancelled by the user');
    expect((await stat(modelPart())).size).toBe(kept);
    server.setBehaviour('ok');
    await download();
    expect(modelRequests().at(-1)).toEqual({ range: `bytes=${kept}-`, status: 206 });
  });

  it('reports how much of an unfinished download is kept, and discards it on request', async () => {
    server.setBehaviour('drop-after:150000');
    await download().catch(() => undefined);
    const kept = (await stat(modelPart())).size;
    expect(await partialDownloadBytes(root, 'en', 'id')).toBe(kept);
    await discardPartialDownload(root, 'en', 'id');
    expect(await partialDownloadBytes(root, 'en', 'id')).toBe(0);
    server.setBehaviour('ok');
    await download();
    expect(modelRequests().map((r) => r.range)).toEqual([undefined, undefined]);
  });

  it('times out when the server stops sending', async () => {
    server.setBehaviour('stall');
    expect(await outcome(download({ timeoutMs: 300 }))).toMatch(/^MT_TIMEOUT: .*no answer within/);
  });

  it('reports server errors and unreachable hosts as MT_UNAVAILABLE', async () => {
    server.setBehaviour('status:503');
    expect(await outcome(download({ retries: 1 }))).toMatch(/^MT_UNAVAILABLE: .*answered 503/);
    expect(server.requests.filter((r) => r.path === '/registry.json')).toHaveLength(2);
    const address = server.registryUrl;
    await server.close();
    expect(await outcome(downloadModel({ registryUrl: address, from: 'en', to: 'id', rootDir: root, retries: 0 }))).toMatch(/^MT_UNAVAILABLE: .*cannot be reached/);
    server = await startFakeModelServer(site);
  });

  it('refuses a registry entry whose file names are not model files', async () => {
    const registry = registryFor([enid]);
    (registry.enid!.model as { name: string }).name = '../../../.bashrc';
    await writeFile(join(site, 'registry.json'), JSON.stringify(registry));
    expect(await outcome(download())).toMatch(/^MT_MODEL_INVALID: the model registry: the model entry of enid has an unexpected file name/);
  });

  it('falls back to plain files when the host has no .gz (the published bucket), and checks their SHA-256', async () => {
    const plainSite = join(work, 'plain-site');
    await writeRegistryTree([enid], plainSite, { plain: true });
    const plainServer = await startFakeModelServer(plainSite);
    try {
      const progress: [number, number][] = [];
      await downloadModel({ registryUrl: plainServer.registryUrl, from: 'en', to: 'id', rootDir: root, retries: 0, onProgress: (done, total) => progress.push([done, total]) });
      expect(plainServer.requests.map((r) => `${r.path} ${r.status}`)).toEqual([
        '/registry.json 200',
        '/enid/model.enid.intgemm.alphas.bin.gz 404',
        '/enid/model.enid.intgemm.alphas.bin 200',
        '/enid/lex.50.50.enid.s2t.bin 200',
        '/enid/vocab.enid.spm 200',
      ]);
      const plainTotal = enid.files.reduce((sum, file) => sum + file.bytes.length, 0);
      expect(progress.at(-1)).toEqual([plainTotal, plainTotal]);
      expect((await readModelManifest(join(root, 'en-id'))).lex.sha256).toBe(enid.files[1]!.sha256);

      // A flipped byte in a plain file is caught by the registry's SHA-256 alone.
      await new ModelStore(root).remove('en', 'id');
      plainServer.setBehaviour('corrupt');
      expect(await outcome(downloadModel({ registryUrl: plainServer.registryUrl, from: 'en', to: 'id', rootDir: root, retries: 0 }))).toMatch(
        /^MT_MODEL_INVALID: model\.enid\.intgemm\.alphas\.bin: the download does not match the registry's checksum/,
      );
      expect(new ModelStore(root).list()).toEqual([]);
    } finally {
      await plainServer.close();
    }
  });

  it('resumes a plain file from where it stopped too', async () => {
    const plainSite = join(work, 'plain-site');
    await writeRegistryTree([enid], plainSite, { plain: true });
    const plainServer = await startFakeModelServer(plainSite, 'drop-after:500000');
    try {
      const options = { registryUrl: plainServer.registryUrl, from: 'en', to: 'id', rootDir: root, retries: 0 } as const;
      expect(await outcome(downloadModel(options))).toMatch(/^MT_UNAVAILABLE/);
      plainServer.setBehaviour('ok');
      await downloadModel(options);
      const modelAsked = plainServer.requests.filter((r) => r.path.startsWith('/enid/model.'));
      expect(modelAsked.at(-1)).toMatchObject({ path: '/enid/model.enid.intgemm.alphas.bin', status: 206 });
      expect(modelAsked.at(-1)!.range).toMatch(/^bytes=\d+-$/);
      expect((await readModelManifest(join(root, 'en-id'))).model.sha256).toBe(enid.files[0]!.sha256);
    } finally {
      await plainServer.close();
    }
  });

  it('finds the files under a separate address, with the modelType of the registry filled in', async () => {
    await cp(join(site, 'enid'), join(site, 'models', 'prod', 'enid'), { recursive: true });
    await download({ filesBaseUrl: `${server.url}models/{modelType}` });
    expect(server.requests.filter((r) => r.path.startsWith('/models/prod/enid/'))).toHaveLength(3);
  });

  it('refuses two downloads of one direction at once', async () => {
    const first = download();
    expect(await outcome(download())).toMatch(/^CONFLICT/);
    await first;
    expect(await readFile(join(root, 'en-id', 'manifest.json'), 'utf8')).toContain('"origin": "download"');
  });
});

it('the fake model body is as large as the tests assume', () => {
  // The resume tests cut at 200–800 kB; the gzipped fake model must be larger than that.
  expect(modelGz.length).toBeGreaterThan(1_000_000);
});
