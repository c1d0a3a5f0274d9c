/**
 * Autosave for the desk: each target box edit is remembered per segment and saved through the same
 * debounced, serial AutosaveQueue as the editor (within a second while typing; "Saved" only once
 * main acknowledged). A save sends every segment edited since the last one, one updateSegment each;
 * an edit is forgotten only once main acknowledged exactly that text, so a failed or overtaken save
 * never loses words.
 */
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import type { MtEngineId, SegmentOrigin, SegmentStatus, SegmentUpdate, SegmentUpdateResult } from '../../../src-preload/contract/translation.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { AutosaveQueue, type AutosaveOptions, type SaveState } from '../drafting/autosaveQueue.ts';

export interface SegmentEdit {
  target: string;
  status: SegmentStatus;
  origin?: SegmentOrigin;
  matchScore?: number | null;
  /** With origin 'mt': the engine of the inserted suggestion. */
  mtEngine?: MtEngineId | null;
}

export interface SegmentSaverOptions {
  /** The target article. */
  articleId: string;
  send: (input: SegmentUpdate) => Promise<SegmentUpdateResult>;
  /** Main acknowledged one segment (and filled its repeats); `pendingEdit` tells which rows have newer text. */
  onSaved: (result: SegmentUpdateResult, pendingEdit: (segmentId: string) => SegmentEdit | undefined) => void;
  onState: (state: SaveState, error?: unknown) => void;
  /** Timers and delays, injectable for tests. */
  queue?: Pick<AutosaveOptions, 'delayMs' | 'maxWaitMs' | 'retryDelaysMs' | 'setTimer' | 'clearTimer' | 'now'>;
}

// Same as the editor: these will not fix themselves by retrying.
const permanent: ReadonlySet<ErrorCode> = new Set(['CONFLICT', 'NOT_FOUND', 'INVALID_INPUT', 'DB_READONLY', 'DB_TOO_NEW']);

export class SegmentSaver {
  private readonly pending = new Map<string, SegmentEdit>();
  private readonly queue: AutosaveQueue;
  private readonly opts: SegmentSaverOptions;

  constructor(options: SegmentSaverOptions) {
    this.opts = options;
    this.queue = new AutosaveQueue({
      ...options.queue,
      save: () => this.saveAll(),
      onState: options.onState,
      shouldRetry: (error) => !permanent.has(errorCodeOf(error)),
    });
  }

  /** Records the latest text and status of a segment and schedules its save. */
  edit(segmentId: string, edit: SegmentEdit): void {
    this.pending.set(segmentId, edit);
    this.queue.markDirty();
  }

  /** The edit of a segment main has not acknowledged yet, if any (the screen shows it over main's copy). */
  pendingEdit(segmentId: string): SegmentEdit | undefined {
    return this.pending.get(segmentId);
  }

  get hasPending(): boolean {
    return this.pending.size > 0 || this.queue.hasPending;
  }

  /** Saves everything now; resolves once acknowledged (or failed, with the edits still pending). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  dispose(): void {
    this.queue.dispose();
  }

  private async saveAll(): Promise<void> {
    for (const [segmentId, edit] of [...this.pending]) {
      const result = await this.opts.send({
        articleId: this.opts.articleId,
        segmentId,
        target: edit.target,
        status: edit.status,
        ...(edit.origin ? { origin: edit.origin } : {}),
        ...(edit.matchScore !== undefined ? { matchScore: edit.matchScore } : {}),
        ...(edit.mtEngine !== undefined ? { mtEngine: edit.mtEngine } : {}),
      });
      // Typed on since this save started: keep the newer text pending (its markDirty scheduled another save).
      if (this.pending.get(segmentId) === edit) this.pending.delete(segmentId);
      this.opts.onSaved(result, (id) => this.pending.get(id));
    }
  }
}
