/**
 * One TMX import into a memory as the screen follows it: start (the file goes to main as
 * base64), poll the job every 250 ms for the progress bar, cancel. When it ends the memory's unit
 * count and the concordance are refreshed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Job } from '../../../src-preload/contract/translation.ts';
import { isErrorCode, type ErrorCode } from '../../../src-preload/contract/errors.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { readFileAsBase64 } from '../../lib/readFileAsBase64.ts';
import { pollJob } from '../../lib/jobProgress.ts';
import { resourcesKeys } from './resourcesQueries.ts';

export interface TmxImport {
  job: Job | null;
  /** The file is being read and handed to main; no job yet. */
  starting: boolean;
  /** Why starting or following the import failed, or why the job itself failed. */
  error: ErrorCode | null;
  start: (file: File) => Promise<void>;
  cancel: () => Promise<void>;
}

/**
 * The latest import job per memory, kept while the app runs: the job goes on in main when the
 * screen is left, so coming back shows its progress (or outcome) again.
 */
const lastJobs = new Map<string, string>();

interface Follow {
  signal: AbortSignal;
  onUpdate: (job: Job) => void;
  onError: (code: ErrorCode) => void;
  onSettled: () => void;
}

/** Follows a job from its first state to its end; a failed job reports its (translatable) code. */
async function followJob(memoryId: string, started: () => Promise<Job>, { signal, onUpdate, onError, onSettled }: Follow): Promise<void> {
  try {
    const first = await started();
    lastJobs.set(memoryId, first.id);
    const last = await pollJob(first, { getJob: (id) => call('getJob', { id }), onUpdate, signal });
    if (last?.state === 'failed') onError(last.error && isErrorCode(last.error.code) ? last.error.code : 'IMPORT_FAILED');
  } catch (e) {
    if (!signal.aborted) onError(errorCodeOf(e));
  } finally {
    if (!signal.aborted) onSettled();
  }
}

export function useTmxImport(memoryId: string): TmxImport {
  const client = useQueryClient();
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [starting, setStarting] = useState(false);
  const stop = useRef<AbortController | null>(null);

  const handlers = useCallback(
    (signal: AbortSignal): Follow => ({
      signal,
      onUpdate: setJob,
      onError: setError,
      onSettled: () => {
        void client.invalidateQueries({ queryKey: resourcesKeys.memories });
        void client.invalidateQueries({ queryKey: ['concordance'] });
      },
    }),
    [client],
  );

  // Back on the screen while this memory's import still runs: show its progress again.
  useEffect(() => {
    const id = lastJobs.get(memoryId);
    if (!id) return;
    const controller = new AbortController();
    stop.current = controller;
    void call('getJob', { id }).then(
      (job) => {
        if (job.state === 'running') return followJob(memoryId, async () => job, handlers(controller.signal));
        lastJobs.delete(memoryId);
      },
      () => lastJobs.delete(memoryId),
    );
    return () => controller.abort();
  }, [handlers, memoryId]);

  // Leaving the screen stops the polling (not the import).
  useEffect(() => () => stop.current?.abort(), []);

  const start = useCallback(
    (file: File) => {
      stop.current?.abort();
      const controller = new AbortController();
      stop.current = controller;
      setError(null);
      setJob(null);
      setStarting(true);
      const begin = async () => {
        try {
          return await call('startTmxImport', { memoryId, file: { name: file.name, dataBase64: await readFileAsBase64(file) } });
        } finally {
          setStarting(false);
        }
      };
      return followJob(memoryId, begin, handlers(controller.signal));
    },
    [handlers, memoryId],
  );

  const cancel = useCallback(async () => {
    if (!job || job.state !== 'running') return;
    try {
      // The poll loop sees the cancelled state on its next round.
      setJob(await call('cancelJob', { id: job.id }));
    } catch (e) {
      setError(errorCodeOf(e));
    }
  }, [job]);

  return { job, starting, error, start, cancel };
}
