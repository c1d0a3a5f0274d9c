import { eventChannel, type EventName } from '../../src-preload/contract/channels.ts';
import type { EventPayload } from '../../src-preload/contract/events.ts';

/** A window whose renderer can receive events (structural: Electron's BrowserWindow fits). */
export interface RendererTarget {
  isDestroyed(): boolean;
  readonly webContents: {
    isDestroyed(): boolean;
    isCrashed(): boolean;
    send(channel: string, payload: unknown): void;
  };
}

/**
 * Sends a typed main -> renderer event on its derived channel. Returns false when there is no
 * live renderer to receive it, so callers do not wait for an answer that cannot come.
 */
export function sendToRenderer<E extends EventName>(
  target: RendererTarget | null | undefined,
  event: E,
  payload: EventPayload<E>,
): boolean {
  if (!target || target.isDestroyed() || target.webContents.isDestroyed() || target.webContents.isCrashed()) return false;
  target.webContents.send(eventChannel(event), payload);
  return true;
}
