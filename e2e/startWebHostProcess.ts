/**
 * Starts `src-main/webHost.ts` as a child process on a data folder and resolves with its URL once
 * it listens. Shared by the e2e fixtures, the browser benchmarks and the screenshot script; also
 * holds the Chromium launch settings they all use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Debian's Chromium when present (our build machines); Playwright's own browser elsewhere. */
export const chromiumPath: string | undefined = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/** Flags that keep Chromium quiet on a closed network (../shared/SETUP.md). */
export const chromiumArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for Playwright's `chromium.launch` / `launchOptions`. */
export const chromiumLaunchOptions = { ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: chromiumArgs };

export interface WebHostProcess {
  url: string;
  child: ChildProcess;
}

/** Spawns the web host on a free port; `systemLocale` is the OS locale it reports on first run. */
export function startWebHostProcess(dataDir: string, options: { systemLocale?: string; echoStderr?: boolean } = {}): Promise<WebHostProcess> {
  const child = spawn(process.execPath, [join(root, 'src-main', 'webHost.ts'), '--port', '0', '--data', dataDir], {
    env: { ...process.env, REDAKSI_LOCALE: options.systemLocale ?? 'en-US' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${out}${err}`)), 20_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (options.echoStderr) process.stderr.write(d);
    });
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /web host: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}: ${err}`));
    });
  });
}

/** Stops a web host process (SIGKILL gives it no chance to flush) and waits until it has exited. */
export async function stopWebHostProcess(host: WebHostProcess, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (host.child.exitCode !== null || host.child.signalCode !== null) return;
  const exited = new Promise((resolve) => host.child.once('exit', resolve));
  host.child.kill(signal);
  await exited;
}
