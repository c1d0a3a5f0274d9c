import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../services/appError.ts';
import { fakeMtKey, startFakeMtServer, type FakeMtBehaviour, type FakeMtServer } from '../testing/fakeMtServers.ts';
import { fastOptions, httpEngineSuite, manySegments, rejection, request } from '../testing/httpEngineSuite.ts';
import { DeepLEngine } from './deepLEngine.ts';

httpEngineSuite('deepl', (options) => new DeepLEngine(options));

const servers: FakeMtServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
async function start(behaviour: FakeMtBehaviour = 'ok'): Promise<FakeMtServer> {
  const server = await startFakeMtServer('deepl', behaviour);
  servers.push(server);
  return server;
}
const context = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

describe('DeepLEngine against a DeepL server', () => {
  it('sends markup with tag_handling html and the key only in the Authorization header', async () => {
    const server = await start();
    const segments = ['Produksi padi <b>turun</b> 3 persen.', 'Kata <a data-m="2">Kepala BPS</a>, "Cuaca penyebabnya."'];
    const glossary = [{ source: 'padi', target: 'rice' }];
    const result = await new DeepLEngine(fastOptions(server)).translate(request(segments, { markup: true, glossary }), context());
    expect(result).toEqual(['[en] Produksi padi <b>turun</b> 3 persen.', '[en] Kata <a data-m="2">Kepala BPS</a>, "Cuaca penyebabnya."']);

    const sent = server.requests[0]!;
    expect(sent.path).toBe('/v2/translate');
    expect(sent.headers.authorization).toBe(`DeepL-Auth-Key ${fakeMtKey}`);
    // Glossary hints are not sent (DeepL needs a pre-made glossary), and the key is not in the body.
    expect(sent.body).toEqual({ text: segments, source_lang: 'ID', target_lang: 'EN-US', preserve_formatting: true, tag_handling: 'html' });
  });

  it('uses ID as the target for English to Indonesian and no tag handling for plain text', async () => {
    const server = await start();
    expect(await new DeepLEngine(fastOptions(server)).translate(request(['The river rose overnight.'], { from: 'en', to: 'id' }), context())).toEqual([
      '[id] The river rose overnight.',
    ]);
    expect(server.requests[0]!.body).toEqual({ text: ['The river rose overnight.'], source_lang: 'EN', target_lang: 'ID', preserve_formatting: true });
  });

  it('asks for at most 50 texts per request', async () => {
    const server = await start();
    await new DeepLEngine(fastOptions(server)).translate(request(manySegments), context());
    expect(server.requests.map((r) => (r.body as { text: string[] }).text.length)).toEqual([50, 50, 10]);
  });

  it('sends nothing without a key', async () => {
    const server = await start();
    const error = await rejection(new DeepLEngine(fastOptions(server, null)), request(['Hujan.']));
    expect((error as AppError).code).toBe('MT_AUTH');
    expect(server.requests).toHaveLength(0);
  });

  it('reports 456 (quota used up) as MT_QUOTA at once, without retrying', async () => {
    const server = await start('status:456');
    const error = await rejection(new DeepLEngine(fastOptions(server)), request(['Hujan.']));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('MT_QUOTA');
    expect(server.requests).toHaveLength(1);
  });
});
