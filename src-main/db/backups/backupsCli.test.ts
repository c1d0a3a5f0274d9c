/** `redaksi backups list|create|restore` over a real database, as a newsroom script would run them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'redaksi-cli-backups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['--data', dir, ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: () => '', env: {} });
  return { code, stdout, stderr };
}

describe('redaksi backups', () => {
  it('creates, lists and restores with --json envelopes; the restored article is back', async () => {
    expect(JSON.parse((await cli('--json', 'backups', 'list')).stdout)).toEqual({ ok: true, value: [] });
    expect((await cli('backups', 'list')).stdout).toBe('No backups yet.\n');
    expect((await cli('articles', 'create', '--lang', 'id', '--title', 'Sebelum cadangan')).code).toBe(0);

    const created = JSON.parse((await cli('--json', 'backups', 'create')).stdout);
    expect(created).toMatchObject({ ok: true, value: { reason: 'manual' } });
    const id = created.value.id as string;
    expect((await cli('articles', 'create', '--lang', 'id', '--title', 'Sesudah cadangan')).code).toBe(0);

    const listed = await cli('backups', 'list');
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).toContain('manual');

    const restored = JSON.parse((await cli('--json', 'backups', 'restore', id)).stdout);
    expect(restored).toMatchObject({ ok: true, value: { restored: id, beforeRestore: expect.stringMatching(/before-restore/) } });
    const titles = JSON.parse((await cli('--json', 'articles', 'list')).stdout).value.map((a: { title: string }) => a.title);
    expect(titles).toEqual(['Sebelum cadangan']);
  });

  it('refuses a bad id (INVALID_INPUT), an unknown one (NOT_FOUND) and a missing one (usage)', async () => {
    const bad = await cli('--json', 'backups', 'restore', '../redaksi.db');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await cli('--json', 'backups', 'restore', 'redaksi-20200101-000000-manual.db');
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await cli('backups', 'restore')).code).toBe(2);
  });
});
