import type { ArticlesRepo } from '../db/repos/articlesRepo.ts';
import type { SearchIndexStateRepo } from '../db/repos/searchIndexStateRepo.ts';
import type { SearchRepo } from '../db/repos/searchRepo.ts';
import { documentPlainText, searchableText } from '../language/documentPlainText.ts';

/** Default quiet time after the last save before its article is re-indexed. */
export const defaultReindexDelayMs = 1500;

export interface SearchIndexerOptions {
  /** Quiet time after the last save before re-indexing (default `defaultReindexDelayMs`). */
  delayMs?: number;
  /** Timers, injectable for tests. The default timer does not keep the process alive. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/**
 * Keeps the search index in step with saved text, off the save path. Re-indexing a 50k-word
 * body (plain text, FTS5 delete and insert) costs tens of milliseconds, more than a whole save
 * may take, so a save only marks its article stale in its own transaction (`markStale`) and the
 * article is re-indexed after a quiet moment, in a transaction of its own. `flush` re-indexes
 * everything marked, whoever marked it (another process, a run that crashed): the search calls it
 * first, so a search never misses acknowledged text.
 */
export class SearchIndexer {
  private readonly state: SearchIndexStateRepo;
  private readonly search: SearchRepo;
  private readonly articles: ArticlesRepo;
  private readonly delayMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private timer: unknown = undefined;

  constructor(state: SearchIndexStateRepo, search: SearchRepo, articles: ArticlesRepo, options: SearchIndexerOptions = {}) {
    this.state = state;
    this.search = search;
    this.articles = articles;
    this.delayMs = options.delayMs ?? defaultReindexDelayMs;
    this.setTimer =
      options.setTimer ??
      ((fn, ms) => {
        const handle = setTimeout(fn, ms);
        handle.unref(); // a CLI command must not wait for it: the mark is durable, and its next search flushes
        return handle;
      });
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** Call inside the transaction that changed the article's headline or body. */
  markStale(articleId: string): void {
    this.state.mark(articleId);
  }

  /** Re-indexes after `delayMs` without saves (each call restarts the wait). */
  schedule(): void {
    this.cancel();
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      if (!this.state.isOpen()) return;
      try {
        this.flush();
      } catch {
        // Busy or full disk: the marks stay, and the next search or start-up tries again.
      }
    }, this.delayMs);
  }

  /** Schedules a re-index when anything is marked (at start-up: a previous run may have crashed before re-indexing). */
  scheduleIfStale(): void {
    if (this.state.anyStale()) this.schedule();
  }

  /** Re-indexes every article marked stale, now, oldest mark first. */
  flush(): void {
    this.cancel();
    if (!this.state.anyStale()) return;
    for (const id of this.state.staleIds()) this.reindex(id);
  }

  /** Re-indexes what is marked and stops the timer (before the database closes). */
  close(): void {
    this.cancel();
    if (!this.state.isOpen()) return;
    try {
      this.flush();
    } catch {
      // A read-only or full disk keeps the marks; the next start-up re-indexes them.
    }
  }

  private cancel(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }

  /** Reads the stored text and writes the search row in one transaction, so a later save's mark is never lost. */
  private reindex(articleId: string): void {
    this.state.transaction(() => {
      const source = this.articles.searchSource(articleId);
      // Articles in the trash have no search row; restoring one indexes it again.
      if (source && source.deletedAt === null) {
        let body = '';
        try {
          body = documentPlainText(JSON.parse(source.doc));
        } catch {
          // Every stored body is JSON written by save(); an unreadable one stays findable by its headline.
        }
        this.search.updateTitleBody(articleId, searchableText(source.title), body);
      }
      this.state.clear(articleId);
    });
  }
}
