import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, type GuardableWebContents, type NavigationDetails } from './guardWebContents.ts';

function fakeContents() {
  const listeners = new Map<string, ((details: NavigationDetails) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: (details: NavigationDetails) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  const navigate = (event: string, url: string) => {
    let prevented = false;
    for (const l of listeners.get(event) ?? []) l({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents: contents as GuardableWebContents, listeners, navigate, open: (url: string) => openHandler?.({ url }) };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s blocks foreign URLs and allows our own', (event) => {
    const { contents, navigate } = fakeContents();
    guardWebContents(contents, { openExternal: vi.fn() });
    expect(navigate(event, 'https://evil.example/')).toBe(true);
    expect(navigate(event, 'javascript:alert(1)')).toBe(true);
    expect(navigate(event, 'file:///etc/passwd')).toBe(true);
    expect(navigate(event, 'http://localhost:5173/')).toBe(true);
    expect(navigate(event, 'app://redaksi/index.html')).toBe(false);
  });

  it('trusts the dev server only when given', () => {
    const { contents, navigate } = fakeContents();
    guardWebContents(contents, { openExternal: vi.fn(), devServerUrl: 'http://localhost:5173' });
    expect(navigate('will-navigate', 'http://localhost:5173/')).toBe(false);
  });

  it('refuses webviews', () => {
    const { contents, navigate } = fakeContents();
    guardWebContents(contents, { openExternal: vi.fn() });
    expect(navigate('will-attach-webview', 'app://redaksi/index.html')).toBe(true);
  });

  it('denies every window.open and hands only https/mailto to the OS', async () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(contents, { openExternal });
    for (const url of ['https://example.com/', 'mailto:desk@example.com', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://redaksi/index.html']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    await Promise.resolve();
    await Promise.resolve();
    expect(openExternal.mock.calls).toEqual([['https://example.com/'], ['mailto:desk@example.com']]);
  });

  it('a failing openExternal is logged, not thrown', async () => {
    const { contents, open } = fakeContents();
    const log = vi.fn();
    guardWebContents(contents, { openExternal: () => Promise.reject(new Error('no browser')), log });
    open('https://example.com/');
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toHaveBeenCalledWith('could not open a link externally');
  });

  it('guards each webContents once', () => {
    const { contents, listeners } = fakeContents();
    guardWebContents(contents, { openExternal: vi.fn() });
    guardWebContents(contents, { openExternal: vi.fn() });
    expect(listeners.get('will-navigate')).toHaveLength(1);
  });
});
