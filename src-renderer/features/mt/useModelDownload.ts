/**
 * One direction's model download as the model manager follows it: start the job, poll it every
 * 250 ms for the byte progress, cancel. A cancelled or broken download keeps what it fetched in
 * main, so pressing Download again resumes it. When the job ends, the models and the engines'
 * readiness are refreshed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { Job } from '../../../src-preload/contract/translation.ts';
import { isErrorCode, type ErrorCode } from '../../../src-preload/contract/errors.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { pollJob } from '../../lib/jobProgress.ts';
import { mtKeys } from './mtQueries.ts';

export interface ModelDownload {
  job: Job | null;
  /** Asked main to start; no job yet. */
  starting: boolean;
  /** Why starting or following failed, or why the job itself failed. */
  error: ErrorCode | null;
  start: () => Promise<void>;
  cancel: () => Promise<void>;
}

/**
 * The latest download job per direction while the app runs: the download goes on in main when
 * Settings is closed, so reopening it shows the progress (or the outcome) again.
 */
const lastJobs = new Map<string, string>();

export function useModelDownload(from: Lang, to: Lang): ModelDownload {
  const client = useQueryClient();
  const key = `${from}-${to}`;
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [starting, setStarting] = useState(false);
  const stop = useRef<AbortController | null>(null);

  const follow = useCallback(
    async (started: () => Promise<Job>, signal: AbortSignal) => {
      try {
        const first = await started();
        lastJobs.set(key, first.id);
        const last = await pollJob(first, { getJob: (id) => call('getJob', { id }), onUpdate: setJob, signal });
        // A job's error code is a plain string on the wire; anything unknown is still a failed download.
        if (last?.state === 'failed') setError(last.error && isErrorCode(last.error.code) ? last.error.code : 'MT_UNAVAILABLE');
      } catch (e) {
        if (!signal.aborted) setError(errorCodeOf(e));
      } finally {
        if (!signal.aborted) {
          void client.invalidateQueries({ queryKey: mtKeys.models });
          void client.invalidateQueries({ queryKey: mtKeys.settings });
        }
      }
    },
    [client, key],
  );

  // Settings reopened while this direction's download still runs: follow it again.
  useEffect(() => {
    const id = lastJobs.get(key);
    if (!id) return;
    const controller = new AbortController();
    stop.current = controller;
    void call('getJob', { id }).then(
      (found) => {
        if (found.state === 'running') return follow(async () => found, controller.signal);
        lastJobs.delete(key);
      },
      () => lastJobs.delete(key),
    );
    return () => controller.abort();
  }, [follow, key]);

  // Closing Settings stops the polling, not the download.
  useEffect(() => () => stop.current?.abort(), []);

  const start = useCallback(() => {
    stop.current?.abort();
    const controller = new AbortController();
    stop.current = controller;
    setError(null);
    setJob(null);
    setStarting(true);
    const begin = async () => {
      try {
        return await call('startMtModelDownload', { from, to });
      } finally {
        setStarting(false);
      }
    };
    return follow(begin, controller.signal);
  }, [follow, from, to]);

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
