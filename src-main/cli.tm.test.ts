import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'redaksi.js');
const dir = mkdtempSync(join(tmpdir(), 'redaksi-cli-tm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, '--data', join(dir, 'data'), ...args], { encoding: 'utf8', env: { ...process.env, REDAKSI_DATA_DIR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="Tes" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="id" datatype="plaintext"/><body>
<tu changeid="ayu"><tuv xml:lang="id-ID"><seg>Harga beras naik di Jakarta.</seg></tuv><tuv xml:lang="en-US"><seg>Rice prices rose in Jakarta.</seg></tuv></tu>
<tu><tuv xml:lang="id"><seg>Harga gula turun tajam.</seg></tuv><tuv xml:lang="en"><seg>Sugar prices fell sharply.</seg></tuv></tu>
<tu><tuv xml:lang="id"><seg>Tanpa terjemahan.</seg></tuv></tu>
</body></tmx>
`;

// Each test starts several real processes; on a loaded 2-core machine that can pass 30 s.
describe('redaksi tm (real process, real database)', { timeout: 180_000 }, () => {
  it('imports a TMX into a new memory, looks up a fuzzy match and exports the memory again', () => {
    const file = join(dir, 'memori.tmx');
    writeFileSync(file, tmx);
    const imported = run(['tm', 'import', file, '--memory', 'Ekonomi', '--from', 'id', '--to', 'en', '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ ok: true, value: { memory: { name: 'Ekonomi', sourceLang: 'id', targetLang: 'en', units: 2 }, imported: 2, skipped: 1, units: 3 } });

    const lookup = JSON.parse(run(['tm', 'lookup', '--memory', 'Ekonomi', 'Harga beras naik di Bandung.', '--json']).stdout);
    expect(lookup.ok).toBe(true);
    expect(lookup.value[0]).toMatchObject({ source: 'Harga beras naik di Jakarta.', target: 'Rice prices rose in Jakarta.', memoryName: 'Ekonomi' });
    expect(lookup.value[0].score).toBeLessThan(100);

    const out = join(dir, 'keluar.tmx');
    const exported = run(['tm', 'export', '--memory', 'Ekonomi', '-o', out, '--json']);
    expect(JSON.parse(exported.stdout)).toMatchObject({ ok: true, value: { path: out, units: 2 } });
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('<tuv xml:lang="en"><seg>Sugar prices fell sharply.</seg></tuv>');
    expect(written).toContain('changeid="ayu"');
  });

  it('refuses a hostile file with exit code 1 and a typed error, and an unknown memory as NOT_FOUND', () => {
    const file = join(dir, 'xxe.tmx');
    writeFileSync(file, '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><body><tu><tuv xml:lang="id"><seg>&x;</seg></tuv></tu></body></tmx>');
    const refused = run(['tm', 'import', file, '--memory', 'Bahaya', '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } });
    const missing = run(['tm', 'export', '--memory', 'Tidak ada', '-o', join(dir, 'x.tmx'), '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
