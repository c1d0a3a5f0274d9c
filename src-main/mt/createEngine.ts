/**
 * Builds the engine a configuration names. Called inside the MT worker (src-main/workers/mtWorker.ts),
 * which caches the result per configuration; the HTTP engines get their settings without `kind`.
 */
import { BergamotEngine } from './engines/bergamotEngine.ts';
import { DeepLEngine } from './engines/deepLEngine.ts';
import { LibreTranslateEngine } from './engines/libreTranslateEngine.ts';
import { OpenAiChatEngine } from './engines/openAiChatEngine.ts';
import type { MtEngine, MtEngineConfig } from './mtEngine.ts';

export function createEngine(config: MtEngineConfig): MtEngine {
  switch (config.kind) {
    case 'bergamot':
      return new BergamotEngine({ modelDir: config.modelDir });
    case 'openai': {
      const { kind: _kind, ...options } = config;
      return new OpenAiChatEngine(options);
    }
    case 'libretranslate': {
      const { kind: _kind, ...options } = config;
      return new LibreTranslateEngine(options);
    }
    case 'deepl': {
      const { kind: _kind, ...options } = config;
      return new DeepLEngine(options);
    }
  }
}
