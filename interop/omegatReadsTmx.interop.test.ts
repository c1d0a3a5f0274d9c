/**
 * Interop: OmegaT (SETUP.md, OmegaT row) accepts the TMX we export and applies its matches. A
 * tiny id -> en project gets our export of a memory in `tm/auto/` (OmegaT inserts exact matches
 * from there), then `console-translate` writes the target file. OmegaT exits 0 even when it
 * rejects a TMX, so its stderr is checked for TF_TM_LOAD_ERROR, and the target must hold our
 * translations. Skips with a one-line reason where OmegaT is not installed; .ci/run installs it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../src-main/createBackend.ts';

const omegat = ['/usr/bin/omegat', '/usr/local/bin/omegat'].find((p) => existsSync(p));

const projectFile = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes><mask>**/.svn/**</mask></source_dir_excludes>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>id</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneIndonesianTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;

// Written for this test: pairs with the characters an exporter must escape.
const pairs = [
  ['Harga cabai rawit di Pasar Minggu naik 12 persen.', 'Bird’s eye chili prices at Pasar Minggu rose 12 percent.'],
  ['Dinas & Bulog menyebut pasokan "cukup" <untuk sementara>.', 'The agency & Bulog called supplies "sufficient" <for now>.'],
];

const dir = mkdtempSync(join(tmpdir(), 'redaksi-omegat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('OmegaT reads our TMX', () => {
  if (!omegat) console.log('interop: OmegaT is not installed; apt-get install omegat to run this check');

  it.skipIf(!omegat)('loads the exported memory without TF_TM_LOAD_ERROR and translates the project from it', async () => {
    const backend = createBackend({ dataDir: join(dir, 'data'), systemLocale: 'id-ID', appVersion: '0.0.0-test' });
    let tmx: Buffer;
    try {
      const created = await backend.dispatch('createMemory', { name: 'Ekonomi', sourceLang: 'id', targetLang: 'en' });
      if (!created.ok) throw new Error(created.error.message);
      const memoryId = (created.value as { id: string }).id;
      const insert = backend.db.prepare('INSERT INTO tm_units (memory_id, source, target, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      for (const [source, target] of pairs) insert.run(memoryId, source, target, 'Desk Jakarta', '2025-02-05T08:30:00.000Z', '2025-02-05T09:00:00.000Z');
      const exported = await backend.dispatch('exportTmx', { memoryId });
      if (!exported.ok) throw new Error(exported.error.message);
      tmx = Buffer.from((exported.value as { dataBase64: string }).dataBase64, 'base64');
    } finally {
      backend.close();
    }
    const project = join(dir, 'project');
    for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']) mkdirSync(join(project, sub), { recursive: true });
    writeFileSync(join(project, 'omegat.project'), projectFile);
    writeFileSync(join(project, 'source', 'berita.txt'), `${pairs[0]![0]}\n\n${pairs[1]![0]}\n`);
    writeFileSync(join(project, 'tm', 'auto', 'redaksi.tmx'), tmx);
    const run = spawnSync('timeout', ['150', omegat!, '--mode=console-translate', `--config-dir=${join(dir, 'config')}`, '--disable-project-locking', '--no-team', project], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    expect(run.stderr).not.toContain('TF_TM_LOAD_ERROR');
    expect(readFileSync(join(project, 'omegat', 'project_stats.txt'), 'utf8')).toMatch(/Remaining:\s+0\s/);
    const target = readFileSync(join(project, 'target', 'berita.txt'), 'utf8');
    expect(target).toContain(pairs[0]![1]);
    expect(target).toContain(pairs[1]![1]);
  });
});
