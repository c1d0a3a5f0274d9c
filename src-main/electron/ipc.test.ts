import { describe, expect, it, vi } from 'vitest';
import { methodChannel, methodNames } from '../../src-preload/contract/channels.ts';
import { ok } from '../../src-preload/contract/errors.ts';
import type { Dispatch } from '../rpc/dispatch.ts';
import { registerIpc, type IpcInvokeEvent, type IpcMainLike } from './ipc.ts';
import { isTrustedRendererUrl } from './navigationPolicy.ts';

type Listener = (event: IpcInvokeEvent, input: unknown) => unknown;

function setup(dispatchImpl?: Dispatch) {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  const dispatch = vi.fn<Dispatch>(dispatchImpl ?? (async (method, input) => ok({ method, input })));
  registerIpc(ipcMain, dispatch, (url) => isTrustedRendererUrl(url));
  const invoke = (channel: string, event: IpcInvokeEvent, input: unknown) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, input);
  };
  return { handlers, dispatch, invoke };
}

function eventFrom(url: string, options: { subframe?: boolean; gone?: boolean } = {}): IpcInvokeEvent {
  const mainFrame = { url };
  const senderFrame = options.gone ? null : options.subframe ? { url } : mainFrame;
  return { senderFrame, sender: { mainFrame } };
}

describe('registerIpc', () => {
  it('registers exactly one channel per contract method', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(methodNames.map((m) => methodChannel(m)).sort());
  });

  it.each(methodNames)('forwards %s from the trusted main frame to dispatch', async (method) => {
    const { dispatch, invoke } = setup();
    const result = await invoke(methodChannel(method), eventFrom('app://redaksi/index.html'), { a: 1 });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith(method, { a: 1 });
    expect(result).toEqual({ ok: true, value: { method, input: { a: 1 } } });
  });

  it.each([
    ['https://evil.example/', {}],
    ['app://evil/index.html', {}],
    ['file:///tmp/index.html', {}],
    ['http://localhost:5173/', {}],
    ['app://redaksi/index.html', { subframe: true }],
    ['app://redaksi/index.html', { gone: true }],
  ] as const)('refuses %s %j with FORBIDDEN without dispatching', async (url, options) => {
    const { dispatch, invoke } = setup();
    for (const method of methodNames) {
      const result = await invoke(methodChannel(method), eventFrom(url, options), {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw from dispatch into INTERNAL', async () => {
    const { invoke } = setup(async () => {
      throw new Error('boom with /secret/path');
    });
    const result = await invoke(methodChannel('listArticles'), eventFrom('app://redaksi/index.html'), {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'listArticles failed unexpectedly' } });
  });
});
