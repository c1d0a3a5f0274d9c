import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import type { MethodName } from '../../src-preload/contract/channels.ts';
import type { Claim } from '../../src-preload/contract/factcheck.ts';
import type { ArticleStatusInfo } from '../../src-preload/contract/domain.ts';
import { buildTestPng } from './buildTestPng.ts';
import { maxEvidenceFileBytes } from './claimsService.ts';

let dir: string;
let backend: Backend;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-claims-'));
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } });
});

afterEach(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Calls a bridge method that must succeed and returns its value. */
async function call<T>(method: MethodName, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Calls a bridge method that must fail and returns its error. */
async function refused(method: MethodName, input: unknown): Promise<{ code: string; message: string }> {
  const result = await backend.dispatch(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

const count = (table: string) => backend.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

async function newArticle(title = 'Ekspor kopi'): Promise<string> {
  return (await call<{ id: string }>('createArticle', { lang: 'id', title })).id;
}

const text = (t: string, claimIds: string[] = []) =>
  claimIds.length === 0 ? { type: 'text', text: t } : { type: 'text', text: t, marks: claimIds.map((claimId) => ({ type: 'claim', attrs: { claimId } })) };
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

/** Saves a body made of these paragraphs over whatever version is stored. */
async function saveBody(articleId: string, ...paragraphs: unknown[]): Promise<void> {
  const { version, title } = await call<{ version: number; title: string }>('getArticle', { id: articleId });
  await call('saveArticle', { id: articleId, title, doc: { type: 'doc', content: paragraphs }, baseVersion: version });
}

async function moveTo(articleId: string, ...statuses: string[]): Promise<void> {
  for (const status of statuses) await call('setArticleStatus', { id: articleId, status });
}

const ghost = '5d0c7c2e-8f41-4b7a-9e0d-1a2b3c4d5e6f';

describe('claims', () => {
  it('creates a claim by the settings user, with its reasons and figures, listed (orphaned until the text is marked)', async () => {
    await call('updateSettings', { userName: 'Dewi Lestari' });
    const articleId = await newArticle();
    const claim = await call<Claim>('createClaim', {
      articleId,
      text: 'Ekspor kopi naik 12,5 persen menjadi US$ 1,2 miliar.',
      reasons: ['quantity', 'quantity', 'named'],
      figures: [
        { kind: 'percent', text: '12,5 persen', value: 12.5, unit: '%' },
        { kind: 'money', text: 'US$ 1,2 miliar', value: 1_200_000_000, unit: 'USD' },
      ],
    });
    expect(claim).toMatchObject({
      articleId,
      text: 'Ekspor kopi naik 12,5 persen menjadi US$ 1,2 miliar.',
      status: 'unchecked',
      verdictNote: '',
      reasons: ['quantity', 'named'],
      figures: [{ kind: 'percent', value: 12.5 }, { kind: 'money', unit: 'USD' }],
      createdBy: 'Dewi Lestari',
      updatedBy: 'Dewi Lestari',
      evidence: [],
      history: [{ action: 'created', detail: '', by: 'Dewi Lestari' }],
      orphaned: true,
    });
    expect(claim.createdAt).toBe(claim.updatedAt);

    await saveBody(articleId, paragraph(text('Menurut BPS, '), text('ekspor kopi naik 12,5 persen', [claim.id]), text('.')));
    expect(await call<Claim[]>('listClaims', { articleId })).toEqual([{ ...claim, orphaned: false }]);
  });

  it('unknown articles, claims and evidence are NOT_FOUND and write nothing', async () => {
    const articleId = await newArticle();
    const claim = await call<Claim>('createClaim', { articleId, text: 'Ekspor naik.' });
    const before = [count('claims'), count('claim_evidence'), count('claim_events')];
    expect(await refused('createClaim', { articleId: ghost, text: 'Ekspor naik.' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('listClaims', { articleId: ghost })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('updateClaim', { claimId: ghost, status: 'verified' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('deleteClaim', { claimId: ghost })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('addEvidence', { claimId: ghost, evidence: { title: 'Rilis BPS' } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('addEvidence', { claimId: claim.id, evidence: { title: 'Rilis BPS', sourceId: ghost } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('removeEvidence', { claimId: claim.id, evidenceId: ghost })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused('getEvidenceFile', { evidenceId: ghost })).toMatchObject({ code: 'NOT_FOUND' });
    expect([count('claims'), count('claim_evidence'), count('claim_events')]).toEqual(before);
  });

  it('records each real change of status or verdict note in the history, newest first, and nothing for a no-op', async () => {
    await call('updateSettings', { userName: 'Agus' });
    const articleId = await newArticle();
    const created = await call<Claim>('createClaim', { articleId, text: 'Produksi padi 54 juta ton.' });
    await call('updateSettings', { userName: 'Siti' });
    const inProgress = await call<Claim>('updateClaim', { claimId: created.id, status: 'in-progress' });
    expect(inProgress).toMatchObject({ status: 'in-progress', createdBy: 'Agus', updatedBy: 'Siti' });
    const done = await call<Claim>('updateClaim', { claimId: created.id, status: 'misleading', verdictNote: 'Angka 2019, bukan 2026.' });
    expect(done).toMatchObject({ status: 'misleading', verdictNote: 'Angka 2019, bukan 2026.' });
    expect(done.history.map((e) => [e.action, e.detail, e.by])).toEqual([
      ['note', '', 'Siti'],
      ['status', 'misleading', 'Siti'],
      ['status', 'in-progress', 'Siti'],
      ['created', '', 'Agus'],
    ]);
    // The same values again: nothing recorded, nothing touched.
    await call('updateSettings', { userName: 'Budi' });
    expect(await call<Claim>('updateClaim', { claimId: created.id, status: 'misleading', verdictNote: 'Angka 2019, bukan 2026.' })).toEqual(done);
    const noteOnly = await call<Claim>('updateClaim', { claimId: created.id, verdictNote: '' });
    expect(noteOnly).toMatchObject({ status: 'misleading', verdictNote: '', updatedBy: 'Budi' });
    expect(noteOnly.history.map((e) => e.action)).toEqual(['note', 'note', 'status', 'status', 'created']);
  });

  it('keeps a local evidence file and gives back exactly its bytes, typed from its content', async () => {
    const articleId = await newArticle();
    const claim = await call<Claim>('createClaim', { articleId, text: 'Inflasi 2,1 persen.' });
    // A PDF header followed by every byte value: the round trip must be byte-exact, not text.
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from('\n%%EOF\n')]);
    const withPdf = await call<Claim>('addEvidence', {
      claimId: claim.id,
      evidence: { title: 'Berita Resmi Statistik', url: 'https://example.org/brs', publisher: 'BPS', publishedOn: '2026-11-02', excerpt: 'inflasi 2,1 persen', file: { name: 'brs-inflasi.pdf', dataBase64: pdf.toString('base64') } },
    });
    expect(withPdf.evidence).toEqual([
      expect.objectContaining({
        title: 'Berita Resmi Statistik',
        url: 'https://example.org/brs',
        publisher: 'BPS',
        publishedOn: '2026-11-02',
        excerpt: 'inflasi 2,1 persen',
        file: { name: 'brs-inflasi.pdf', mediaType: 'application/pdf', byteSize: pdf.byteLength },
        sourceId: null,
      }),
    ]);
    const file = await call<{ fileName: string; mediaType: string; dataBase64: string }>('getEvidenceFile', { evidenceId: withPdf.evidence[0]!.id });
    expect(file.fileName).toBe('brs-inflasi.pdf');
    expect(file.mediaType).toBe('application/pdf');
    expect(Buffer.from(file.dataBase64, 'base64').equals(pdf)).toBe(true);

    // A web page saved under a .pdf name is not called a PDF; a picture is typed by its bytes.
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    await call('addEvidence', { claimId: claim.id, evidence: { title: 'Halaman', file: { name: 'bukan.pdf', dataBase64: html.toString('base64') } } });
    const png = buildTestPng(3, 2);
    await call('addEvidence', { claimId: claim.id, evidence: { title: 'Tangkapan layar', file: { name: 'layar.bin', dataBase64: png.toString('base64') } } });
    await call('addEvidence', { claimId: claim.id, evidence: { title: 'Catatan', file: { name: 'catatan.txt', dataBase64: Buffer.from('Wawancara, 3 November.\n').toString('base64') } } });
    const listed = (await call<Claim[]>('listClaims', { articleId }))[0]!;
    // Oldest first.
    expect(listed.evidence.map((e) => [e.title, e.file?.mediaType])).toEqual([
      ['Berita Resmi Statistik', 'application/pdf'],
      ['Halaman', 'application/octet-stream'],
      ['Tangkapan layar', 'image/png'],
      ['Catatan', 'text/plain'],
    ]);
    const pngBack = await call<{ dataBase64: string }>('getEvidenceFile', { evidenceId: listed.evidence[2]!.id });
    expect(Buffer.from(pngBack.dataBase64, 'base64').equals(png)).toBe(true);
    expect(listed.history.slice(0, 4).map((e) => [e.action, e.detail])).toEqual([
      ['evidence-added', 'Catatan'],
      ['evidence-added', 'Tangkapan layar'],
      ['evidence-added', 'Halaman'],
      ['evidence-added', 'Berita Resmi Statistik'],
    ]);

    const removed = await call<Claim>('removeEvidence', { claimId: claim.id, evidenceId: listed.evidence[0]!.id });
    expect(removed.evidence.map((e) => e.title)).toEqual(['Halaman', 'Tangkapan layar', 'Catatan']);
    expect(removed.history[0]).toMatchObject({ action: 'evidence-removed', detail: 'Berita Resmi Statistik' });
    expect(await refused('getEvidenceFile', { evidenceId: listed.evidence[0]!.id })).toMatchObject({ code: 'NOT_FOUND' });
    // Evidence of another claim cannot be removed through this one.
    const other = await call<Claim>('createClaim', { articleId, text: 'Lain.' });
    expect(await refused('removeEvidence', { claimId: other.id, evidenceId: listed.evidence[1]!.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await call<Claim[]>('listClaims', { articleId })).find((c) => c.id === claim.id)!.evidence).toHaveLength(3);
  });

  it('evidence without a file has no file to give back', async () => {
    const articleId = await newArticle();
    const claim = await call<Claim>('createClaim', { articleId, text: 'Inflasi 2,1 persen.' });
    const withLink = await call<Claim>('addEvidence', { claimId: claim.id, evidence: { title: 'Rilis', url: 'http://example.org/rilis' } });
    expect(withLink.evidence[0]).toMatchObject({ file: null, publisher: '', publishedOn: null, excerpt: '' });
    expect(await refused('getEvidenceFile', { evidenceId: withLink.evidence[0]!.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses addresses that are not http(s), in the contract and again in the service, storing nothing', async () => {
    const articleId = await newArticle();
    const claim = await call<Claim>('createClaim', { articleId, text: 'Inflasi 2,1 persen.' });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'ftp://example.org/x']) {
      expect(await refused('addEvidence', { claimId: claim.id, evidence: { title: 'Rilis', url } })).toMatchObject({ code: 'INVALID_INPUT' });
      expect(() => backend.services.claims.addEvidence({ claimId: claim.id, evidence: { title: 'Rilis', url } })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
    expect(count('claim_evidence')).toBe(0);
    expect(count('claim_events')).toBe(1);
  });

  it('refuses a file one byte over 20 MB with FILE_TOO_LARGE and stores nothing; exactly 20 MB is kept', async () => {
    const articleId = await newArticle();
    const claim = await call<Claim>('createClaim', { articleId, text: 'Inflasi 2,1 persen.' });
    const tooBig = Buffer.alloc(maxEvidenceFileBytes + 1, 0x41);
    const error = await refused('addEvidence', { claimId: claim.id, evidence: { title: 'Arsip', file: { name: 'arsip.txt', dataBase64: tooBig.toString('base64') } } });
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect([count('claim_evidence'), count('claim_events')]).toEqual([0, 1]);
    expect((await call<Claim[]>('listClaims', { articleId }))[0]).toMatchObject({ evidence: [], updatedAt: claim.updatedAt });

    const justFits = await call<Claim>('addEvidence', {
      claimId: claim.id,
      evidence: { title: 'Arsip', file: { name: 'arsip.txt', dataBase64: tooBig.subarray(1).toString('base64') } },
    });
    expect(justFits.evidence[0]!.file).toEqual({ name: 'arsip.txt', mediaType: 'text/plain', byteSize: maxEvidenceFileBytes });
  });

  it('lists claims in the order their marks appear in the stored text, orphans (mark deleted) last and still complete', async () => {
    const articleId = await newArticle();
    const make = async (t: string) => call<Claim>('createClaim', { articleId, text: t });
    const [first, second, third, never] = [await make('Satu'), await make('Dua'), await make('Tiga'), await make('Empat')];
    // Text order: third, then first (overlapping second, which starts later), then second.
    await saveBody(
      articleId,
      paragraph(text('Tiga', [third.id]), text(' lalu ')),
      paragraph(text('Satu ', [first.id]), text('dan', [first.id, second.id]), text(' Dua', [second.id])),
    );
    const listed = await call<Claim[]>('listClaims', { articleId });
    expect(listed.map((c) => [c.text, c.orphaned])).toEqual([
      ['Tiga', false],
      ['Satu', false],
      ['Dua', false],
      ['Empat', true],
    ]);
    expect(listed[3]!.id).toBe(never.id);

    // The sentence carrying "Satu" is deleted; its claim keeps its verdict and evidence, listed as orphaned.
    await call('updateClaim', { claimId: first.id, status: 'false', verdictNote: 'Tidak ada data.' });
    await call('addEvidence', { claimId: first.id, evidence: { title: 'Wawancara' } });
    await saveBody(articleId, paragraph(text('Tiga', [third.id]), text(' lalu ')), paragraph(text('Dua', [second.id])));
    const after = await call<Claim[]>('listClaims', { articleId });
    expect(after.map((c) => [c.text, c.orphaned])).toEqual([
      ['Tiga', false],
      ['Dua', false],
      ['Satu', true],
      ['Empat', true],
    ]);
    expect(after[2]).toMatchObject({ status: 'false', verdictNote: 'Tidak ada data.', evidence: [{ title: 'Wawancara' }] });
    // get (for the exports) agrees.
    expect(backend.services.claims.get(first.id)).toEqual(after[2]);
    expect(backend.services.claims.get(second.id).orphaned).toBe(false);
  });

  it('deleting a claim removes its evidence and history too', async () => {
    const articleId = await newArticle();
    const claim = await call<Claim>('createClaim', { articleId, text: 'Satu' });
    const keep = await call<Claim>('createClaim', { articleId, text: 'Dua' });
    await call('addEvidence', { claimId: claim.id, evidence: { title: 'Berkas', file: { name: 'a.txt', dataBase64: 'QQ==' } } });
    expect(await call('deleteClaim', { claimId: claim.id })).toEqual({ deleted: true });
    expect((await call<Claim[]>('listClaims', { articleId })).map((c) => c.id)).toEqual([keep.id]);
    expect([count('claims'), count('claim_evidence'), count('claim_events')]).toEqual([1, 0, 1]);
    expect(await refused('deleteClaim', { claimId: claim.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an article in the trash still lists its claims; emptying the trash removes them with evidence and history', async () => {
    const articleId = await newArticle();
    const kept = await newArticle('Tetap');
    const claim = await call<Claim>('createClaim', { articleId, text: 'Satu' });
    await call<Claim>('createClaim', { articleId: kept, text: 'Dua' });
    await call('addEvidence', { claimId: claim.id, evidence: { title: 'Berkas', file: { name: 'a.txt', dataBase64: 'QQ==' } } });
    await call('deleteArticle', { id: articleId });
    expect((await call<Claim[]>('listClaims', { articleId })).map((c) => c.id)).toEqual([claim.id]);
    expect(await call('emptyTrash', {})).toEqual({ deleted: 1 });
    expect(await refused('listClaims', { articleId })).toMatchObject({ code: 'NOT_FOUND' });
    expect([count('claims'), count('claim_evidence'), count('claim_events')]).toEqual([1, 0, 1]);
    expect(backend.db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('the readiness gate', () => {
  /** An article at fact-check with a claim in each of these statuses. */
  async function articleWithClaims(...statuses: string[]): Promise<{ articleId: string; claims: Claim[] }> {
    const articleId = await newArticle();
    const claims: Claim[] = [];
    for (const [i, status] of statuses.entries()) {
      const claim = await call<Claim>('createClaim', { articleId, text: `Klaim ${i + 1}` });
      claims.push(status === 'unchecked' ? claim : await call<Claim>('updateClaim', { claimId: claim.id, status }));
    }
    await saveBody(articleId, paragraph(...claims.map((c) => text(c.text, [c.id]))));
    await moveTo(articleId, 'editing', 'fact-check');
    return { articleId, claims };
  }

  it('refuses "ready" with unresolved claims (CLAIMS_UNRESOLVED), changing nothing', async () => {
    const { articleId } = await articleWithClaims('unchecked', 'false', 'in-progress', 'verified');
    const statusBefore = await call<ArticleStatusInfo>('getArticleStatus', { id: articleId });
    const revisionsBefore = count('revisions');
    const error = await refused('setArticleStatus', { id: articleId, status: 'ready' });
    expect(error.code).toBe('CLAIMS_UNRESOLVED');
    expect(await call('getArticleStatus', { id: articleId })).toEqual(statusBefore);
    expect(count('revisions')).toBe(revisionsBefore);
    // Other moves are not gated.
    const sentBack = await call<ArticleStatusInfo>('setArticleStatus', { id: articleId, status: 'editing' });
    expect(sentBack.status).toBe('editing');
    expect(sentBack.history[0]).toMatchObject({ to: 'editing', note: '' });
  });

  it('lets an override with a note through and records the note in the status history', async () => {
    await call('updateSettings', { userName: 'Rina' });
    const { articleId } = await articleWithClaims('false', 'verified');
    const info = await call<ArticleStatusInfo>('setArticleStatus', { id: articleId, status: 'ready', override: { note: '  Klaim 1 dikoreksi di paragraf berikutnya.  ' } });
    expect(info.status).toBe('ready');
    expect(info.history[0]).toMatchObject({ from: 'fact-check', to: 'ready', by: 'Rina', note: 'Klaim 1 dikoreksi di paragraf berikutnya.' });
    expect(info.history.slice(1).map((h) => h.note)).toEqual(['', '']);
  });

  it('lets the article through when every claim is verified, misleading or unverifiable (a note given is not recorded)', async () => {
    const { articleId } = await articleWithClaims('verified', 'misleading', 'unverifiable');
    const info = await call<ArticleStatusInfo>('setArticleStatus', { id: articleId, status: 'ready', override: { note: 'Tidak perlu.' } });
    expect(info.status).toBe('ready');
    expect(info.history[0]).toMatchObject({ to: 'ready', note: '' });
  });

  it('counts orphaned claims: deleting the sentence of a false claim does not open the gate', async () => {
    const { articleId, claims } = await articleWithClaims('false', 'verified');
    await saveBody(articleId, paragraph(text('Kalimat lain.'), text(claims[1]!.text, [claims[1]!.id])));
    expect((await call<Claim[]>('listClaims', { articleId })).map((c) => [c.status, c.orphaned])).toEqual([
      ['verified', false],
      ['false', true],
    ]);
    expect(await refused('setArticleStatus', { id: articleId, status: 'ready' })).toMatchObject({ code: 'CLAIMS_UNRESOLVED' });
    // Resolving it opens the gate; deleting the claim would too.
    await call('updateClaim', { claimId: claims[0]!.id, status: 'unverifiable' });
    expect(await call<ArticleStatusInfo>('setArticleStatus', { id: articleId, status: 'ready' })).toMatchObject({ status: 'ready' });
  });

  it('checks nothing when switched off in Settings, and again when switched back on', async () => {
    const { articleId } = await articleWithClaims('unchecked');
    expect(await call('updateSettings', { claimsGate: false })).toMatchObject({ claimsGate: false });
    const info = await call<ArticleStatusInfo>('setArticleStatus', { id: articleId, status: 'ready' });
    expect(info.status).toBe('ready');
    expect(info.history[0]).toMatchObject({ to: 'ready', note: '' });
    await moveTo(articleId, 'fact-check');
    await call('updateSettings', { claimsGate: true });
    expect(await refused('setArticleStatus', { id: articleId, status: 'ready' })).toMatchObject({ code: 'CLAIMS_UNRESOLVED' });
  });

  it('does not gate an article without claims', async () => {
    const articleId = await newArticle();
    await moveTo(articleId, 'editing', 'fact-check');
    expect(await call<ArticleStatusInfo>('setArticleStatus', { id: articleId, status: 'ready' })).toMatchObject({ status: 'ready' });
  });
});
