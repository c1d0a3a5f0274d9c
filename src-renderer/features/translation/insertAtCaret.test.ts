import { describe, expect, it } from 'vitest';
import { insertAtCaret } from './insertAtCaret.ts';
import { nextMissingTerm } from './nextMissingTerm.ts';

describe('insertAtCaret', () => {
  it('inserts at the caret with the spaces a word needs and puts the caret after it', () => {
    expect(insertAtCaret('The  rose', 4, 4, 'price')).toEqual({ value: 'The price rose', caret: 9 });
    expect(insertAtCaret('Therose', 3, 3, 'price')).toEqual({ value: 'The price rose', caret: 9 });
    expect(insertAtCaret('', 0, 0, 'rice')).toEqual({ value: 'rice', caret: 4 });
  });

  it('replaces the selection', () => {
    expect(insertAtCaret('The cost rose.', 4, 8, 'price')).toEqual({ value: 'The price rose.', caret: 9 });
  });
});

describe('nextMissingTerm', () => {
  const hit = (term: string, translation: string) => ({ start: 0, end: term.length, termId: term, term, translation, note: '' });

  it('picks the first term whose translation the target lacks, ignoring case', () => {
    const hits = [hit('beras', 'rice'), hit('harga', 'price')];
    expect(nextMissingTerm(hits, 'Rice prices rose')?.term).toBeUndefined();
    expect(nextMissingTerm(hits, 'Rice costs rose')?.term).toBe('harga');
    expect(nextMissingTerm(hits, '')?.term).toBe('beras');
  });
});
