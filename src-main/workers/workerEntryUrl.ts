import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where a worker entry of this folder is: the .ts source next to this file under Node (tests,
 * the CLI, the e2e web host), `out/main/<name>.js` in the electron-vite bundle, where every worker
 * is its own entry (electron.vite.config.ts). Rollup may put this module into out/main/chunks/
 * when several entries share it, hence the second case. The name arrives in a variable, so the
 * bundler does not take the URL for an asset to copy.
 */
export function workerEntryUrl(name: string): URL {
  const here = import.meta.url;
  const file = here.endsWith('.ts') ? `./${name}.ts` : /\/chunks\/[^/]+$/.test(here) ? `../${name}.js` : `./${name}.js`;
  return new URL(file, here);
}

/** Whether the entry is there (a bundle without it falls back to the calling thread). */
export function workerEntryExists(name: string): boolean {
  try {
    return existsSync(fileURLToPath(workerEntryUrl(name)));
  } catch {
    return false;
  }
}
