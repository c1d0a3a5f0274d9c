import { describe, expect, it } from 'vitest';
import { DraftJournal, journalKeyPrefix, type JournalEntry, type JournalStorage } from './draftJournal.ts';

/** A Map-backed Storage with an optional quota in UTF-16 code units, like the browser's. */
class MemoryStorage implements JournalStorage {
  readonly items = new Map<string, string>();
  private readonly quota: number;
  constructor(quota = Infinity) {
    this.quota = quota;
  }
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    let used = k.length + v.length;
    for (const [key, value] of this.items) if (key !== k) used += key.length + value.length;
    if (used > this.quota) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const entry = (articleId: string, text: string, at: number, baseVersion = 3): JournalEntry => ({ articleId, baseVersion, doc: doc(text), title: `Judul ${articleId}`, at });

describe('DraftJournal', () => {
  it('keeps one entry per article under a versioned key, and reads it back', () => {
    const storage = new MemoryStorage();
    const journal = new DraftJournal(storage);
    expect(journal.write(entry('a', 'Banjir melanda kota.', 1))).toBe(true);
    expect(journal.write(entry('a', 'Banjir melanda kota sejak pagi.', 2))).toBe(true);
    expect([...storage.items.keys()]).toEqual([`${journalKeyPrefix}a`]);
    expect(journal.read('a')).toEqual(entry('a', 'Banjir melanda kota sejak pagi.', 2));
    expect(journal.read('b')).toBeUndefined();
  });

  it('clears an article without touching other articles or other keys', () => {
    const storage = new MemoryStorage();
    storage.setItem('redaksi.theme', 'dark');
    const journal = new DraftJournal(storage);
    journal.write(entry('a', 'Satu.', 1));
    journal.write(entry('b', 'Dua.', 2));
    journal.clear('a');
    expect(journal.read('a')).toBeUndefined();
    expect(journal.read('b')?.doc).toEqual(doc('Dua.'));
    expect(storage.getItem('redaksi.theme')).toBe('dark');
  });

  it('drops the oldest entries to stay under the size cap', () => {
    const storage = new MemoryStorage();
    const one = JSON.stringify(entry('a', 'x'.repeat(100), 1)).length + journalKeyPrefix.length + 1;
    const journal = new DraftJournal(storage, { maxChars: one * 2 + 10 });
    journal.write(entry('a', 'x'.repeat(100), 1));
    journal.write(entry('b', 'y'.repeat(100), 2));
    journal.write(entry('c', 'z'.repeat(100), 3));
    expect(journal.read('a')).toBeUndefined();
    expect(journal.read('b')).toBeDefined();
    expect(journal.read('c')).toBeDefined();
  });

  it('refuses an entry bigger than the cap on its own and forgets that article’s older entry', () => {
    const journal = new DraftJournal(new MemoryStorage(), { maxChars: 500 });
    expect(journal.write(entry('a', 'pendek', 1))).toBe(true);
    expect(journal.write(entry('a', 'panjang '.repeat(100), 2))).toBe(false);
    expect(journal.read('a')).toBeUndefined();
  });

  it('makes room when the browser quota is hit before the cap', () => {
    const storage = new MemoryStorage(700);
    const journal = new DraftJournal(storage);
    journal.write(entry('old', 'a'.repeat(200), 1));
    journal.write(entry('new', 'b'.repeat(200), 2));
    expect(journal.read('old')).toBeUndefined();
    expect(journal.read('new')?.doc).toEqual(doc('b'.repeat(200)));
  });

  it('drops damaged or foreign entries instead of offering them', () => {
    const storage = new MemoryStorage();
    const journal = new DraftJournal(storage);
    storage.setItem(`${journalKeyPrefix}a`, '{"articleId":"a","baseVersion":');
    storage.setItem(`${journalKeyPrefix}b`, JSON.stringify({ ...entry('b', 'x', 1), doc: { type: 'paragraph' } }));
    storage.setItem(`${journalKeyPrefix}c`, JSON.stringify(entry('other', 'x', 1)));
    expect([journal.read('a'), journal.read('b'), journal.read('c')]).toEqual([undefined, undefined, undefined]);
    expect(storage.length).toBe(0);
  });

  it('does nothing, without throwing, where there is no storage', () => {
    const journal = new DraftJournal(undefined);
    expect(journal.write(entry('a', 'x', 1))).toBe(false);
    expect(journal.read('a')).toBeUndefined();
    expect(() => journal.clear('a')).not.toThrow();
  });
});
