/**
 * The article's metadata as the editor edits it, saved like the body: debounced, serial, and
 * reported saved only when main acknowledged it. Only the fields that changed are sent (as a
 * patch), and metadata saves never touch the body's version.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../src-preload/contract/domain.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { useRegisterFlush } from '../../lib/flushRegistry.tsx';
import { AutosaveQueue, type SaveState } from './autosaveQueue.ts';

/** Metadata as form values: the date is '' when unset and tags are one comma-separated line. */
export interface MetaValues {
  standfirst: string;
  byline: string;
  datelinePlace: string;
  datelineDate: string;
  outlet: string;
  tags: string;
  notes: string;
}

export type MetaField = keyof MetaValues;

export interface ArticleMetaState {
  values: MetaValues;
  setField: (field: MetaField, value: string) => void;
  state: SaveState;
  errorCode: ErrorCode | undefined;
  flush: () => Promise<void>;
}

/** Limits of the contract, applied while typing so a save can never be refused for them. */
const maxTags = 50;
const maxTagLength = 60;

/** Splits the tag line into tags as the contract accepts them. */
export function parseTagLine(line: string): string[] {
  return line
    .split(',')
    .map((t) => t.trim().slice(0, maxTagLength).trim())
    .filter((t) => t.length > 0)
    .slice(0, maxTags);
}

const permanent: ReadonlySet<ErrorCode> = new Set(['NOT_FOUND', 'INVALID_INPUT', 'DB_READONLY', 'DB_TOO_NEW']);

function initialValues(article: Article): MetaValues {
  return {
    standfirst: article.standfirst,
    byline: article.byline,
    datelinePlace: article.datelinePlace,
    datelineDate: article.datelineDate ?? '',
    outlet: article.outlet,
    tags: article.tags.join(', '),
    notes: article.notes,
  };
}

/** Metadata editing for one article (the editor is keyed by article, so this is too). */
export function useArticleMeta(article: Article): ArticleMetaState {
  const [values, setValues] = useState(() => initialValues(article));
  const [state, setState] = useState<SaveState>('saved');
  const [errorCode, setErrorCode] = useState<ErrorCode>();

  // The newest values and the fields not yet acknowledged live beside the queue (not in React
  // state), so a save always sends what was typed last without re-creating the queue.
  const [session] = useState(() => {
    const current = initialValues(article);
    const dirty = new Set<MetaField>();
    const queue = new AutosaveQueue({
      save: async () => {
        const fields = [...dirty];
        dirty.clear();
        const patch: Record<string, unknown> = {};
        for (const f of fields) {
          patch[f] = f === 'datelineDate' ? current.datelineDate || null : f === 'tags' ? parseTagLine(current.tags) : current[f];
        }
        try {
          await call('updateArticleMeta', { id: article.id, ...patch });
        } catch (error) {
          for (const f of fields) dirty.add(f); // not acknowledged: still to be saved
          throw error;
        }
      },
      onState: (next, error) => {
        setState(next);
        setErrorCode(next === 'error' ? errorCodeOf(error) : undefined);
      },
      shouldRetry: (error) => !permanent.has(errorCodeOf(error)),
    });
    return {
      queue,
      /** Records an edit and returns the values to show. */
      edit(field: MetaField, value: string): MetaValues {
        current[field] = value;
        dirty.add(field);
        queue.markDirty();
        return { ...current };
      },
    };
  });

  const flush = useCallback(() => session.queue.flush(), [session]);
  useRegisterFlush(flush);
  useEffect(
    () => () => {
      void session.queue.flush().finally(() => session.queue.dispose());
    },
    [session],
  );

  const setField = useCallback((field: MetaField, value: string) => setValues(session.edit(field, value)), [session]);
  return { values, setField, state, errorCode, flush };
}

/** The state to show for several save queues at once: the least reassuring one wins. */
export function worstSaveState(...states: SaveState[]): SaveState {
  for (const s of ['error', 'saving', 'dirty'] as const) if (states.includes(s)) return s;
  return 'saved';
}
