/**
 * R3 (RELIABILITY.md): SIGKILL a process that writes exports (writeFileAtomic) and database
 * backups at random moments: 0 truncated or corrupt final files. Temp files a kill leaves are
 * allowed, and the next start removes them. REDAKSI_R3_KILLS sets the number of kills (default 200).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../openDatabase.ts';
import { backupNamePattern } from './backupFiles.ts';
import { BackupStore } from './backupService.ts';

const kills = Number(process.env.REDAKSI_R3_KILLS ?? 200);
const child = join(import.meta.dirname, 'backupKillChild.ts');
const root = mkdtempSync(join(tmpdir(), 'redaksi-r3-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the child until it is ready, kills it 5–155 ms later; returns what it reported finished. */
function runAndKill(dir: string, seed: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let scheduled = false;
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!scheduled && out.includes('ready')) {
        scheduled = true;
        setTimeout(() => proc.kill('SIGKILL'), 5 + (seed % 151));
      }
    });
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(out.split('\n').filter((l) => /^(export|backup) /.test(l))) : reject(new Error(`child exited on its own: ${err}`))));
  });
}

function exportIntact(path: string): boolean {
  const text = readFileSync(path, 'utf8');
  const newline = text.indexOf('\n');
  return newline === 64 && createHash('sha256').update(text.slice(newline + 1)).digest('hex') === text.slice(0, newline);
}

function backupIntact(path: string): boolean {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('integrity_check', { simple: true }) === 'ok' && (db.prepare('SELECT count(*) FROM r3_probe').pluck().get() as number) > 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * One data folder per lane; four children run at once: most of a round is spent starting a process
 * and waiting for fsync, so four lanes finish 200 kills in about half the time of two on 2 cores.
 */
async function lane(laneIndex: number, count: number) {
  const dir = join(root, `lane${laneIndex}`);
  mkdirSync(join(dir, 'backups'), { recursive: true });
  mkdirSync(join(dir, 'exports'), { recursive: true });
  const db = openDatabase(join(dir, 'redaksi.db'));
  db.exec('CREATE TABLE IF NOT EXISTS r3_probe (round INTEGER NOT NULL, note TEXT NOT NULL)');
  // ~300 KB of rows, so a backup takes long enough for kills to land inside it.
  const insert = db.prepare('INSERT INTO r3_probe (round, note) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 600; i++) insert.run(-i, `isi awal ${i} `.repeat(40));
  })();
  db.close();
  let corrupt = 0;
  let finished = 0;
  let files = 0;
  const tempsSeen = new Set<string>();
  for (let k = 0; k < count; k++) {
    finished += (await runAndKill(dir, laneIndex * 10_000 + ((k * 7919) % 997))).length;
    for (const name of readdirSync(join(dir, 'exports'))) {
      if (name.endsWith('.tmp')) continue;
      files++;
      if (!exportIntact(join(dir, 'exports', name))) corrupt++;
    }
    for (const name of readdirSync(join(dir, 'backups'))) {
      if (!backupNamePattern.test(name)) tempsSeen.add(name);
      if (!backupNamePattern.test(name)) continue;
      files++;
      if (!backupIntact(join(dir, 'backups', name))) corrupt++;
    }
  }
  return { dir, corrupt, finished, files, tempsSeen: tempsSeen.size };
}

describe(`R3: ${kills} SIGKILLs during exports and backups`, () => {
  it('leaves 0 truncated or corrupt final files; the next start removes temp leftovers', { timeout: 10 * 60_000 }, async () => {
    const laneCount = 4;
    const lanes = await Promise.all(Array.from({ length: laneCount }, (_, i) => lane(i, Math.floor(kills / laneCount) + (i < kills % laneCount ? 1 : 0))));
    const corrupt = lanes.reduce((n, l) => n + l.corrupt, 0);
    const finished = lanes.reduce((n, l) => n + l.finished, 0);
    const checked = lanes.reduce((n, l) => n + l.files, 0);
    console.log(`R3: ${kills} kills, ${finished} files finished before a kill, ${checked} final files checked, ${corrupt} corrupt, ${lanes.reduce((n, l) => n + l.tempsSeen, 0)} backup temp leftovers seen`);
    expect(corrupt).toBe(0);
    // The kills must land while files are written, or the test proves nothing.
    expect(finished).toBeGreaterThan(kills);
    for (const { dir } of lanes) {
      const store = new BackupStore(join(dir, 'backups'));
      store.cleanUp();
      expect(readdirSync(store.folder).filter((n) => !backupNamePattern.test(n))).toEqual([]);
    }
  });
});
