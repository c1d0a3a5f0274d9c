import { describe, expect, it } from 'vitest';
import { deskCommandForKey, type KeyLike } from './deskKeys.ts';

const key = (k: string, code: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('deskCommandForKey', () => {
  it('maps the desk keys', () => {
    expect(deskCommandForKey(key('Enter', 'Enter', { ctrlKey: true }))).toEqual({ type: 'confirm' });
    expect(deskCommandForKey(key('ArrowUp', 'ArrowUp', { ctrlKey: true }))).toEqual({ type: 'move', direction: -1 });
    expect(deskCommandForKey(key('ArrowDown', 'ArrowDown', { metaKey: true }))).toEqual({ type: 'move', direction: 1 });
    expect(deskCommandForKey(key('3', 'Digit3', { ctrlKey: true }))).toEqual({ type: 'insertMatch', n: 3 });
    expect(deskCommandForKey(key('Insert', 'Insert', { altKey: true }))).toEqual({ type: 'copySource' });
    expect(deskCommandForKey(key('Insert', 'Insert', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'copySource' });
    expect(deskCommandForKey(key('G', 'KeyG', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'insertTerm', n: null });
    expect(deskCommandForKey(key('Escape', 'Escape'))).toEqual({ type: 'leave' });
  });

  it('reads Alt+digit by the physical key, where the layout turns it into another character', () => {
    expect(deskCommandForKey(key('¡', 'Digit1', { altKey: true }))).toEqual({ type: 'insertTerm', n: 1 });
  });

  it('leaves ordinary typing and the clipboard keys alone', () => {
    expect(deskCommandForKey(key('Enter', 'Enter'))).toBeNull();
    expect(deskCommandForKey(key('a', 'KeyA'))).toBeNull();
    expect(deskCommandForKey(key('Insert', 'Insert', { ctrlKey: true }))).toBeNull(); // copy
    expect(deskCommandForKey(key('Insert', 'Insert', { shiftKey: true }))).toBeNull(); // paste
    expect(deskCommandForKey(key('6', 'Digit6', { ctrlKey: true }))).toBeNull();
    expect(deskCommandForKey(key('z', 'KeyZ', { ctrlKey: true }))).toBeNull();
  });
});
