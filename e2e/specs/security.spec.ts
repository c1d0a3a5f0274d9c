import { test, expect } from '../fixtures.ts';
import { methodNames } from '../../src-preload/contract/channels.ts';

test('a strict CSP is served and blocks inline script (S2)', async ({ app }) => {
  app.allowConsoleErrors(/Content Security Policy/);
  const page = app.page;
  const violations = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    const img = document.createElement('img');
    img.setAttribute('src', 'x:');
    img.setAttribute('onerror', 'window.__injected = true');
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 200));
    return { seen, injected: (window as unknown as { __injected?: boolean }).__injected === true };
  });
  expect(violations.injected).toBe(false);
  expect(violations.seen.some((d) => d.startsWith('script-src'))).toBe(true);
});

test('the page cannot reach node or electron internals', async ({ app }) => {
  const exposed = await app.page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    apiKeys: Object.keys((window as unknown as { api?: object }).api ?? {}).sort(),
  }));
  expect(exposed.require).toBe('undefined');
  expect(exposed.process).toBe('undefined');
  // Exactly the contract's methods plus event subscription: nothing else leaks into the page.
  expect(exposed.apiKeys).toEqual([...methodNames, 'on'].sort());
});
