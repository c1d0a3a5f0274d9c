/**
 * Keeps the open article's unacknowledged edits in the draft journal, and offers back what an
 * earlier window left there when it died before main acknowledged it.
 *
 * Writing is planned by JournalWriter (no serialising on the keystroke path); once main
 * acknowledged every edit the entry is removed. While an offer is on screen nothing is written,
 * so the recovered text is not overwritten before the user chose.
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import { useQueryClient } from '@tanstack/react-query';
import type { Article, DocumentJson } from '../../../src-preload/contract/domain.ts';
import { call } from '../../lib/api.ts';
import { reviewKeys } from '../review/reviewQueries.ts';
import { browserStorage, DraftJournal, type JournalEntry } from './draftJournal.ts';
import { JournalWriter } from './journalWriter.ts';
import { recoveryOffer, type RecoveryOffer } from './recoveryOffer.ts';
import type { Autosave } from './useAutosave.ts';

/** Quiet time after an edit before it is journaled. */
export const journalDelayMs = 150;
/** Longest an edit waits for the journal while typing goes on. */
export const journalMaxWaitMs = 500;

export interface DraftJournalHook {
  /** What to offer back, if anything (shown until Restore or Discard). */
  offer: RecoveryOffer;
  /** Records an edit (body or headline); cheap enough for every keystroke. */
  changed: () => void;
  /**
   * Puts the recovered text into the editor as a normal, undoable edit that autosaves. An
   * outdated offer first keeps the stored text as a named version (`revisionName`).
   */
  restore: (revisionName: string) => Promise<void>;
  /** Forgets the recovered text. */
  discard: () => void;
}

export interface DraftJournalInput {
  article: Article;
  editor: Editor | null;
  titleRef: RefObject<string>;
  autosave: Autosave;
  /** Sets the headline as if typed (state, ref and autosave). */
  setTitle: (title: string) => void;
}

export function useDraftJournal({ article, editor, titleRef, autosave, setTitle }: DraftJournalInput): DraftJournalHook {
  const { state, hasPending, currentVersion, flush } = autosave;
  const client = useQueryClient();
  const [journal] = useState(() => new DraftJournal(browserStorage()));
  // Read once, with the article as loaded: what the previous window left, and what it is compared with.
  const [found] = useState<JournalEntry | undefined>(() => journal.read(article.id));
  const [loaded] = useState(article);
  const [decided, setDecided] = useState(found === undefined);
  const offer = useMemo<RecoveryOffer>(() => {
    if (decided || !found || !editor) return { kind: 'none' };
    const stored = { version: loaded.version, title: loaded.title, doc: editor.schema.nodeFromJSON(loaded.doc) };
    return recoveryOffer(found, stored, editor.schema);
  }, [decided, found, editor, loaded]);
  // Until the editor can tell whether the entry differs from the stored text, treat it as an offer.
  const holding = !decided && found !== undefined && (editor === null || offer.kind === 'offer');
  const [writer] = useState(() => new JournalWriter({ delayMs: journalDelayMs, maxWaitMs: journalMaxWaitMs }));

  const writeNow = useCallback(() => {
    if (!editor || !hasPending()) return;
    journal.write({
      articleId: article.id,
      baseVersion: currentVersion(),
      doc: editor.state.doc.toJSON() as DocumentJson,
      title: titleRef.current,
      at: Date.now(),
    });
  }, [journal, article.id, hasPending, currentVersion, editor, titleRef]);
  useEffect(() => writer.configure(writeNow, holding), [writer, writeNow, holding]);

  const changed = useCallback(() => writer.changed(), [writer]);

  // Everything acknowledged: the journal has nothing main lacks. (An entry equal to the stored
  // text, left by a window that died between commit and ack, goes here too.)
  useEffect(() => {
    if (state === 'saved' && !holding && !hasPending()) {
      writer.cancel();
      journal.clear(article.id);
    }
  }, [writer, journal, state, holding, hasPending, article.id]);

  // Leaving the article with edits still unacknowledged: journal them now rather than in 150 ms,
  // and forget them once the autosave's last flush is acknowledged (this window no longer renders
  // the "saved" state that would clear them; an entry left behind would be offered as outdated).
  useEffect(
    () => () => {
      try {
        writer.flush();
      } catch {
        // The editor is already gone; the last journaled state stays.
      }
      // An offer nobody answered stays for the next opening.
      if (writer.isHeld) return;
      const leftAt = Date.now();
      void flush().then(() => {
        const left = journal.read(article.id);
        if (!hasPending() && left && left.at <= leftAt) journal.clear(article.id);
      });
    },
    [writer, flush, hasPending, journal, article.id],
  );

  const restore = useCallback(
    async (revisionName: string) => {
      if (offer.kind !== 'offer' || !editor) return;
      if (offer.outdated) {
        // The stored text is newer than what the entry was based on: keep it as a version first.
        await flush();
        await call('createRevision', { articleId: article.id, name: revisionName });
        void client.invalidateQueries({ queryKey: reviewKeys.revisions(article.id) });
      }
      editor.chain().setContent(offer.doc, { emitUpdate: true }).focus('end').run();
      if (offer.entry.title !== titleRef.current) setTitle(offer.entry.title);
      setDecided(true);
    },
    [offer, editor, flush, client, article.id, titleRef, setTitle],
  );

  const discard = useCallback(() => {
    journal.clear(article.id);
    setDecided(true);
    // Edits typed while the offer was shown were not journaled; plan that now.
    if (hasPending()) changed();
  }, [journal, article.id, hasPending, changed]);

  return { offer, changed, restore, discard };
}
