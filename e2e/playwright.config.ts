import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, type PlaywrightTestProject } from '@playwright/test';
import type { HostOptions } from './fixtures.ts';
import { chromiumLaunchOptions } from './startWebHostProcess.ts';

const root = join(import.meta.dirname, '..');

// Every test starts on a fresh data folder; they share one dictionary cache (keyed by the files'
// hash, written atomically), so the spelling dictionaries are expanded once per machine, not per test.
process.env.REDAKSI_DICTIONARY_CACHE ??= join(tmpdir(), 'redaksi-e2e-dictionary-cache');


/** The Electron binary, found by its path: requiring 'electron' would try to download it. */
function electronBinary(): string | undefined {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const electron = electronBinary();
const projects: PlaywrightTestProject<HostOptions>[] = [
  {
    name: 'web',
    testDir: './specs',
    use: {
      hostKind: 'web',
      browserName: 'chromium',
      launchOptions: chromiumLaunchOptions,
    },
  },
];
if (electron) {
  projects.push({ name: 'electron', testDir: '.', testMatch: ['specs/**/*.spec.ts', 'electron/**/*.spec.ts'], use: { hostKind: 'electron', electronBinary: electron } });
} else if (!process.env.TEST_WORKER_INDEX) {
  console.log('e2e: electron project skipped: no Electron binary in node_modules/electron/dist (run `npx install-electron` where downloads work)');
}

export default defineConfig<HostOptions>({
  testDir: '.',
  outputDir: join(root, 'test-results'),
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: { trace: 'retain-on-failure', actionTimeout: 10_000 },
  projects,
});
