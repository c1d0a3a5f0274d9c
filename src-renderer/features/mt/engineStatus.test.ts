import { describe, expect, it } from 'vitest';
import type { MtEngineInfo } from '../../../src-preload/contract/mt.ts';
import { engineStatus, readyEngineIds } from './engineStatus.ts';

const both = [
  { from: 'id', to: 'en' },
  { from: 'en', to: 'id' },
] as const;

function engine(patch: Partial<MtEngineInfo> & Pick<MtEngineInfo, 'id'>): MtEngineInfo {
  return { name: patch.id, offline: false, enabled: false, ready: [], baseUrl: 'http://127.0.0.1:9', model: null, hasKey: false, ...patch };
}

describe('engineStatus', () => {
  it('says an engine that can translate a direction is ready', () => {
    expect(engineStatus(engine({ id: 'libretranslate', enabled: true, ready: [...both] }))).toBe('ready');
    expect(engineStatus(engine({ id: 'bergamot', offline: true, enabled: true, ready: [both[1]] }))).toBe('ready');
  });

  it('says a switched-off server engine sends nothing, even when fully set up', () => {
    expect(engineStatus(engine({ id: 'deepl', hasKey: true }))).toBe('off');
    expect(engineStatus(engine({ id: 'openai', model: 'llama3.1:8b' }))).toBe('off');
  });

  it('names what a switched-on engine still needs', () => {
    expect(engineStatus(engine({ id: 'openai', enabled: true }))).toBe('needsModel');
    expect(engineStatus(engine({ id: 'openai', enabled: true, model: '' }))).toBe('needsModel');
    expect(engineStatus(engine({ id: 'deepl', enabled: true }))).toBe('needsKey');
    // Set up as far as we can tell, but main says not ready: no made-up reason.
    expect(engineStatus(engine({ id: 'libretranslate', enabled: true }))).toBe('notReady');
  });

  it('sends the offline engine without a model to the model manager', () => {
    expect(engineStatus(engine({ id: 'bergamot', offline: true, enabled: true, baseUrl: null }))).toBe('noOfflineModel');
  });
});

describe('readyEngineIds', () => {
  it('lists only engines ready for some direction, in main’s order', () => {
    const engines = [
      engine({ id: 'bergamot', offline: true, enabled: true, ready: [both[0]] }),
      engine({ id: 'openai', enabled: true }),
      engine({ id: 'libretranslate' }),
      engine({ id: 'deepl', enabled: true, hasKey: true, ready: [...both] }),
    ];
    expect(readyEngineIds({ engines })).toEqual(['bergamot', 'deepl']);
    expect(readyEngineIds({ engines: engines.map((e) => ({ ...e, ready: [] })) })).toEqual([]);
  });
});
