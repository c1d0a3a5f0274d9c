import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../services/appError.ts';
import { fakeMtKey, fakeTranslation, startFakeMtServer, type FakeMtServer } from '../testing/fakeMtServers.ts';
import { fastOptions, httpEngineSuite, request } from '../testing/httpEngineSuite.ts';
import { chatSystemPrompt, OpenAiChatEngine, parseChatTranslations } from './openAiChatEngine.ts';

const model = 'llama3.1:8b-instruct';
httpEngineSuite('openai', (options) => new OpenAiChatEngine({ ...options, model }));

const servers: FakeMtServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
async function start(): Promise<FakeMtServer> {
  const server = await startFakeMtServer('openai', 'ok');
  servers.push(server);
  return server;
}
const context = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

interface ChatBody {
  model: string;
  temperature: number;
  messages: { role: string; content: string }[];
}

describe('OpenAiChatEngine against an OpenAI-compatible server', () => {
  it('sends a batch with markup and glossary terms and keeps the tags', async () => {
    const server = await start();
    const segments = ['<b>Anggaran</b> daerah naik Rp 1,5 triliun.', 'Bupati <a data-m="1">Ahmad Yani</a> berkata, "Kami siap."'];
    const glossary = [
      { source: 'anggaran', target: 'budget' },
      { source: 'bupati', target: 'regent' },
    ];
    const result = await new OpenAiChatEngine({ ...fastOptions(server), model }).translate(request(segments, { markup: true, glossary }), context());
    expect(result).toEqual(['[en] <b>Anggaran</b> daerah naik Rp 1,5 triliun.', '[en] Bupati <a data-m="1">Ahmad Yani</a> berkata, "Kami siap."']);

    expect(server.requests).toHaveLength(1);
    const sent = server.requests[0]!;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe(`Bearer ${fakeMtKey}`);
    const body = sent.body as ChatBody;
    expect(body.model).toBe(model);
    expect(body.temperature).toBe(0);
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(JSON.parse(body.messages[1]!.content)).toEqual(segments);
    const system = body.messages[0]!.content;
    expect(system).toContain('from Indonesian to English');
    expect(system).toContain('"anggaran" → "budget"');
    expect(system).toContain('"bupati" → "regent"');
    expect(system).toMatch(/inline tags/);
    expect(system).toMatch(/number/);
    expect(system).toMatch(/names/);
    expect(system).toMatch(/quotation marks/);
    expect(system).toMatch(/ONLY a JSON array of strings/);
  });

  it('sends no Authorization header when no key is set', async () => {
    const server = await start();
    await new OpenAiChatEngine({ ...fastOptions(server, null), model }).translate(request(['Hujan turun.']), context());
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('batches at most 20 segments and about 6,000 characters per request', async () => {
    const server = await start();
    const many = Array.from({ length: 45 }, (_, i) => `Kalimat ${i + 1}.`);
    const engine = new OpenAiChatEngine({ ...fastOptions(server), model });
    expect(await engine.translate(request(many), context())).toEqual(many.map((text) => fakeTranslation(text, 'en')));
    const sizes = () => server.requests.map((r) => (JSON.parse((r.body as ChatBody).messages[1]!.content) as string[]).length);
    expect(sizes()).toEqual([20, 20, 5]);

    server.requests.length = 0;
    const long = ['a'.repeat(2_500), 'b'.repeat(2_500), 'c'.repeat(2_500)];
    await engine.translate(request(long), context());
    expect(sizes()).toEqual([2, 1]);
  });

  it('names the other direction and leaves tags out of a plain-text prompt', () => {
    const prompt = chatSystemPrompt({ from: 'en', to: 'id', markup: false, glossary: [] });
    expect(prompt).toContain('from English to Indonesian');
    expect(prompt).not.toMatch(/\btags?\b/);
    expect(prompt).not.toMatch(/glossary/);
  });
});

describe('parseChatTranslations', () => {
  const batch = ['Harga beras naik lagi minggu ini.', 'Jakarta'];
  const reply = (content: unknown) => ({ choices: [{ index: 0, message: { role: 'assistant', content } }] });
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof AppError ? error.code : 'not an AppError';
    }
    return 'no error';
  };

  it('reads a plain array, a ```json fence, a chatty preface and a one-key object', () => {
    const wanted = ['Rice prices rose again this week.', 'Jakarta'];
    expect(parseChatTranslations(reply(JSON.stringify(wanted)), batch)).toEqual(wanted);
    expect(parseChatTranslations(reply('```json\n' + JSON.stringify(wanted) + '\n```'), batch)).toEqual(wanted);
    expect(parseChatTranslations(reply('Here are the translations:\n' + JSON.stringify(wanted)), batch)).toEqual(wanted);
    expect(parseChatTranslations(reply(JSON.stringify({ translations: wanted })), batch)).toEqual(wanted);
  });

  it('refuses prose, a wrong count, non-strings, empty items and a missing message', () => {
    expect(code(() => parseChatTranslations(reply('I cannot translate this.'), batch))).toBe('MT_BAD_REPLY');
    expect(code(() => parseChatTranslations(reply('["Rice prices rose again this week."]'), batch))).toBe('MT_BAD_REPLY');
    expect(code(() => parseChatTranslations(reply('["Rice prices rose again this week.", 7]'), batch))).toBe('MT_BAD_REPLY');
    expect(code(() => parseChatTranslations(reply('["Rice prices rose again this week.", " "]'), batch))).toBe('MT_BAD_REPLY');
    expect(code(() => parseChatTranslations({ choices: [] }, batch))).toBe('MT_BAD_REPLY');
    expect(code(() => parseChatTranslations({ error: 'x' }, batch))).toBe('MT_BAD_REPLY');
  });

  it('refuses the source handed back unchanged, but accepts names and figures that stay the same', () => {
    expect(code(() => parseChatTranslations(reply(JSON.stringify(batch)), batch))).toBe('MT_BAD_REPLY');
    expect(parseChatTranslations(reply('["Jakarta", "2025"]'), ['Jakarta', '2025'])).toEqual(['Jakarta', '2025']);
  });
});
