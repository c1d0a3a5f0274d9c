import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import type { MethodName } from '../../src-preload/contract/channels.ts';
import type { Article, Revision } from '../../src-preload/contract/domain.ts';
import type { Claim } from '../../src-preload/contract/factcheck.ts';
import type { GlossaryHit, Job, Segment, SegmentUpdateResult, TmMatch, TranslationFinding, TranslationSummary, TranslationView } from '../../src-preload/contract/translation.ts';
import { ArticlesRepo } from '../db/repos/articlesRepo.ts';
import { TranslationsRepo } from '../db/repos/translationsRepo.ts';
import type { SegmentPair } from '../translation/qa/checkSegmentPair.ts';
import type { JobContext } from './jobsService.ts';
import type { TmUnitInput } from './translationMemoryService.ts';
import { TranslationsService, type XliffDocument } from './translationsService.ts';

// The memory, glossary, QA, jobs and XLIFF modules belong to other parts of the desk; these fakes
// stand in for them so this file tests what the translations service itself does with them.

let dir: string;
let backend: Backend;
let stored: TmUnitInput[];
let tmMatches: Map<string, TmMatch>;
/** Runs while the fake memory "looks up" (the translator typing meanwhile). */
let duringLookup: () => Promise<void> | void;
/** The contexts the last batch lookup was given, by source. */
let lookedUpContexts: Map<string, string>;
/** How each started job ended: its result or its error. */
let jobRuns: Promise<{ value?: Record<string, number>; error?: unknown }>[];
let jobSignal: AbortController;
let checked: SegmentPair[];

const glossaryHit = (text: string): GlossaryHit[] => {
  const at = text.toLowerCase().indexOf('kopi');
  return at < 0 ? [] : [{ start: at, end: at + 4, termId: 't-kopi', term: 'kopi', translation: 'coffee', note: '' }];
};

function tmMatch(source: string, target: string, score: number): TmMatch {
  return { unitId: 1, memoryId: randomUUID(), memoryName: 'Desk', source, target, score, diff: [], author: 'memori', updatedAt: new Date().toISOString(), originArticleId: null, context: '' };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-translations-'));
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } });
  stored = [];
  tmMatches = new Map();
  duringLookup = () => {};
  lookedUpContexts = new Map();
  jobRuns = [];
  jobSignal = new AbortController();
  checked = [];
  const { services, db } = backend;
  services.translations = new TranslationsService({
    repo: new TranslationsRepo(db),
    articlesRepo: new ArticlesRepo(db),
    articles: services.articles,
    articleMeta: services.articleMeta,
    claims: services.claims,
    revisions: services.revisions,
    tm: {
      store: (unit) => void stored.push(unit),
      lookupMany: async (sources, _from, _to, _min, _progress, _signal, contexts) => {
        sources.forEach((s, i) => lookedUpContexts.set(s, contexts?.[i] ?? ''));
        await duringLookup();
        return sources.map((s) => tmMatches.get(s) ?? null);
      },
    },
    glossary: { all: () => [], match: (text) => glossaryHit(text) },
    jobs: {
      start(kind, run): Job {
        const context: JobContext = { progress: () => {}, signal: jobSignal.signal };
        jobRuns.push(run(context).then((value) => ({ value }), (error: unknown) => ({ error })));
        return { id: randomUUID(), kind, state: 'running', done: 0, total: 0, startedAt: new Date().toISOString(), error: null, result: null };
      },
    },
    checkPair: (pair) => {
      checked.push(pair);
      const at = pair.target.indexOf('million');
      return at < 0 ? [] : [{ kind: 'translation', rule: 'magnitude-mismatch', source: null, target: { start: at, end: at + 7 }, message: 'miliar is billion', params: {} }];
    },
    xliff: {
      write: (doc, version) => JSON.stringify({ version, doc }),
      read: (bytes) => (JSON.parse(Buffer.from(bytes).toString('utf8')) as { doc: XliffDocument }).doc,
    },
    author: () => services.settings.get().userName,
  });
});

afterEach(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(method: MethodName, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function refused(method: MethodName, input: unknown): Promise<{ code: string; message: string }> {
  const result = await backend.dispatch(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

type Json = Record<string, unknown>;
const t = (text: string, ...marks: Json[]): Json => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: Json[]): Json => ({ type: 'paragraph', content });
const bold = { type: 'bold' };
const link = { type: 'link', attrs: { href: 'https://contoh.id/laporan' } };
const claimMark = (claimId: string) => ({ type: 'claim', attrs: { claimId } });

/** The source body: a heading, marks, a quote, a list with a repeated sentence, a rule and a claim. */
function sourceBody(claimId: string, options: { rate?: string; dropLast?: boolean; extra?: string } = {}): Json {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [t('Panen raya')] },
      ...(options.extra ? [p(t(options.extra))] : []),
      p(
        t(`Harga kopi arabika Gayo naik ${options.rate ?? '20'} persen bulan ini. Koperasi `),
        t('Ketiara', bold),
        t(' mencatat ekspor 1.250 ton.'),
        ...(options.dropLast ? [] : [t(' '), t('Laporan lengkap tersedia daring.', link)]),
      ),
      { type: 'blockquote', content: [p(t('"Kami belum pernah melihat harga setinggi ini," kata Rahmah.'))] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Ekspor ke Jepang bertambah.'))] }, { type: 'listItem', content: [p(t('Harga naik.'))] }] },
      p(t('Harga naik. Petani senang.')),
      { type: 'horizontalRule' },
      p(t('Produksi tahun ini mencapai 65.000 ton.', claimMark(claimId))),
    ],
  };
}

async function saveSource(id: string, doc: Json): Promise<void> {
  const a = await call<Article>('getArticle', { id });
  await call('saveArticle', { id, title: a.title, doc, baseVersion: a.version });
}

/** An Indonesian source article with a tracked, verified claim and its evidence. */
async function newSource(): Promise<{ id: string; claimId: string }> {
  await call('updateSettings', { userName: 'Dewi' });
  const id = (await call<Article>('createArticle', { lang: 'id', title: 'Harga kopi Gayo naik tajam' })).id;
  await call('updateArticleMeta', { id, standfirst: 'Petani di Aceh Tengah menikmati panen baik.', byline: 'Teuku Rizal', outlet: 'Warta Dataran Tinggi', tags: ['kopi'] });
  const claim = await call<Claim>('createClaim', { articleId: id, text: 'Produksi tahun ini mencapai 65.000 ton.' });
  await call('updateClaim', { claimId: claim.id, status: 'verified', verdictNote: 'Sesuai data dinas.' });
  await call('addEvidence', { claimId: claim.id, evidence: { title: 'Data produksi dinas', url: 'https://contoh.id/data' } });
  await saveSource(id, sourceBody(claim.id));
  return { id, claimId: claim.id };
}

async function translate(sourceArticleId: string): Promise<TranslationSummary> {
  return call<TranslationSummary>('createTranslation', { sourceArticleId, targetLang: 'en' });
}

const view = (articleId: string) => call<TranslationView>('getTranslation', { articleId });
const seg = (v: TranslationView, id: string): Segment => {
  const s = v.segments.find((x) => x.id === id);
  if (!s) throw new Error(`no segment ${id} in ${v.segments.map((x) => x.id).join(' ')}`);
  return s;
};
const put = (articleId: string, segmentId: string, target: string, status = 'translated') =>
  call<SegmentUpdateResult>('updateSegment', { articleId, segmentId, target, status });

describe('creating a translation', () => {
  it('makes an English article linked to the source, with one segment per sentence and the source marks', async () => {
    const { id } = await newSource();
    const summary = await translate(id);
    expect(summary).toMatchObject({ source: { articleId: id, lang: 'id' }, target: { lang: 'en', title: 'Harga kopi Gayo naik tajam' }, total: 12, sourceChanged: 0 });
    expect(summary.counts).toEqual({ new: 12, draft: 0, translated: 0, reviewed: 0, approved: 0 });

    const target = await call<Article>('getArticle', { id: summary.target.articleId });
    expect(target).toMatchObject({ lang: 'en', byline: 'Teuku Rizal', outlet: 'Warta Dataran Tinggi', tags: ['kopi'], standfirst: '' });

    const v = await view(summary.target.articleId);
    expect(v.segments.map((s) => [s.id, s.blockType, s.source])).toEqual([
      ['b0.0', 'headline', 'Harga kopi Gayo naik tajam'],
      ['b1.0', 'standfirst', 'Petani di Aceh Tengah menikmati panen baik.'],
      ['b2.0', 'heading', 'Panen raya'],
      ['b3.0', 'paragraph', 'Harga kopi arabika Gayo naik 20 persen bulan ini.'],
      ['b3.1', 'paragraph', 'Koperasi Ketiara mencatat ekspor 1.250 ton.'],
      ['b3.2', 'paragraph', 'Laporan lengkap tersedia daring.'],
      ['b4.0', 'blockquote', '"Kami belum pernah melihat harga setinggi ini," kata Rahmah.'],
      ['b5.0', 'bulletList', 'Ekspor ke Jepang bertambah.'],
      ['b6.0', 'bulletList', 'Harga naik.'],
      ['b7.0', 'paragraph', 'Harga naik.'],
      ['b7.1', 'paragraph', 'Petani senang.'],
      ['b8.0', 'paragraph', 'Produksi tahun ini mencapai 65.000 ton.'],
    ]);
    expect(v.segments.every((s) => s.status === 'new' && s.target === '' && s.origin === null)).toBe(true);
    expect(seg(v, 'b3.1').sourceMarks).toEqual([{ type: 'bold', from: 9, to: 16 }]);
    expect(seg(v, 'b3.2').sourceMarks).toEqual([expect.objectContaining({ type: 'link', from: 0, to: 32, attrs: expect.objectContaining({ href: 'https://contoh.id/laporan' }) })]);
    expect(seg(v, 'b0.0').glossary).toEqual([expect.objectContaining({ term: 'kopi', translation: 'coffee', start: 6, end: 10 })]);
  });

  it('carries the claims over with status, verdict, evidence and history, and shows them on their segment', async () => {
    const { id, claimId } = await newSource();
    const summary = await translate(id);
    const [copy, ...more] = await call<Claim[]>('listClaims', { articleId: summary.target.articleId });
    expect(more).toEqual([]);
    expect(copy!.id).not.toBe(claimId);
    expect(copy).toMatchObject({ status: 'verified', verdictNote: 'Sesuai data dinas.', evidence: [{ title: 'Data produksi dinas', url: 'https://contoh.id/data' }] });
    expect(copy!.history[0]).toMatchObject({ action: 'created', detail: 'translation', by: 'Dewi' });
    expect(copy!.history.map((h) => h.action)).toContain('status');
    // The source's claim is untouched.
    expect((await call<Claim[]>('listClaims', { articleId: id }))[0]).toMatchObject({ id: claimId, status: 'verified', evidence: [{ title: 'Data produksi dinas' }] });
    const v = await view(summary.target.articleId);
    expect(seg(v, 'b8.0').claims).toEqual([{ start: 0, end: 39, claimId: copy!.id, status: 'verified' }]);
    expect(seg(v, 'b8.0').sourceMarks).toEqual([]);
  });

  it('refuses a translation into the language of the source, and a missing source', async () => {
    const { id } = await newSource();
    expect((await refused('createTranslation', { sourceArticleId: id, targetLang: 'id' })).code).toBe('CONFLICT');
    expect((await refused('createTranslation', { sourceArticleId: randomUUID(), targetLang: 'en' })).code).toBe('NOT_FOUND');
    expect((await refused('getTranslation', { articleId: id })).code).toBe('NOT_FOUND');
    // Nothing was created by the refusals.
    expect(await call<unknown[]>('listArticles', {})).toHaveLength(1);
  });

  it('lists the translation from both sides', async () => {
    const { id } = await newSource();
    const summary = await translate(id);
    expect(await call<TranslationSummary[]>('listTranslations', { articleId: id })).toEqual([summary]);
    expect((await call<TranslationSummary[]>('listTranslations', { articleId: summary.target.articleId }))[0]!.target.articleId).toBe(summary.target.articleId);
    expect((await refused('listTranslations', { articleId: randomUUID() })).code).toBe('NOT_FOUND');
  });
});

describe('saving segments', () => {
  it('assembles the target article with the source structure, marks where they align and the claim mark', async () => {
    const { id } = await newSource();
    const target = (await translate(id)).target.articleId;
    const [copy] = await call<Claim[]>('listClaims', { articleId: target });
    await put(target, 'b0.0', 'Gayo coffee prices climb sharply');
    await put(target, 'b1.0', 'Farmers in Central Aceh enjoy a good harvest.');
    await put(target, 'b2.0', 'Bumper harvest');
    await put(target, 'b3.1', 'The Ketiara cooperative recorded exports of 1,250 tonnes.');
    await put(target, 'b3.2', 'The full report is online.');
    await put(target, 'b4.0', '"We have never seen prices this high," Rahmah said.', 'draft');
    await put(target, 'b6.0', 'Prices rose.');
    const last = await put(target, 'b8.0', 'Output this year reached 65,000 tonnes.');

    const article = await call<Article>('getArticle', { id: target });
    expect(article.version).toBe(last.version);
    expect(article.title).toBe('Gayo coffee prices climb sharply');
    expect(article.standfirst).toBe('Farmers in Central Aceh enjoy a good harvest.');
    const doc = article.doc as { content: Json[] };
    expect(doc.content.map((n) => n.type)).toEqual(['heading', 'paragraph', 'blockquote', 'bulletList', 'paragraph', 'horizontalRule', 'paragraph']);
    expect(doc.content[0]).toEqual({ type: 'heading', attrs: expect.objectContaining({ level: 2 }), content: [t('Bumper harvest')] });
    // b3.0 is not translated: the paragraph holds the other two sentences, bold and link where they align.
    expect(doc.content[1]!.content).toEqual([
      t('The '),
      t('Ketiara', bold),
      t(' cooperative recorded exports of 1,250 tonnes. '),
      t('The full report is online.', { type: 'link', attrs: expect.objectContaining({ href: 'https://contoh.id/laporan' }) }),
    ]);
    expect(doc.content[2]).toEqual({ type: 'blockquote', content: [p(t('"We have never seen prices this high," Rahmah said.'))] });
    // The first item has no target yet: the list keeps only the translated one.
    expect(doc.content[3]).toEqual({ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Prices rose.'))] }] });
    // "Harga naik." was propagated into the paragraph; "Petani senang." is still empty.
    expect(doc.content[4]).toEqual(p(t('Prices rose.')));
    expect(doc.content[6]).toEqual(p(t('Output this year reached 65,000 tonnes.', { type: 'claim', attrs: { claimId: copy!.id } })));
    // Still listed, no longer orphaned: the target text carries the copy's mark.
    expect((await call<Claim[]>('listClaims', { articleId: target }))[0]).toMatchObject({ id: copy!.id, orphaned: false });
    // The target is a normal article: search finds its text.
    const hits = await call<{ summary: { id: string } }[]>('searchArticles', { query: 'cooperative' });
    expect(hits.map((h) => h.summary.id)).toContain(target);
  });

  it('fills exact repeats that are still empty and stores confirmed pairs with their context', async () => {
    const { id } = await newSource();
    const target = (await translate(id)).target.articleId;
    await put(target, 'b7.0', 'Already done.', 'draft');
    const draft = await put(target, 'b6.0', 'Prices went up.', 'draft');
    expect(draft.propagated).toEqual([]);
    expect(stored).toEqual([]);
    // b7.0 already has a target of its own: a repeat is filled only while empty.
    await put(target, 'b7.0', '', 'new');
    const result = await put(target, 'b6.0', 'Prices rose.');
    expect(result.segment).toMatchObject({ id: 'b6.0', target: 'Prices rose.', status: 'translated', origin: 'human', updatedBy: 'Dewi' });
    expect(result.propagated).toEqual([expect.objectContaining({ id: 'b7.0', target: 'Prices rose.', status: 'translated', origin: 'propagated', matchScore: 100 })]);
    expect(stored).toEqual([
      { source: 'Harga naik.', target: 'Prices rose.', sourceLang: 'id', targetLang: 'en', author: 'Dewi', originArticleId: target, context: 'Ekspor ke Jepang bertambah.\nHarga naik.' },
    ]);
    const v = await view(target);
    expect(v.counts).toMatchObject({ new: 10, translated: 2 });
  });

  it('is NOT_FOUND for an unknown segment and changes nothing', async () => {
    const { id } = await newSource();
    const target = (await translate(id)).target.articleId;
    expect((await refused('updateSegment', { articleId: target, segmentId: 'b99.0', target: 'x', status: 'translated' })).code).toBe('NOT_FOUND');
    expect((await refused('updateSegment', { articleId: randomUUID(), segmentId: 'b0.0', target: 'x', status: 'translated' })).code).toBe('NOT_FOUND');
  });

  it('keeps a version of a target edited in the editor before the next segment writes over it', async () => {
    const { id } = await newSource();
    const target = (await translate(id)).target.articleId;
    await put(target, 'b2.0', 'Bumper harvest');
    const before = (await call<Revision[]>('listRevisions', { articleId: target })).length;
    // A proofreading fix typed straight into the translated article, outside the desk.
    const edited = await call<Article>('getArticle', { id: target });
    await call('saveArticle', { id: target, title: edited.title, doc: { type: 'doc', content: [p(t('Bumper harvest, fixed in the editor.'))] }, baseVersion: edited.version });
    await put(target, 'b3.1', 'The Ketiara cooperative recorded exports of 1,250 tonnes.');
    const revisions = await call<Revision[]>('listRevisions', { articleId: target });
    expect(revisions.length).toBe(before + 1);
    const diff = await call<{ segments: { text: string }[] }>('diffRevision', { articleId: target, revisionId: revisions[0]!.id });
    expect(JSON.stringify(diff)).toContain('fixed in the editor');
    // A segment saved on top of the desk's own text keeps no extra version.
    await put(target, 'b3.2', 'The full report is online.');
    expect((await call<Revision[]>('listRevisions', { articleId: target })).length).toBe(before + 1);
  });
});

describe('keeping in step with the source', () => {
  it('keeps ids through edits, flags a changed sentence, keeps a removed one with its target, adds new ones', async () => {
    const { id, claimId } = await newSource();
    const target = (await translate(id)).target.articleId;
    await put(target, 'b3.0', 'Gayo arabica prices rose 20 percent this month.');
    await put(target, 'b3.2', 'The full report is online.');
    await put(target, 'b4.0', '"We have never seen prices this high," Rahmah said.');
    const before = await view(target);

    // One sentence changed, one deleted, a paragraph added in the middle.
    await saveSource(id, sourceBody(claimId, { rate: '25', dropLast: true, extra: 'Musim hujan datang terlambat.' }));
    const after = await view(target);
    expect(seg(after, 'b3.0')).toMatchObject({
      source: 'Harga kopi arabika Gayo naik 25 persen bulan ini.',
      previousSource: 'Harga kopi arabika Gayo naik 20 persen bulan ini.',
      sourceChanged: true,
      target: 'Gayo arabica prices rose 20 percent this month.',
      removedFromSource: false,
    });
    expect(seg(after, 'b3.2')).toMatchObject({ removedFromSource: true, target: 'The full report is online.' });
    expect(seg(after, 'b4.0')).toMatchObject({ sourceChanged: false, target: '"We have never seen prices this high," Rahmah said.' });
    expect(seg(after, 'b9.0')).toMatchObject({ source: 'Musim hujan datang terlambat.', status: 'new', target: '' });
    // Reading order: the new paragraph between the heading and the edited one; the removed sentence where it was.
    expect(after.segments.map((s) => s.id)).toEqual(['b0.0', 'b1.0', 'b2.0', 'b9.0', 'b3.0', 'b3.1', 'b3.2', 'b4.0', 'b5.0', 'b6.0', 'b7.0', 'b7.1', 'b8.0']);
    expect(after.segments.map((s) => s.index)).toEqual(after.segments.map((_, i) => i));
    expect(after).toMatchObject({ total: 12, sourceChanged: 1 });
    // Every other segment is as it was.
    for (const s of before.segments.filter((x) => !['b3.0', 'b3.2'].includes(x.id))) expect(seg(after, s.id)).toMatchObject({ source: s.source, target: s.target, sourceChanged: false });

    // Unchanged source: a second look changes nothing.
    expect(await view(target)).toEqual(after);

    // Confirming the segment clears the flag; the removed sentence stays out of the target article.
    const confirmed = await put(target, 'b3.0', 'Gayo arabica prices rose 25 percent this month.');
    expect(confirmed.segment).toMatchObject({ sourceChanged: false, previousSource: null });
    const doc = (await call<Article>('getArticle', { id: target })).doc as { content: Json[] };
    expect(doc.content[0]!.content).toEqual([t('Gayo arabica prices rose 25 percent this month.')]);
    expect(JSON.stringify(doc)).not.toContain('full report');

    // The sentence put back gets its segment and target back.
    await saveSource(id, sourceBody(claimId, { rate: '25', extra: 'Musim hujan datang terlambat.' }));
    expect(seg(await view(target), 'b3.2')).toMatchObject({ removedFromSource: false, target: 'The full report is online.' });
  });

  it('follows the headline and standfirst', async () => {
    const { id } = await newSource();
    const target = (await translate(id)).target.articleId;
    await put(target, 'b1.0', 'Farmers in Central Aceh enjoy a good harvest.');
    await call('updateArticleMeta', { id, standfirst: 'Petani di Aceh Tengah menikmati panen sangat baik.' });
    expect(seg(await view(target), 'b1.0')).toMatchObject({ sourceChanged: true, previousSource: 'Petani di Aceh Tengah menikmati panen baik.' });
  });

  it('serves a source in the trash, and is NOT_FOUND once the source is deleted for good', async () => {
    const { id } = await newSource();
    const target = (await translate(id)).target.articleId;
    await put(target, 'b2.0', 'Bumper harvest');
    await call('deleteArticle', { id });
    expect(seg(await view(target), 'b2.0').target).toBe('Bumper harvest');
    await call('emptyTrash', {});
    expect((await refused('getTranslation', { articleId: target })).code).toBe('NOT_FOUND');
    // The translated article stays, a normal article.
    expect((await call<Article>('getArticle', { id: target })).doc).toMatchObject({ content: [{ type: 'heading', content: [t('Bumper harvest')] }, { type: 'horizontalRule' }] });
  });
});

describe('QA, pre-translation and XLIFF', () => {
  it('checks every segment with a target and names the segment of each finding', async () => {
    const { id } = await newSource();
    const target = (await translate(id)).target.articleId;
    await put(target, 'b8.0', 'Output this year reached 65 million tonnes.');
    await put(target, 'b2.0', 'Bumper harvest');
    const findings = await call<TranslationFinding[]>('checkTranslation', { articleId: target });
    expect(findings).toEqual([expect.objectContaining({ rule: 'magnitude-mismatch', segmentId: 'b8.0', target: { start: 28, end: 35 } })]);
    expect(checked.map((c) => c.source)).toEqual(['Panen raya', 'Produksi tahun ini mencapai 65.000 ton.']);
    expect(checked[0]).toMatchObject({ sourceLang: 'id', targetLang: 'en', terms: [] });
  });

  it('pre-translates empty segments from the memory, exact as translated and fuzzy as draft, without overwriting typing', async () => {
    const { id } = await newSource();
    const target = (await translate(id)).target.articleId;
    tmMatches.set('Panen raya', tmMatch('Panen raya', 'Bumper harvest', 100));
    tmMatches.set('Harga naik.', tmMatch('Harga naik!', 'Prices rose.', 88));
    tmMatches.set('Petani senang.', tmMatch('Petani tidak senang.', 'Farmers are unhappy.', 60));
    tmMatches.set('Ekspor ke Jepang bertambah.', tmMatch('Ekspor ke Jepang bertambah.', 'Exports to Japan grew.', 100));
    // The translator confirms the first list item while the lookup runs: theirs wins.
    duringLookup = async () => void (await put(target, 'b5.0', 'Shipments to Japan increased.'));
    const job = await call<Job>('startPretranslate', { articleId: target, minScore: 75 });
    expect(job.kind).toBe('pretranslate');
    expect(await jobRuns[0]).toEqual({ value: { filled: 3, machine: 0, flagged: 0, total: 12 } });
    const v = await view(target);
    expect(seg(v, 'b2.0')).toMatchObject({ target: 'Bumper harvest', status: 'translated', origin: 'tm', matchScore: 100 });
    expect(seg(v, 'b6.0')).toMatchObject({ target: 'Prices rose.', status: 'draft', origin: 'tm', matchScore: 88 });
    expect(seg(v, 'b7.0')).toMatchObject({ target: 'Prices rose.', status: 'draft' });
    expect(seg(v, 'b7.1')).toMatchObject({ target: '', status: 'new' });
    expect(seg(v, 'b5.0')).toMatchObject({ target: 'Shipments to Japan increased.', origin: 'human' });
    // Each lookup carries the neighbours, as a confirmed segment is stored with them (101 matches).
    expect(lookedUpContexts.get('Panen raya')).toBe('Petani di Aceh Tengah menikmati panen baik.\nHarga kopi arabika Gayo naik 20 persen bulan ini.');
    const doc = (await call<Article>('getArticle', { id: target })).doc as { content: Json[] };
    expect(doc.content[0]).toMatchObject({ type: 'heading', content: [t('Bumper harvest')] });
  });

  it('writes nothing when pre-translation is cancelled', async () => {
    const { id } = await newSource();
    const target = (await translate(id)).target.articleId;
    tmMatches.set('Panen raya', tmMatch('Panen raya', 'Bumper harvest', 100));
    duringLookup = () => jobSignal.abort();
    const versionBefore = (await call<Article>('getArticle', { id: target })).version;
    await call<Job>('startPretranslate', { articleId: target });
    expect((await jobRuns[0])!.error).toBeInstanceOf(Error);
    expect(seg(await view(target), 'b2.0').target).toBe('');
    expect((await call<Article>('getArticle', { id: target })).version).toBe(versionBefore);
    expect((await refused('startPretranslate', { articleId: randomUUID() })).code).toBe('NOT_FOUND');
  });

  it('exports XLIFF named after the article and reads it back by segment id', async () => {
    const { id } = await newSource();
    const target = (await translate(id)).target.articleId;
    await put(target, 'b2.0', 'Bumper harvest');
    const file = await call<{ fileName: string; mediaType: string; dataBase64: string }>('exportXliff', { articleId: target, version: '2.1' });
    expect(file.fileName).toBe('harga-kopi-gayo-naik-tajam.id-en.xlf');
    const written = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')) as { version: string; doc: XliffDocument };
    expect(written.version).toBe('2.1');
    expect(written.doc).toMatchObject({ sourceLang: 'id', targetLang: 'en' });
    expect(written.doc.units).toHaveLength(12);
    expect(written.doc.units[2]).toEqual({ id: 'b2.0', source: 'Panen raya', target: 'Bumper harvest', state: 'translated' });

    // Another tool translated two units, left one as it was, blanked one, and has one we never had.
    const units = written.doc.units.map((u) =>
      u.id === 'b6.0' ? { ...u, target: 'Prices rose.', state: 'reviewed' as const } : u.id === 'b7.1' ? { ...u, target: 'Farmers are happy.', state: 'draft' as const } : u,
    );
    units.find((u) => u.id === 'b2.0')!.target = '';
    units.push({ id: 'b77.0', source: 'x', target: 'y', state: 'translated' });
    const back = Buffer.from(JSON.stringify({ doc: { ...written.doc, units } })).toString('base64');
    const result = await call<{ updated: number; unchanged: number; unknown: number }>('importXliff', { articleId: target, file: { name: 'back.xlf', dataBase64: back } });
    expect(result).toEqual({ updated: 2, unchanged: 10, unknown: 1 });
    const v = await view(target);
    expect(seg(v, 'b6.0')).toMatchObject({ target: 'Prices rose.', status: 'reviewed', origin: 'xliff' });
    expect(seg(v, 'b7.1')).toMatchObject({ target: 'Farmers are happy.', status: 'draft', origin: 'xliff' });
    expect(seg(v, 'b2.0').target).toBe('Bumper harvest');
    const doc = (await call<Article>('getArticle', { id: target })).doc as { content: Json[] };
    expect(doc.content).toContainEqual(p(t('Farmers are happy.')));

    // A file for another language pair changes nothing.
    const wrong = Buffer.from(JSON.stringify({ doc: { ...written.doc, sourceLang: 'en', targetLang: 'id', units } })).toString('base64');
    expect((await refused('importXliff', { articleId: target, file: { name: 'x.xlf', dataBase64: wrong } })).code).toBe('IMPORT_FAILED');
  });
});

describe('wired to the real memory, QA, jobs and XLIFF', () => {
  it('remembers a confirmed segment, pre-translates it elsewhere, checks values and round-trips XLIFF', async () => {
    const real = createBackend({ dataDir: join(dir, 'real'), systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } });
    const ask = async <T>(method: MethodName, input: unknown): Promise<T> => {
      const result = await real.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    };
    const article = async (title: string, sentence: string) => {
      const a = await ask<Article>('createArticle', { lang: 'id', title });
      await ask('saveArticle', { id: a.id, title, doc: { type: 'doc', content: [p(t(sentence))] }, baseVersion: a.version });
      return (await ask<TranslationSummary>('createTranslation', { sourceArticleId: a.id, targetLang: 'en' })).target.articleId;
    };
    try {
      await ask('createMemory', { name: 'Meja Jakarta', sourceLang: 'id', targetLang: 'en' });
      const first = await article('Panen kopi', 'Harga kopi di Takengon naik 20 persen.');
      await ask('updateSegment', { articleId: first, segmentId: 'b1.0', target: 'Coffee prices in Takengon rose 20 percent.', status: 'translated' });
      const matches = await ask<TmMatch[]>('lookupTm', { source: 'Harga kopi di Takengon naik 20 persen.', sourceLang: 'id', targetLang: 'en' });
      expect(matches[0]).toMatchObject({ target: 'Coffee prices in Takengon rose 20 percent.', originArticleId: first });
      expect(matches[0]!.score).toBeGreaterThanOrEqual(100);

      const second = await article('Kopi lagi', 'Harga kopi di Takengon naik 20 persen.');
      let job = await ask<Job>('startPretranslate', { articleId: second });
      for (let i = 0; job.state === 'running' && i < 200; i++) {
        await new Promise((r) => setTimeout(r, 25));
        job = await ask<Job>('getJob', { id: job.id });
      }
      expect(job).toMatchObject({ state: 'done', result: { filled: 1, machine: 0, flagged: 0, total: 2 } });
      expect(seg(await ask<TranslationView>('getTranslation', { articleId: second }), 'b1.0')).toMatchObject({ target: 'Coffee prices in Takengon rose 20 percent.', origin: 'tm', status: 'translated' });

      await ask('updateSegment', { articleId: second, segmentId: 'b1.0', target: 'Coffee prices in Takengon rose 30 percent.', status: 'draft' });
      const findings = await ask<TranslationFinding[]>('checkTranslation', { articleId: second });
      expect(findings.filter((f) => f.segmentId === 'b1.0').length).toBeGreaterThan(0);

      for (const version of ['1.2', '2.1'] as const) {
        const file = await ask<{ fileName: string; dataBase64: string }>('exportXliff', { articleId: second, version });
        expect(Buffer.from(file.dataBase64, 'base64').toString('utf8')).toContain('Coffee prices in Takengon rose 30 percent.');
        const edited = Buffer.from(Buffer.from(file.dataBase64, 'base64').toString('utf8').replace('rose 30 percent', 'rose 20 percent')).toString('base64');
        expect(await ask('importXliff', { articleId: second, file: { name: file.fileName, dataBase64: edited } })).toEqual({ updated: 1, unchanged: 1, unknown: 0 });
        await ask('updateSegment', { articleId: second, segmentId: 'b1.0', target: 'Coffee prices in Takengon rose 30 percent.', status: 'draft' });
      }
    } finally {
      real.close();
    }
  });
});
