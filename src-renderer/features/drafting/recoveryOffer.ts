/**
 * Decides what a journal entry found on opening an article means: nothing to offer (main already
 * has that text), or an offer of the recovered text with what the editor needs to show it.
 */
import type { Node as PmNode, Schema } from '@tiptap/pm/model';
import type { JournalEntry } from './draftJournal.ts';
import { documentStats } from './documentStats.ts';

/** What main has stored for the article, as the editor loaded it. */
export interface StoredArticle {
  version: number;
  title: string;
  doc: PmNode;
}

export type RecoveryOffer =
  | { kind: 'none' }
  | {
      kind: 'offer';
      entry: JournalEntry;
      /** The recovered body as the editor's node (already checked against the schema). */
      doc: PmNode;
      /** The stored version moved on since the entry was written: the text may be older than what is stored. */
      outdated: boolean;
      /** Words in the recovered text minus words in the stored text. */
      wordDelta: number;
      /** The start of the recovered text where it first differs from the stored one (or its headline), cut short. */
      preview: string;
    };

/** Longest preview shown in the offer, in characters. */
export const previewLength = 160;

function cut(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > previewLength ? `${t.slice(0, previewLength - 1)}…` : t;
}

/**
 * Compares the journal entry with the stored article. Equal text (main acknowledged it, or
 * committed it just before the crash hid the ack) or a body the schema refuses is `none`.
 */
export function recoveryOffer(entry: JournalEntry | undefined, stored: StoredArticle, schema: Schema): RecoveryOffer {
  if (!entry) return { kind: 'none' };
  let doc: PmNode;
  try {
    doc = schema.nodeFromJSON(entry.doc);
    doc.check();
  } catch {
    return { kind: 'none' };
  }
  const sameBody = doc.eq(stored.doc);
  if (sameBody && entry.title === stored.title) return { kind: 'none' };
  let preview = '';
  if (!sameBody) {
    const start = stored.doc.content.findDiffStart(doc.content) ?? 0;
    // Back to the start of the word the difference falls in, so the preview does not open mid-word.
    const before = doc.textBetween(0, start, ' ', ' ');
    const wordStart = start - (before.match(/\S*$/)?.[0].length ?? 0);
    preview = cut(doc.textBetween(Math.max(0, wordStart), Math.min(doc.content.size, start + previewLength * 2), ' ', ' '));
  }
  if (!preview) preview = cut(entry.title);
  return {
    kind: 'offer',
    entry,
    doc,
    outdated: entry.baseVersion !== stored.version,
    wordDelta: documentStats(doc).words - documentStats(stored.doc).words,
    preview,
  };
}
