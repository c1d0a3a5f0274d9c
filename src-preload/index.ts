/**
 * Builds `window.api` from the fixed method and event lists and exposes it with contextBridge.
 * Nothing else: no ipcRenderer, no process, no paths. Imports only the zod-free channel list.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannel, eventNames, methodChannel, methodNames, type EventName } from './contract/channels.ts';

const api: Record<string, unknown> = {};
for (const method of methodNames) {
  api[method] = (input: unknown) => ipcRenderer.invoke(methodChannel(method), input);
}
api.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!(eventNames as readonly string[]).includes(event)) throw new Error(`unknown event ${String(event)}`);
  const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(eventChannel(event), wrapped);
  return () => {
    ipcRenderer.removeListener(eventChannel(event), wrapped);
  };
};

contextBridge.exposeInMainWorld('api', Object.freeze(api));
