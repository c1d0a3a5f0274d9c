/**
 * Interop: a real word processor opens the DOCX that `redaksi export` writes and finds the same
 * headline, paragraphs and list items (../shared/SETUP.md, LibreOffice row). Runs through the CLI
 * on a real database. Skips with a one-line reason where LibreOffice is not installed (a user's
 * fresh clone); .ci/run installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p));
const bin = join(import.meta.dirname, '..', 'bin', 'redaksi.js');
const dir = mkdtempSync(join(tmpdir(), 'redaksi-interop-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const headline = 'Nelayan Muara Angke kembali melaut setelah cuaca membaik';
const paragraphs = [
  'Ratusan perahu nelayan berangkat sejak Rabu (12/3/2025) dini hari, kata Ketua Koperasi Nelayan, Darmono.',
  'Hasil tangkapan pertama dijual Rp 45.000 per kilogram, naik 12,5 persen dari pekan lalu.',
];
const items = ['Cumi-cumi', 'Ikan kembung'];

function redaksi(args: string[], input?: string): string {
  const r = spawnSync(process.execPath, [bin, '--data', dir, ...args], { input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`redaksi ${args.join(' ')} failed: ${r.stderr}${r.stdout}`);
  return r.stdout.trim();
}

describe('LibreOffice reads the DOCX that redaksi exports', () => {
  if (!soffice) console.log('interop: LibreOffice (soffice) is not installed; install libreoffice-writer-nogui to run this check');

  it.skipIf(!soffice)('same headline, paragraphs and list items after conversion to text', { timeout: 180_000 }, () => {
    const md = join(dir, 'nelayan.md');
    writeFileSync(md, `# ${headline}\n\n${paragraphs[0]}\n\n${paragraphs[1]}\n\n${items.map((i) => `- ${i}`).join('\n')}\n`);
    const id = redaksi(['import', md, '--lang', 'id']);
    const docx = join(dir, 'nelayan.docx');
    redaksi(['export', id, '--format', 'docx', '-o', docx]);
    execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx], { timeout: 170_000, stdio: 'ignore' });
    // soffice exits 0 even when it cannot open a file: the output must exist and hold the text.
    const text = readFileSync(join(dir, 'nelayan.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const line of [headline, ...paragraphs, ...items]) expect(text).toContain(line);
  });
});
