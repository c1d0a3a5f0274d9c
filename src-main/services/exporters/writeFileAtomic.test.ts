import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './writeFileAtomic.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redaksi-atomic-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates, then replaces, a file and leaves no temporary file', async () => {
    const path = join(dir, 'ekspor.txt');
    await writeFileAtomic(path, 'pertama');
    await writeFileAtomic(path, new TextEncoder().encode('kedua'));
    expect(await readFile(path, 'utf8')).toBe('kedua');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['a folder that does not exist', () => join(dir, 'tidak-ada', 'a.txt'), 'INVALID_INPUT'],
    ['a path that is a folder', () => dir, 'INVALID_INPUT'],
  ])('refuses %s with %s and leaves nothing behind', async (_label, target, code) => {
    const before = await readdir(dir);
    await expect(writeFileAtomic(target(), 'x')).rejects.toMatchObject({ code });
    expect(await readdir(dir)).toEqual(before);
  });

  it('refuses a path under a file (not a folder) with INVALID_INPUT, as root too', async () => {
    // Folder permissions would be the obvious case, but CI runs as root, which ignores them.
    const plain = join(dir, 'bukan-folder.txt');
    await writeFile(plain, 'x');
    await expect(writeFileAtomic(join(plain, 'a.txt'), 'x')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('leaves the old or the new file, never a truncated one, when the writer is killed', { timeout: 60_000 }, async () => {
    const target = join(dir, 'bunuh.txt');
    const a = 'a'.repeat(1024 * 1024);
    const b = 'b'.repeat(1536 * 1024);
    await writeFile(target, a);
    const child = join(dir, 'writer.mjs');
    const moduleUrl = new URL('./writeFileAtomic.ts', import.meta.url).href;
    await writeFile(
      child,
      `import { writeFileAtomic } from ${JSON.stringify(moduleUrl)};
const a = 'a'.repeat(1024 * 1024), b = 'b'.repeat(1536 * 1024);
process.send?.('ready');
for (let i = 0; ; i++) await writeFileAtomic(${JSON.stringify(target)}, i % 2 ? a : b);`,
    );
    let kills = 0;
    for (let round = 0; round < 12; round++) {
      const proc = spawn(process.execPath, [child], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      await new Promise<void>((resolve) => proc.once('message', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 20 + ((round * 37) % 150)));
      proc.kill('SIGKILL');
      await new Promise((resolve) => proc.once('exit', resolve));
      kills++;
      const content = await readFile(target, 'utf8');
      expect(content === a || content === b, `round ${round}: ${content.length} bytes`).toBe(true);
    }
    expect(kills).toBe(12);
  });
});
