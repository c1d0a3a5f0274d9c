/**
 * Child process for the R3 kill test: writes exports (writeFileAtomic) and database backups
 * (BackupStore) in turn as fast as it can, printing `export <name>` / `backup <id>` after each one
 * finished. The parent SIGKILLs it at random moments and checks that no final file is truncated
 * or corrupt.
 *
 *   node src-main/db/backups/backupKillChild.ts <dataDir> <seed>
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../openDatabase.ts';
import { writeFileAtomic } from '../../services/exporters/writeFileAtomic.ts';
import { BackupStore } from './backupService.ts';

const [dataDir, seedText] = process.argv.slice(2);
const seed = Number(seedText);
const db = openDatabase(join(dataDir!, 'redaksi.db'));
const store = new BackupStore(join(dataDir!, 'backups'));
const exports = join(dataDir!, 'exports');
mkdirSync(exports, { recursive: true });

/** An export whose first line is the sha256 of the rest: a truncated file cannot pass. */
function exportBody(n: number): string {
  const body = `Ekspor ${n}: `.padEnd(64, '.') + '\n' + `Baris laporan nomor ${n} tentang harga pangan.\n`.repeat(4000 + (n % 7) * 500);
  return `${createHash('sha256').update(body).digest('hex')}\n${body}`;
}

writeSync(1, 'ready\n');
for (let i = 0; ; i++) {
  // A row per round, so every backup differs from the one before.
  db.prepare('INSERT INTO r3_probe (round, note) VALUES (?, ?)').run(seed * 100_000 + i, `putaran ${i}`);
  if (i % 2 === 0) {
    const name = `laporan-${i % 5}.md`;
    await writeFileAtomic(join(exports, name), exportBody(seed + i));
    writeSync(1, `export ${name}\n`);
  } else {
    const made = await store.backupOpenDatabase(db, 'scheduled');
    writeSync(1, `backup ${made.id}\n`);
  }
}
