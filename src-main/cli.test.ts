import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'redaksi.js');
const dir = mkdtempSync(join(tmpdir(), 'redaksi-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, '--data', dir, ...args], { input, encoding: 'utf8', env: { ...process.env, REDAKSI_DATA_DIR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each test starts several real processes; on a loaded 2-core machine that can pass 30 s.
describe('redaksi CLI (real process, real database)', { timeout: 120_000 }, () => {
  it('prints help and version', () => {
    expect(run(['--help']).stdout).toContain('Usage: redaksi');
    const version = run(['--version', '--json']);
    expect(JSON.parse(version.stdout)).toEqual({ ok: true, value: { version: expect.stringMatching(/^\d+\.\d+\.\d+/) } });
  });

  it('creates an article from stdin and reads it back as the JSON Result contract', () => {
    const text = 'Gubernur meresmikan jembatan baru, Kamis.\n\nWarga menyambutnya dengan gembira.';
    const created = run(['articles', 'create', '--lang', 'id', '--title', 'Jembatan baru', '--text', '-', '--json'], text);
    expect(created.code).toBe(0);
    const article = JSON.parse(created.stdout);
    expect(article.ok).toBe(true);
    expect(article.value).toMatchObject({ title: 'Jembatan baru', lang: 'id', version: 2, wordCount: 11 });

    const list = JSON.parse(run(['articles', 'list', '--json']).stdout);
    expect(list.value.map((a: { id: string }) => a.id)).toContain(article.value.id);

    const shown = run(['articles', 'show', article.value.id]);
    expect(shown.stdout).toBe('Jembatan baru\n\nGubernur meresmikan jembatan baru, Kamis.\nWarga menyambutnya dengan gembira.\n');
  });

  it('reads the body from a file', () => {
    const file = join(dir, 'body.txt');
    writeFileSync(file, 'The council approved the budget.');
    const out = run(['articles', 'create', '--lang', 'en', '--text', file, '--json']);
    expect(JSON.parse(out.stdout).value.wordCount).toBe(5);
  });

  it('reports bad input as an error envelope with exit code 1 and changes nothing', () => {
    const before = run(['articles', 'list', '--json']).stdout;
    const bad = run(['articles', 'create', '--lang', 'fr', '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(run(['articles', 'list', '--json']).stdout).toBe(before);
    const missing = run(['articles', 'show', '00000000-0000-4000-8000-000000000000', '--json']);
    expect(JSON.parse(missing.stdout).error.code).toBe('NOT_FOUND');
  });

  it('exits 2 with usage on unknown commands or flags', () => {
    expect(run(['frobnicate']).code).toBe(2);
    const r = run(['articles', 'list', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: redaksi');
  });

  it('sets settings that the app then uses', () => {
    const out = JSON.parse(run(['settings', 'set', '--ui-language', 'id', '--user-name', '  Desk Jakarta ', '--json']).stdout);
    expect(out.value).toEqual({ uiLanguage: 'id', uiLanguageChosen: true, userName: 'Desk Jakarta', claimsGate: true });
  });

  it('searches diacritic-insensitively, filters by status and moves articles to the trash', () => {
    const created = JSON.parse(run(['articles', 'create', '--lang', 'id', '--title', 'Kopí Lampung', '--text', '-', '--json'], 'Petani kopí menolak harga baru.').stdout);
    const id = created.value.id as string;
    const found = run(['articles', 'search', 'kopi', 'petani']);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain(id);
    expect(found.stdout).toContain('[kopí]');
    const hits = JSON.parse(run(['articles', 'search', '"harga baru"', '--json']).stdout);
    expect(hits.value[0].summary.id).toBe(id);
    expect(run(['articles', 'status', id, 'editing']).stdout.trim()).toBe('editing');
    const editing = JSON.parse(run(['articles', 'list', '--status', 'editing', '--json']).stdout);
    expect(editing.value.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(run(['articles', 'status', id, 'published', '--json']).code).toBe(1);
    expect(run(['articles', 'delete', id]).code).toBe(0);
    expect(JSON.parse(run(['articles', 'search', 'kopi', '--json']).stdout).value).toEqual([]);
    expect(JSON.parse(run(['articles', 'list', '--trashed', '--json']).stdout).value.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(run(['articles', 'restore', id]).code).toBe(0);
    expect(JSON.parse(run(['articles', 'search', 'kopi', '--json']).stdout).value).toHaveLength(1);
  });

  it('imports a file, exports it in every format, and re-imports the DOCX with the same text', () => {
    const md = join(dir, 'banjir.md');
    writeFileSync(md, '# Banjir rob di pesisir\n\nAir laut **masuk** ke permukiman warga.\n\n- Jalan tergenang\n- Sekolah libur\n');
    const imported = JSON.parse(run(['import', md, '--json']).stdout);
    expect(imported.value).toMatchObject({ title: 'Banjir rob di pesisir', lang: 'id' });
    const id = imported.value.id as string;
    for (const format of ['docx', 'html', 'md', 'txt', 'pdf']) {
      const out = join(dir, `out.${format}`);
      const r = run(['export', id, '--format', format, '-o', out, '--json']);
      expect(JSON.parse(r.stdout), format).toMatchObject({ ok: true, value: { format, path: out } });
      expect(readFileSync(out).length).toBeGreaterThan(20);
    }
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toContain('Air laut masuk ke permukiman warga.');
    const again = JSON.parse(run(['import', join(dir, 'out.docx'), '--json']).stdout);
    expect(again.value.title).toBe('Banjir rob di pesisir');
    const shown = run(['articles', 'show', again.value.id]).stdout;
    expect(shown).toContain('Air laut masuk ke permukiman warga.');
    expect(shown).toContain('Sekolah libur');
  });

  it('refuses binary data named .txt and a broken .docx with a typed error, leaving the library unchanged', () => {
    const before = run(['articles', 'list', '--json']).stdout;
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9]));
    const docx = join(dir, 'broken.docx');
    writeFileSync(docx, 'PK\u0003\u0004 this is not really a zip');
    for (const file of [binary, docx]) {
      const r = run(['import', file, '--json']);
      expect(r.code, file).toBe(1);
      expect(JSON.parse(r.stdout), file).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(run(['articles', 'list', '--json']).stdout).toBe(before);
    expect(run(['export', '00000000-0000-4000-8000-000000000000', '--format', 'rtf', '-o', join(dir, 'x')]).code).toBe(2);
  });

  it('previews the scraped-text cleanup, applies it with --apply, and then has nothing left to clean', () => {
    const text = 'Banjir Rob Melanda Pesisir\n\nAir laut masuk  ke permukiman warga.\n\nBaca juga: Tanggul Jebol di Utara\n\n"Sudah tiga hari," kata warga.\n\nBagikan artikel ini';
    const created = JSON.parse(run(['articles', 'create', '--lang', 'id', '--title', 'Banjir rob melanda pesisir', '--text', '-', '--json'], text).stdout);
    const id = created.value.id as string;
    const preview = run(['articles', 'cleanup', id]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('duplicate-headline');
    expect(preview.stdout).toContain('run with --apply');
    const previewJson = JSON.parse(run(['articles', 'cleanup', id, '--json']).stdout);
    expect(previewJson.value.changes.map((c: { kind: string }) => c.kind)).toEqual(['duplicate-headline', 'spaces', 'read-also', 'share-line']);
    // The preview wrote nothing.
    expect(JSON.parse(run(['articles', 'show', id, '--json']).stdout).value.version).toBe(created.value.version);

    const applied = JSON.parse(run(['articles', 'cleanup', id, '--apply', '--json']).stdout);
    expect(applied.ok).toBe(true);
    expect(applied.value.article.version).toBe(created.value.version + 1);
    expect(run(['articles', 'show', id]).stdout).toBe('Banjir rob melanda pesisir\n\nAir laut masuk ke permukiman warga.\n"Sudah tiga hari," kata warga.\n');
    const again = run(['articles', 'cleanup', id]);
    expect(again.stdout).toBe('Nothing to clean.\n');
    expect(run(['articles', 'cleanup', '00000000-0000-4000-8000-000000000000', '--json']).code).toBe(1);
    expect(run(['articles', 'cleanup']).code).toBe(2);
  });

  it('check: proofreads a UTF-8 file as {"findings":[...]} with string offsets; refuses binary, invalid UTF-8 and huge files', () => {
    // A BOM (removed) and an emoji (two UTF-16 units) before the findings: offsets are string indices.
    const text = '📰 Pemerintha menyatakan harga naik dirumah warga , Senin (8/9/2016).\n\nThe minister said it was an historic day.';
    const file = join(dir, 'draft.txt');
    writeFileSync(file, `\uFEFF${text}`);
    const r = run(['check', file, '--lang', 'id', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { kind: string; rule: string; start: number; end: number; text: string; message: string; suggestions: string[] }[] };
    expect(Object.keys(out)).toEqual(['findings']);
    for (const f of out.findings) {
      expect(Object.keys(f)).toEqual(['kind', 'rule', 'start', 'end', 'text', 'message', 'suggestions']);
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
    const byText = (t: string) => out.findings.find((f) => f.text === t);
    expect(byText('Pemerintha')).toMatchObject({ kind: 'spelling', rule: 'spelling.unknown', start: 3 });
    expect(byText('Pemerintha')?.suggestions[0]).toBe('Pemerintah');
    expect(byText('dirumah')).toMatchObject({ kind: 'style', suggestions: ['di rumah'] });
    expect(byText(' ,')).toMatchObject({ kind: 'style', suggestions: [','] });
    expect(byText('Senin')).toMatchObject({ kind: 'date', rule: 'date.weekday', suggestions: ['Kamis'] });
    // Correct words, the English sentence and the date itself are not findings.
    expect(out.findings.map((f) => f.text)).toEqual(['Pemerintha', 'dirumah', ' ,', 'Senin']);

    expect(run(['check', file, '--lang', 'id']).stdout).toMatch(/^1:4 {2}spelling {2}spelling\.unknown {2}"Pemerintha"/);
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 di Bandung', 'latin1'));
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(11 * 1024 * 1024, 'kata '));
    for (const [name, code] of [['photo.txt', 'UNSUPPORTED_FORMAT'], ['latin1.txt', 'UNSUPPORTED_FORMAT'], ['huge.txt', 'FILE_TOO_LARGE']] as const) {
      const refused = run(['check', join(dir, name), '--json']);
      expect(refused.code, name).toBe(1);
      expect(JSON.parse(refused.stdout), name).toMatchObject({ ok: false, error: { code } });
    }
    expect(run(['check', file, '--lang', 'fr']).code).toBe(2);
  });

  it('check: adds consistency and date findings across the file, each with the other place in `related`', () => {
    // Written for this test: a name spelled two ways, a total that does not add up, a wrong "day before".
    const text = [
      'Menteri Perdagangan Rina Hapsari membuka pameran pada Kamis (8/9/2016).',
      'Sehari sebelumnya, Selasa, panitia menyiapkan 45 stan: 20 stan kuliner dan 15 stan kerajinan.',
      '"Kami siap," kata Rina Hapsary.',
    ].join('\n\n');
    const file = join(dir, 'consistency.txt');
    writeFileSync(file, text);
    const r = run(['check', file, '--lang', 'id', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { findings } = JSON.parse(r.stdout) as { findings: { kind: string; rule: string; start: number; end: number; text: string; related?: { start: number; end: number; text: string } }[] };
    const related = findings.filter((f) => f.related);
    for (const f of related) {
      expect(Object.keys(f)).toEqual(['kind', 'rule', 'start', 'end', 'text', 'message', 'suggestions', 'related']);
      expect(text.slice(f.related!.start, f.related!.end)).toBe(f.related!.text);
    }
    expect(related.map((f) => `${f.kind} ${f.rule} ${f.text} -> ${f.related!.text}`)).toEqual([
      'date date.relative Sehari sebelumnya, Selasa -> Kamis (8/9/2016)',
      'consistency consistency.total-mismatch 45 -> 20 stan kuliner dan 15',
      'consistency consistency.name-variant Hapsary -> Hapsari',
    ]);
    // Text output names the other place by line and column.
    expect(run(['check', file, '--lang', 'id']).stdout).toContain('consistency.name-variant  "Hapsary"');
    expect(run(['check', file, '--lang', 'id']).stdout).toContain('(1:26 "Hapsari")');
  });

  it('claims: lists check-worthy sentences as {"claims":[...]} with their figures, most check-worthy first', () => {
    // Written for this test. A BOM (removed) and an emoji (two UTF-16 units) first: offsets are string indices.
    const text = [
      '📰 Cuaca di pelabuhan cerah pagi itu.',
      'Menurut Kepala Dinas Perikanan Rudi Hartono, tangkapan naik 12,5 persen menjadi Rp 4,2 miliar pada Kamis (8/9/2016).',
      'Warga berharap hujan segera turun.',
      '"Itu panen terbesar sejak 2010," kata Rudi.',
    ].join(' ');
    const file = join(dir, 'claims.txt');
    writeFileSync(file, `\uFEFF${text}`);
    const r = run(['claims', file, '--lang', 'id', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { claims: { start: number; end: number; text: string; reason: string; figures: { kind: string; text: string; value: unknown; unit: unknown }[] }[] };
    expect(Object.keys(out)).toEqual(['claims']);
    for (const c of out.claims) {
      expect(Object.keys(c)).toEqual(['start', 'end', 'text', 'reason', 'figures']);
      expect(text.slice(c.start, c.end)).toBe(c.text);
      for (const f of c.figures) expect(Object.keys(f)).toEqual(['kind', 'text', 'value', 'unit']);
    }
    // The two sentences without anything to check are not claims; the one with figures comes first.
    expect(out.claims.map((c) => c.text.slice(0, 12))).toEqual(['Menurut Kepa', '"Itu panen t']);
    expect(out.claims[0]).toMatchObject({ start: text.indexOf('Menurut'), reason: 'quantity' });
    expect(out.claims[0]!.figures).toEqual([
      { kind: 'percent', text: '12,5 persen', value: 12.5, unit: '%' },
      { kind: 'money', text: 'Rp 4,2 miliar', value: 4.2e9, unit: 'IDR' },
      { kind: 'date', text: 'Kamis (8/9/2016)', value: '2016-09-08', unit: null },
    ]);
    expect(out.claims[1]!.figures).toEqual([{ kind: 'date', text: '2010', value: null, unit: null }]);

    // --lang auto (the default) reads English as English: "$1.3 billion", not Indonesian separators.
    writeFileSync(join(dir, 'claims-en.txt'), 'The ministry said exports rose to $1.3 billion. The weather was fine.');
    const en = JSON.parse(run(['claims', join(dir, 'claims-en.txt'), '--json']).stdout);
    expect(en.claims).toHaveLength(1);
    expect(en.claims[0].figures).toEqual([{ kind: 'money', text: '$1.3 billion', value: 1.3e9, unit: 'USD' }]);

    const human = run(['claims', file, '--lang', 'id']);
    expect(human.stdout).toMatch(/^1:39 {2}quantity {2}"Menurut Kepala Dinas/);
    expect(human.stdout).toContain('money Rp 4,2 miliar = 4200000000 IDR');
    writeFileSync(join(dir, 'claims-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    expect(JSON.parse(run(['claims', join(dir, 'claims-binary.txt'), '--json']).stdout)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_FORMAT' } });
    expect(run(['claims', file, '--lang', 'fr']).code).toBe(2);
    expect(run(['claims']).code).toBe(2);
  });

  it('sources: imports a file into the source library, lists it and searches its passages; refuses binary data', () => {
    const file = join(dir, 'rilis-bps.txt');
    writeFileSync(file, 'Rilis Badan Pusat Statistik\n\nInflasi tahunan tercatat 2,86 persen.\n\nHarga beras naik tipis.');
    const imported = JSON.parse(run(['sources', 'import', file, '--json']).stdout);
    expect(imported).toMatchObject({ ok: true, value: { title: 'Rilis Badan Pusat Statistik', fileName: 'rilis-bps.txt', format: 'txt', passages: 2 } });
    expect(run(['sources', 'list']).stdout).toContain('Rilis Badan Pusat Statistik');
    const found = JSON.parse(run(['sources', 'search', 'inflasi', '--json']).stdout);
    expect(found.value).toHaveLength(1);
    expect(found.value[0]).toMatchObject({ sourceId: imported.value.id, ordinal: 0, text: 'Inflasi tahunan tercatat 2,86 persen.' });
    expect(run(['sources', 'search', 'inflasi']).stdout).toContain('[Inflasi]');
    const binary = join(dir, 'sumber-biner.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9]));
    const refused = run(['sources', 'import', binary, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_FORMAT' } });
    expect(JSON.parse(run(['sources', 'list', '--json']).stdout).value).toHaveLength(1);
    expect(run(['sources', 'import']).code).toBe(2);
  });

  it('qa: aligns a translation with its source and prints {"findings":[...]} with offsets into each file', () => {
    // Written for this test. BOM (removed) and an emoji (two UTF-16 units) in front: offsets are string indices.
    const source = [
      '📰 Pemerintah menyiapkan pupuk bersubsidi senilai Rp 4,2 miliar untuk petani di Lampung.',
      'Ketua kelompok tani, Yusuf Maulana, menyambut rencana itu.',
      'Hujan deras mengguyur kawasan itu selama enam jam pada Senin (3/3/2025).',
    ].join(' ');
    const target = [
      '📰 The government is preparing subsidized manure worth Rp 4.2 million for farmers in Lampung.',
      "The head of the farmers' group welcomed the plan.",
    ].join(' ');
    writeFileSync(join(dir, 'qa-source.txt'), `\uFEFF${source}`);
    writeFileSync(join(dir, 'qa-target.txt'), `\uFEFF${target}`);
    writeFileSync(join(dir, 'qa-glossary.csv'), 'id,en,forbidden_en\npupuk bersubsidi,subsidised fertiliser,subsidized manure\n');
    const args = ['qa', join(dir, 'qa-source.txt'), join(dir, 'qa-target.txt'), '--glossary', join(dir, 'qa-glossary.csv')];
    const r = run([...args, '--from', 'id', '--to', 'en', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: { kind: string; rule: string; source: { start: number; end: number } | null; target: { start: number; end: number } | null; message: string }[] };
    expect(Object.keys(out)).toEqual(['findings']);
    for (const f of out.findings) expect(Object.keys(f)).toEqual(['kind', 'rule', 'source', 'target', 'message']);
    const at = (f: (typeof out.findings)[number]) => `${f.kind} ${f.rule} ${f.source ? source.slice(f.source.start, f.source.end) : '-'} | ${f.target ? target.slice(f.target.start, f.target.end) : '-'}`;
    expect(out.findings.map(at).sort()).toEqual([
      'glossary glossary-forbidden - | subsidized manure',
      'glossary glossary-term-missing pupuk bersubsidi | -',
      'translation magnitude-mismatch Rp 4,2 miliar | Rp 4.2 million',
      'translation name-missing Yusuf Maulana | -',
      'translation sentence-omitted Hujan deras mengguyur kawasan itu selama enam jam pada Senin (3/3/2025). | -',
    ]);
    // Languages detected when not given: the same findings.
    expect(JSON.parse(run([...args, '--json']).stdout)).toEqual(out);
    // Text output: where, in each file, by line and column.
    expect(run(args).stdout).toContain(`source 1:${source.indexOf('Rp 4,2') + 1}, target 1:${target.indexOf('Rp 4.2') + 1}  translation  magnitude-mismatch`);

    writeFileSync(join(dir, 'qa-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const refused = run(['qa', join(dir, 'qa-source.txt'), join(dir, 'qa-binary.txt'), '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_FORMAT' } });
    expect(run(['qa', join(dir, 'qa-source.txt')]).code).toBe(2);
    expect(run([...args, '--from', 'fr']).code).toBe(2);
  });

  it('articles status: the readiness gate refuses "ready" over an unchecked claim unless --note says why', () => {
    const created = JSON.parse(run(['articles', 'create', '--lang', 'id', '--title', 'Anggaran desa', '--text', '-', '--json'], 'Anggaran naik 12 persen.').stdout);
    const id = created.value.id as string;
    // A claim as the desk's Claims panel stores it (the CLI has no command to create one).
    const db = new Database(join(dir, 'redaksi.db'));
    db.prepare("INSERT INTO claims (id, article_id, quote, created_at, updated_at) VALUES ('6a0e4d3c-1b2a-4c5d-8e9f-0a1b2c3d4e5f', ?, 'Anggaran naik 12 persen.', '2026-11-28T00:00:00.000Z', '2026-11-28T00:00:00.000Z')").run(id);
    db.close();
    for (const status of ['editing', 'fact-check']) expect(run(['articles', 'status', id, status]).code).toBe(0);
    const refused = run(['articles', 'status', id, 'ready', '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error.code).toBe('CLAIMS_UNRESOLVED');
    expect(run(['articles', 'status', id]).stdout.trim()).toBe('fact-check');
    const moved = JSON.parse(run(['articles', 'status', id, 'ready', '--note', 'Dikonfirmasi bendahara desa', '--json']).stdout);
    expect(moved.value.status).toBe('ready');
    expect(moved.value.history[0]).toMatchObject({ from: 'fact-check', to: 'ready', note: 'Dikonfirmasi bendahara desa' });
  });

  it('honours REDAKSI_DATA_DIR when --data is absent', () => {
    const other = mkdtempSync(join(tmpdir(), 'redaksi-cli-env-'));
    try {
      execFileSync(process.execPath, [bin, 'articles', 'create', '--lang', 'en'], { env: { ...process.env, REDAKSI_DATA_DIR: other } });
      const list = execFileSync(process.execPath, [bin, 'articles', 'list', '--json'], { env: { ...process.env, REDAKSI_DATA_DIR: other }, encoding: 'utf8' });
      expect(JSON.parse(list).value).toHaveLength(1);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
