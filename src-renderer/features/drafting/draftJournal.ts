/**
 * A journal of edits main has not acknowledged yet, one entry per article in localStorage. It
 * outlives a renderer crash (and, in Electron, a killed app: localStorage lives in the userData
 * folder), so text typed in the last moments before the crash can be offered back on reopening.
 * The schema version is part of the key: an entry written by another format is never misread.
 */
import type { DocumentJson } from '../../../src-preload/contract/domain.ts';

/** Prefix of every journal key; the article id follows. */
export const journalKeyPrefix = 'redaksi.unsaved.v1:';

/**
 * Total size the journal may take, in UTF-16 code units (what localStorage counts): about 5 MB,
 * half the usual 10 MB quota, so settings and the rest of the app keep room.
 */
export const journalMaxChars = 2_500_000;

export interface JournalEntry {
  articleId: string;
  /** The version main had acknowledged when the entry was written: the edits are on top of it. */
  baseVersion: number;
  doc: DocumentJson;
  title: string;
  /** When the entry was written (ms since the epoch). */
  at: number;
}

/** The part of the Web Storage API the journal uses (injectable for tests). */
export type JournalStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>;

export interface DraftJournalOptions {
  /** Total size cap in UTF-16 code units (default `journalMaxChars`). */
  maxChars?: number;
}

function isEntry(value: unknown, articleId: string): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const doc = e.doc as Record<string, unknown> | null | undefined;
  return (
    e.articleId === articleId &&
    Number.isInteger(e.baseVersion) &&
    typeof e.title === 'string' &&
    typeof e.at === 'number' &&
    Number.isFinite(e.at) &&
    typeof doc === 'object' &&
    doc !== null &&
    doc.type === 'doc'
  );
}

/** The window's localStorage, or undefined where it is missing or refused (then nothing is journaled). */
export function browserStorage(): JournalStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export class DraftJournal {
  private readonly storage: JournalStorage | undefined;
  private readonly maxChars: number;

  constructor(storage: JournalStorage | undefined, options: DraftJournalOptions = {}) {
    this.storage = storage;
    this.maxChars = options.maxChars ?? journalMaxChars;
  }

  /**
   * Stores the entry for its article, replacing the previous one. Older entries of other articles
   * are dropped, oldest first, to stay under the size cap (and when the browser's quota is hit).
   * Returns false if it could not be stored (too big on its own, or no storage); the previous
   * entry of this article is then removed too, since it no longer describes the text.
   */
  write(entry: JournalEntry): boolean {
    const storage = this.storage;
    if (!storage) return false;
    const key = journalKeyPrefix + entry.articleId;
    const value = JSON.stringify(entry);
    const size = key.length + value.length;
    if (size > this.maxChars) {
      this.remove(key);
      return false;
    }
    const others = this.list().filter((e) => e.key !== key);
    let total = others.reduce((sum, e) => sum + e.size, 0);
    while (others.length > 0 && total + size > this.maxChars) total -= this.dropOldest(others);
    for (;;) {
      try {
        storage.setItem(key, value);
        return true;
      } catch {
        // Quota exceeded (or storage refused): make room and try again while anything is left to drop.
        if (others.length === 0) {
          this.remove(key);
          return false;
        }
        this.dropOldest(others);
      }
    }
  }

  /** The article's entry, or undefined; an unreadable entry is removed rather than offered. */
  read(articleId: string): JournalEntry | undefined {
    const key = journalKeyPrefix + articleId;
    let raw: string | null;
    try {
      raw = this.storage?.getItem(key) ?? null;
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isEntry(parsed, articleId)) return parsed;
    } catch {
      // Falls through: a damaged entry is dropped below.
    }
    this.remove(key);
    return undefined;
  }

  /** Forgets the article's entry (main acknowledged it, or the user discarded it). */
  clear(articleId: string): void {
    this.remove(journalKeyPrefix + articleId);
  }

  /** Every journal entry's key, size and time, oldest first (other keys in the storage are left alone). */
  list(): { key: string; size: number; at: number }[] {
    const storage = this.storage;
    if (!storage) return [];
    const out: { key: string; size: number; at: number }[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key === null || !key.startsWith(journalKeyPrefix)) continue;
        const raw = storage.getItem(key) ?? '';
        let at = 0;
        try {
          const parsed = JSON.parse(raw) as { at?: unknown };
          if (typeof parsed.at === 'number') at = parsed.at;
        } catch {
          // A damaged entry counts as the oldest, so it goes first.
        }
        out.push({ key, size: key.length + raw.length, at });
      }
    } catch {
      return out;
    }
    return out.sort((a, b) => a.at - b.at);
  }

  /** Removes the oldest entry of `entries` (sorted oldest first) and returns its size. */
  private dropOldest(entries: { key: string; size: number }[]): number {
    const oldest = entries.shift();
    if (!oldest) return 0;
    this.remove(oldest.key);
    return oldest.size;
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing more to do: a storage that refuses removal refuses writes too.
    }
  }
}
