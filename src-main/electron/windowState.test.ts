import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultWindowState, fitToDisplays, loadWindowState, saveWindowState, type WindowState } from './windowState.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-window-state-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('loadWindowState / saveWindowState', () => {
  it('gives 1280x860 centred defaults when there is no file', () => {
    expect(loadWindowState(join(dir, 'missing.json'))).toEqual({ width: 1280, height: 860, isMaximized: false });
  });

  it('round-trips a state through a real file', () => {
    const file = join(dir, 'window-state.json');
    const state: WindowState = { x: -1200, y: 40, width: 1000, height: 700, isMaximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it('creates the folder and leaves no temp files behind', () => {
    const file = join(dir, 'nested', 'deeper', 'window-state.json');
    saveWindowState(file, defaultWindowState);
    saveWindowState(file, { ...defaultWindowState, width: 900 });
    expect(readdirSync(join(dir, 'nested', 'deeper'))).toEqual(['window-state.json']);
    expect(loadWindowState(file).width).toBe(900);
  });

  it('refuses to write an invalid state and keeps the old file', () => {
    const file = join(dir, 'window-state.json');
    saveWindowState(file, defaultWindowState);
    expect(() => saveWindowState(file, { width: Number.NaN, height: 5, isMaximized: false })).toThrow();
    expect(loadWindowState(file)).toEqual(defaultWindowState);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
  });

  it.each([
    ['truncated JSON', '{"width": 12'],
    ['empty file', ''],
    ['wrong types', '{"width":"big","height":800,"isMaximized":false}'],
    ['absurd size', '{"width":9999999,"height":800,"isMaximized":false}'],
    ['fractional size', '{"width":800.5,"height":800,"isMaximized":false}'],
    ['not an object', '[1,2,3]'],
    ['null', 'null'],
  ])('falls back to defaults on %s', (_name, content) => {
    const file = join(dir, 'window-state.json');
    writeFileSync(file, content);
    expect(loadWindowState(file)).toEqual(defaultWindowState);
  });

  it('falls back to defaults when the path is a folder', () => {
    expect(loadWindowState(dir)).toEqual(defaultWindowState);
  });
});

describe('fitToDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 875 };
  const external = { x: 1440, y: 0, width: 2560, height: 1415 };

  it('keeps a window that is fully on a display', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, isMaximized: false };
    expect(fitToDisplays(state, [laptop, external])).toEqual(state);
  });

  it('keeps a window on a secondary display', () => {
    const state = { x: 2000, y: 100, width: 1600, height: 1000, isMaximized: true };
    expect(fitToDisplays(state, [laptop, external])).toEqual(state);
  });

  it('centres a window saved on a disconnected monitor on the primary display', () => {
    const state = { x: 2000, y: 100, width: 1600, height: 1000, isMaximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1440, height: 875, isMaximized: false });
  });

  it('centres a window far off in negative space', () => {
    expect(fitToDisplays({ x: -5000, y: -5000, width: 800, height: 600, isMaximized: false }, [laptop])).toEqual({
      width: 800,
      height: 600,
      isMaximized: false,
    });
  });

  it('pulls a half-off-screen window fully onto the display it overlaps most', () => {
    const fitted = fitToDisplays({ x: 800, y: -200, width: 1000, height: 600, isMaximized: false }, [laptop, external]);
    expect(fitted).toEqual({ x: 440, y: 0, width: 1000, height: 600, isMaximized: false });
  });

  it('shrinks a window larger than its display', () => {
    const fitted = fitToDisplays({ x: 0, y: 0, width: 3000, height: 2000, isMaximized: false }, [laptop]);
    expect(fitted).toEqual({ x: 0, y: 0, width: 1440, height: 875, isMaximized: false });
  });

  it('shrinks an unpositioned window to the primary display', () => {
    expect(fitToDisplays(defaultWindowState, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({
      width: 1024,
      height: 700,
      isMaximized: false,
    });
  });

  it('honours a work area that does not start at 0,0 (taskbar on top)', () => {
    const area = { x: 0, y: 40, width: 1920, height: 1040 };
    expect(fitToDisplays({ x: 10, y: 0, width: 800, height: 600, isMaximized: false }, [area])).toEqual({
      x: 10,
      y: 40,
      width: 800,
      height: 600,
      isMaximized: false,
    });
  });

  it('changes nothing when no display is known', () => {
    const state = { x: 9000, y: 9000, width: 800, height: 600, isMaximized: false };
    expect(fitToDisplays(state, [])).toEqual(state);
  });

  it('always returns a state that saves cleanly', () => {
    const fitted = fitToDisplays({ x: 1439, y: 874, width: 200, height: 200, isMaximized: false }, [{ x: 0.5, y: 0.5, width: 1440, height: 875 }]);
    expect(() => saveWindowState(join(dir, 's.json'), fitted)).not.toThrow();
  });
});
