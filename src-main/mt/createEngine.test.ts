import { describe, expect, it } from 'vitest';
import { createEngine } from './createEngine.ts';
import { BergamotEngine } from './engines/bergamotEngine.ts';
import { DeepLEngine } from './engines/deepLEngine.ts';
import { LibreTranslateEngine } from './engines/libreTranslateEngine.ts';
import { OpenAiChatEngine } from './engines/openAiChatEngine.ts';

const http = { baseUrl: 'http://127.0.0.1:9/v1', apiKey: null };

describe('createEngine', () => {
  it('builds the engine each configuration kind names, offline only for Bergamot', () => {
    const engines = [
      createEngine({ kind: 'bergamot', modelDir: '/nonexistent/id-en' }),
      createEngine({ kind: 'openai', model: 'llama3.1:8b', ...http }),
      createEngine({ kind: 'libretranslate', ...http }),
      createEngine({ kind: 'deepl', ...http }),
    ];
    expect(engines[0]).toBeInstanceOf(BergamotEngine);
    expect(engines[1]).toBeInstanceOf(OpenAiChatEngine);
    expect(engines[2]).toBeInstanceOf(LibreTranslateEngine);
    expect(engines[3]).toBeInstanceOf(DeepLEngine);
    expect(engines.map((e) => [e.kind, e.offline])).toEqual([
      ['bergamot', true],
      ['openai', false],
      ['libretranslate', false],
      ['deepl', false],
    ]);
  });
});
