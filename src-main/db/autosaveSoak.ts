/**
 * The autosave soak of `npm run test:soak`: for a given time, a child process (the R1 child: the
 * real store and service) autosaves one article as fast as it can and is SIGKILLed at random
 * moments, from mid-first-save to seconds into a run. After every kill, every ack the child
 * printed is checked: versions one apart with none skipped, the last one on disk with the same
 * text (or the next version, committed before its ack got out), and `integrity_check` ok.
 *
 *   node src-main/db/autosaveSoak.ts [--minutes 30] [--seed N]
 *
 * Prints one line per minute and, last, `soak-result {json}`; exits 1 on any loss or damage.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../createBackend.ts';
import { openDatabase } from './openDatabase.ts';
import type { Article } from '../../src-preload/contract/domain.ts';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '30' }, seed: { type: 'string' } } });
const minutes = Number(values.minutes);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!(minutes > 0) || !Number.isInteger(seed)) throw new Error('usage: autosaveSoak.ts [--minutes N] [--seed N]');

/** mulberry32: a seeded generator, so a failing run can be replayed with --seed. */
function random(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(seed);
/** Most kills land within the first 200 ms (mid-transaction, mid-fsync); some after seconds of saving. */
const killDelay = () => (rand() < 0.8 ? 1 + rand() * 200 : 200 + rand() * 3000);

const child = join(import.meta.dirname, 'testing', 'autosaveChild.ts');
const dir = mkdtempSync(join(tmpdir(), 'redaksi-soak-'));
const options = { dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-soak' };

function textOf(article: Article): string {
  const p = article.doc.content?.[0] as { content?: { text: string }[] } | undefined;
  return p?.content?.[0]?.text ?? '';
}

/** Runs the child once and kills it; resolves with the acks it printed (version and text hash). */
function runAndKill(articleId: string): Promise<{ version: number; sha: string }[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir, articleId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let scheduled = false;
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!scheduled && out.includes('ready')) {
        scheduled = true;
        setTimeout(() => proc.kill('SIGKILL'), killDelay());
      }
    });
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the child exited on its own: ${err}`));
      // A line cut by the kill has no newline after it: only whole lines count as acks.
      const lines = out.slice(0, out.lastIndexOf('\n') + 1).split('\n');
      resolve(lines.filter((l) => l.startsWith('ack ')).map((l) => ({ version: Number(l.split(' ')[1]), sha: l.split(' ')[2]! })));
    });
  });
}

async function readArticle(id: string): Promise<Article> {
  const reader = createBackend(options);
  try {
    const stored = await reader.dispatch('getArticle', { id });
    if (!stored.ok) throw new Error(stored.error.message);
    return stored.value as Article;
  } finally {
    reader.close();
  }
}

const setup = createBackend(options);
const created = await setup.dispatch('createArticle', { lang: 'id' });
setup.close();
if (!created.ok) throw new Error(created.error.message);
const id = (created.value as Article).id;

const result = { seed, minutes, kills: 0, editsChecked: 0, lost: 0, skippedVersions: 0, integrityFailures: 0, killsDuringSaves: 0 };
const started = Date.now();
let lastReport = started;
let stored = await readArticle(id);
try {
  while (Date.now() - started < minutes * 60_000) {
    const before = stored.version;
    const acks = await runAndKill(id);
    result.kills++;
    const db = openDatabase(join(dir, 'redaksi.db'));
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') result.integrityFailures++;
    db.close();
    stored = await readArticle(id);
    // Every ack: the next version after the one before it, none skipped, none repeated.
    let expected = before + 1;
    for (const ack of acks) {
      if (ack.version !== expected) result.skippedVersions++;
      expected = ack.version + 1;
      result.editsChecked++;
    }
    const last = acks.at(-1);
    if (last) {
      result.killsDuringSaves++;
      const sha = createHash('sha256').update(textOf(stored)).digest('hex');
      // On disk: the last acked save, or the one after it (committed, killed before its ack).
      if (stored.version < last.version || stored.version > last.version + 1 || (stored.version === last.version && sha !== last.sha)) result.lost++;
    } else if (stored.version < before || stored.version > before + 1) {
      result.lost++;
    }
    if (Date.now() - lastReport >= 60_000) {
      lastReport = Date.now();
      console.log(`${((lastReport - started) / 60_000).toFixed(1)} min: ${result.kills} kills, ${result.editsChecked} acked edits checked, ${result.lost} lost, ${result.integrityFailures} integrity failures`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`soak-result ${JSON.stringify(result)}`);
const failed = result.lost > 0 || result.skippedVersions > 0 || result.integrityFailures > 0 || result.killsDuringSaves < result.kills / 2;
if (failed) console.error(`autosave soak FAILED (replay with --seed ${seed})`);
process.exitCode = failed ? 1 : 0;
