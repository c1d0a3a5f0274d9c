import { describe, expect, it } from 'vitest';
import { createWindowOptions, minWindowSize } from './windowOptions.ts';

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', bounds: { width: 1280, height: 860 } });
  const web = options.webPreferences;

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['webviewTag', false],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
  ] as const)('webPreferences.%s is %s', (key, value) => {
    expect(web[key]).toBe(value);
  });

  it('disables auxclick and enables no blink feature', () => {
    expect(web.disableBlinkFeatures).toBe('Auxclick');
    expect(web).not.toHaveProperty('enableBlinkFeatures');
  });

  it('uses the given preload and nothing that would load remote or node code', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(Object.keys(web).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'disableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('starts hidden with a title, background colour and minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Redaksi');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.minWidth).toBe(minWindowSize.width);
    expect(options.minHeight).toBe(minWindowSize.height);
  });

  it('centres the window when no position is known', () => {
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
    expect(options.width).toBe(1280);
    expect(options.height).toBe(860);
  });

  it('keeps a remembered position', () => {
    const placed = createWindowOptions({ preloadPath: 'p', bounds: { x: 10, y: 20, width: 900, height: 700 } });
    expect(placed).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
  });
});
