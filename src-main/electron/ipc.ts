import { methodChannel, methodNames } from '../../src-preload/contract/channels.ts';
import { fail, type Result } from '../../src-preload/contract/errors.ts';
import type { Dispatch } from '../rpc/dispatch.ts';

/** The parts of Electron's `IpcMainInvokeEvent` the sender check reads. */
export interface IpcInvokeEvent {
  /** Null once the frame navigated away or was destroyed. */
  readonly senderFrame: { readonly url: string } | null | undefined;
  readonly sender: { readonly mainFrame: unknown };
}

/** The part of Electron's `ipcMain` this module uses (structural, so tests pass a fake). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEvent, input: unknown) => unknown): void;
}

/** Decides whether a frame URL belongs to our renderer. */
export type SenderTrust = (url: string) => boolean;

/** Why a sender was refused, or null when it may call the bridge. */
export function senderRefusal(event: IpcInvokeEvent, isTrustedSender: SenderTrust): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'sender frame is gone';
  // Subframes could host other content (CSP blocks them, this is the second lock).
  if (frame !== event.sender.mainFrame) return 'sender is not the main frame';
  if (!isTrustedSender(frame.url)) return 'sender is not the Redaksi renderer';
  return null;
}

/**
 * Registers one `ipcMain.handle` per contract method on channel `api:<method>`. Every call
 * checks that it comes from the main frame of our renderer (by protocol and host, through
 * `isTrustedSender`); anything else gets `FORBIDDEN` and never reaches `dispatch`.
 */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: SenderTrust): void {
  for (const method of methodNames) {
    ipcMain.handle(methodChannel(method), async (event, input): Promise<Result<unknown>> => {
      const refusal = senderRefusal(event, isTrustedSender);
      if (refusal) return fail('FORBIDDEN', `${method}: ${refusal}`);
      try {
        return await dispatch(method, input);
      } catch {
        // dispatch wraps handler errors itself; this only guards its own bugs, since a throw
        // would reach the renderer as an untyped string.
        return fail('INTERNAL', `${method} failed unexpectedly`);
      }
    });
  }
}
