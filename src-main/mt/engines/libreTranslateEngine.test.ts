import { afterEach, describe, expect, it } from 'vitest';
import { fakeMtKey, startFakeMtServer, type FakeMtServer } from '../testing/fakeMtServers.ts';
import { fastOptions, httpEngineSuite, manySegments, request } from '../testing/httpEngineSuite.ts';
import { LibreTranslateEngine } from './libreTranslateEngine.ts';

httpEngineSuite('libretranslate', (options) => new LibreTranslateEngine(options));

const servers: FakeMtServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
async function start(): Promise<FakeMtServer> {
  const server = await startFakeMtServer('libretranslate', 'ok');
  servers.push(server);
  return server;
}
const context = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

describe('LibreTranslateEngine against a LibreTranslate server', () => {
  it('sends markup as format html with the key in the body, and keeps the tags', async () => {
    const server = await start();
    const segments = ['Inflasi <i>tahunan</i> 2,5 persen.', 'Gubernur meresmikan <b>jembatan</b> baru.'];
    const glossary = [{ source: 'inflasi', target: 'inflation' }];
    const result = await new LibreTranslateEngine(fastOptions(server)).translate(request(segments, { markup: true, glossary }), context());
    expect(result).toEqual(['[en] Inflasi <i>tahunan</i> 2,5 persen.', '[en] Gubernur meresmikan <b>jembatan</b> baru.']);

    const sent = server.requests[0]!;
    expect(sent.path).toBe('/translate');
    // LibreTranslate takes no glossary: exactly the documented fields, nothing else.
    expect(sent.body).toEqual({ q: segments, source: 'id', target: 'en', format: 'html', api_key: fakeMtKey });
    expect(sent.headers.authorization).toBeUndefined();
  });

  it('sends plain text as format text, and no api_key without a key', async () => {
    const server = await start();
    await new LibreTranslateEngine(fastOptions(server, null)).translate(request(['Good morning, Jakarta.'], { from: 'en', to: 'id' }), context());
    expect(server.requests[0]!.body).toEqual({ q: ['Good morning, Jakarta.'], source: 'en', target: 'id', format: 'text' });
  });

  it('asks for at most 20 segments per request', async () => {
    const server = await start();
    await new LibreTranslateEngine(fastOptions(server)).translate(request(manySegments.slice(0, 45)), context());
    expect(server.requests.map((r) => (r.body as { q: string[] }).q.length)).toEqual([20, 20, 5]);
  });
});
