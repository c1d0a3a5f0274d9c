/**
 * The `app` fixture: a running Redaksi over a fresh data folder, either through the web host in
 * Chromium or as the real Electron app, behind one interface so specs never care which. It
 * fails the test on any page error or console error that the test did not expect.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { startWebHostProcess, stopWebHostProcess } from './startWebHostProcess.ts';

const root = join(import.meta.dirname, '..');

export interface HostOptions {
  hostKind: 'web' | 'electron';
  electronBinary: string | undefined;
  /** The OS locale the app sees on first run. */
  systemLocale: string;
}

export interface AppHandle {
  page: Page;
  dataDir: string;
  /** Stops the app (SIGKILL with `kill: true`: no chance to flush) and starts it again on the same data. */
  restart(options?: { kill?: boolean }): Promise<Page>;
  /** Opens a fresh page on the running app (after a renderer crash, say), keeping the host. */
  reopenPage(): Promise<Page>;
  /** Console messages matching these are expected by the test and do not fail it. */
  allowConsoleErrors(pattern: RegExp): void;
}

interface Running {
  page: Page;
  stop(kill: boolean): Promise<void>;
  reopen(): Promise<Page>;
}


async function launchWeb(browser: Browser, dataDir: string, systemLocale: string): Promise<Running> {
  const host = await startWebHostProcess(dataDir, { systemLocale });
  const { url } = host;
  const context = await browser.newContext({ locale: systemLocale });
  const page = await context.newPage();
  await page.goto(url);
  return {
    page,
    async reopen() {
      const fresh = await context.newPage();
      await fresh.goto(url);
      return fresh;
    },
    async stop(kill) {
      await context.close();
      await stopWebHostProcess(host, kill ? 'SIGKILL' : 'SIGTERM');
    },
  };
}

async function launchElectron(binary: string, dataDir: string, systemLocale: string): Promise<Running> {
  const app: ElectronApplication = await _electron.launch({
    executablePath: binary,
    args: [join(root, 'out', 'main', 'index.js'), `--lang=${systemLocale}`],
    env: { ...process.env, REDAKSI_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  return {
    page,
    async reopen() {
      await page.reload();
      return page;
    },
    async stop(kill) {
      if (kill) app.process().kill('SIGKILL');
      else await app.close();
    },
  };
}

export const test = base.extend<HostOptions & { app: AppHandle }>({
  hostKind: ['web', { option: true }],
  electronBinary: [undefined, { option: true }],
  systemLocale: ['en-US', { option: true }],
  app: async ({ hostKind, electronBinary, systemLocale, browser }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-e2e-'));
    const problems: string[] = [];
    const allowed: RegExp[] = [];
    const watch = (page: Page) => {
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowed.some((re) => re.test(m.text()))) problems.push(`console.error: ${m.text()} (${m.location().url})`);
      });
    };
    const launch = () =>
      hostKind === 'electron' ? launchElectron(electronBinary!, dataDir, systemLocale) : launchWeb(browser, dataDir, systemLocale);
    let running = await launch();
    watch(running.page);
    const handle: AppHandle = {
      get page() {
        return running.page;
      },
      dataDir,
      async restart(options) {
        await running.stop(options?.kill ?? false);
        running = await launch();
        watch(running.page);
        return running.page;
      },
      async reopenPage() {
        running.page = await running.reopen();
        watch(running.page);
        return running.page;
      },
      allowConsoleErrors(pattern) {
        allowed.push(pattern);
      },
    };
    await use(handle);
    await running.stop(false);
    rmSync(dataDir, { recursive: true, force: true });
    expect(problems, 'page errors or console errors').toEqual([]);
  },
});

export { expect };
