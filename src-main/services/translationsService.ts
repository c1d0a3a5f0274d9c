/**
 * Translations as linked articles: segmenting the source, keeping segments in step with it,
 * saving segments (memory, propagation), assembling the target article, QA, pre-translation
 * and XLIFF. The pure parts live in src-main/translation/.
 *
 * Choices worth knowing:
 * - The target article's body, headline and standfirst are written by assembly (after a segment
 *   save, a pre-translation or an XLIFF import); edits made to the target in the editor are
 *   replaced by the next assembly. A headline not translated yet keeps the source's headline, so
 *   the library never lists an untitled article.
 * - `get` syncs with the source first (a write when the source changed) but does not re-assemble
 *   the target: an article open in the editor is not bumped to a new version by merely looking.
 * - A source in the trash still serves its translations. A source deleted for good takes the
 *   link and the segments with it (the target article stays, a normal article): NOT_FOUND.
 * - Claims marked in the source text are carried over (orphaned ones, whose text is gone, are
 *   not); claims marked in the source later are carried over at the next sync.
 */
import type { Output, ParsedInput } from '../../src-preload/contract/api.ts';
import type { Article, Lang } from '../../src-preload/contract/domain.ts';
import type { ClaimStatus } from '../../src-preload/contract/factcheck.ts';
import { claimMarkName } from '../../src-preload/contract/claimMark.ts';
import {
  confirmedSegmentStatuses,
  segmentStatuses,
  type GlossaryTerm,
  type Segment,
  type SegmentStatus,
  type TmMatch,
  type TranslationFinding,
  type TranslationSummary,
  type GlossaryHit,
  type MtEngineId,
} from '../../src-preload/contract/translation.ts';
import type { MtSuggestion } from '../../src-preload/contract/mt.ts';
import type { ArticlesRepo } from '../db/repos/articlesRepo.ts';
import type { SegmentRecord, TranslationRecord, TranslationsRepo } from '../db/repos/translationsRepo.ts';
import { checkSegmentPair, type SegmentPair } from '../translation/qa/checkSegmentPair.ts';
import { assembleTarget, type AssemblySegment } from '../translation/assembleTarget.ts';
import { blockSentences, segmentArticle } from '../translation/segmentArticle.ts';
import { syncSegments } from '../translation/syncSegments.ts';
import { AppError } from './appError.ts';
import type { ArticleMetaService } from './articleMetaService.ts';
import type { ArticlesService } from './articlesService.ts';
import type { ClaimsService } from './claimsService.ts';
import type { JobContext, JobsService } from './jobsService.ts';
import type { TmUnitInput } from './translationMemoryService.ts';
import type { MtTranslateOptions } from './mtService.ts';
import type { GlossaryHint } from '../mt/mtEngine.ts';

/** A translation as XLIFF sees it (the interchange helper's `XliffDocument`, src-main/interchange/xliff.ts). */
export interface XliffDocument {
  sourceLang: string;
  targetLang: string;
  original: string;
  units: { id: string; source: string; target: string; state: SegmentStatus }[];
}

/** XLIFF writing and reading (src-main/interchange/xliff.ts). */
export interface XliffCodec {
  write(doc: XliffDocument, version: '1.2' | '2.1'): string;
  /** Throws AppError IMPORT_FAILED / UNSUPPORTED_FORMAT. The app reads in a worker (runInterchangeWorker.ts), hence the promise. */
  read(bytes: Uint8Array): XliffDocument | Promise<XliffDocument>;
}

export interface TranslationsServiceDeps {
  repo: TranslationsRepo;
  articlesRepo: ArticlesRepo;
  articles: ArticlesService;
  articleMeta: ArticleMetaService;
  claims: ClaimsService;
  tm: {
    store(unit: TmUnitInput): void;
    lookupMany(
      sources: readonly string[],
      sourceLang: Lang,
      targetLang: Lang,
      minScore: number,
      onProgress?: (done: number) => void,
      signal?: AbortSignal,
      contexts?: readonly string[],
    ): Promise<(TmMatch | null)[]>;
  };
  glossary: { all(): readonly GlossaryTerm[]; match(text: string, lang: Lang, targetLang: Lang): GlossaryHit[] };
  jobs: Pick<JobsService, 'start'>;
  /** Translation QA of a pair (default: the QA module's checkSegmentPair). */
  checkPair?: (pair: SegmentPair) => TranslationFinding[];
  /** XLIFF codec; until it is wired, export and import answer INTERNAL. */
  xliff?: XliffCodec;
  /** Keeps a version of a target edited outside the desk before the desk writes over it. */
  revisions?: { recordRevision(articleId: string, kind: 'auto'): unknown };
  /** Machine translation (src-main/services/mtService.ts); without it suggestions answer MT_ENGINE_OFF. */
  mt?: {
    translate(options: MtTranslateOptions): Promise<string[]>;
    /** Throws the error `translate` would give before any text is sent (engine off, no model, no key). */
    check(engine: MtEngineId, from: Lang, to: Lang): void;
    defaultEngine(): MtEngineId;
    engineName(id: MtEngineId): string;
  };
  /** The Settings user name, recorded on every change. */
  author: () => string;
  now?: () => Date;
}

const defaultMinScore = 75;
/** Longest headline and standfirst an article takes (ArticleTitle, ArticleStandfirst in the contract). */
const maxTitle = 1000;
const maxStandfirst = 2000;

export class TranslationsService {
  private readonly d: TranslationsServiceDeps;
  private readonly now: () => Date;
  private readonly checkPair: (pair: SegmentPair) => TranslationFinding[];

  constructor(deps: TranslationsServiceDeps) {
    this.d = deps;
    this.now = deps.now ?? (() => new Date());
    this.checkPair = deps.checkPair ?? checkSegmentPair;
  }

  /**
   * A new article in `targetLang` with the source's headline, byline, dateline, outlet and tags,
   * linked to the source; its segments (status new) and the source's claims, in one transaction.
   */
  create(input: ParsedInput<'createTranslation'>): Output<'createTranslation'> {
    const targetId = this.d.repo.transaction(() => {
      const source = this.d.articles.get(input.sourceArticleId);
      if (source.lang === input.targetLang) throw new AppError('CONFLICT', `article ${source.id} is already in ${source.lang}`);
      const target = this.d.articles.create({ lang: input.targetLang, title: source.title });
      this.d.articleMeta.update({
        id: target.id,
        byline: source.byline,
        datelinePlace: source.datelinePlace,
        datelineDate: source.datelineDate,
        outlet: source.outlet,
        tags: source.tags,
      });
      this.d.repo.insert({
        targetArticleId: target.id,
        sourceArticleId: source.id,
        sourceLang: source.lang,
        targetLang: input.targetLang,
        by: this.d.author(),
        now: this.now().toISOString(),
      });
      this.sync(this.d.repo.get(target.id)!, source);
      this.assemble(target.id);
      return target.id;
    });
    return this.summary(this.d.repo.get(targetId)!);
  }

  /** Translations the article is the source or the target of, oldest first. */
  list(articleId: string): Output<'listTranslations'> {
    if (!this.d.articlesRepo.summaries([articleId]).length) throw new AppError('NOT_FOUND', `no article ${articleId}`);
    return this.d.repo.listFor(articleId).map((t) => this.summary(t));
  }

  /** The translation's segments, first brought in step with the source. */
  get(articleId: string): Output<'getTranslation'> {
    const t = this.d.repo.transaction(() => this.synced(articleId));
    const segments = this.d.repo.segments(articleId);
    return { ...this.summary(t, segments), segments: this.viewSegments(t, segments) };
  }

  /**
   * Saves one segment; a confirmed one (translated or later) clears its "source changed" flag, is
   * stored in the memories and fills its exact repeats that are still empty; then the target
   * article is assembled again. One transaction.
   */
  updateSegment(input: ParsedInput<'updateSegment'>): Output<'updateSegment'> {
    const by = this.d.author();
    const now = this.now().toISOString();
    const result = this.d.repo.transaction(() => {
      const t = this.synced(input.articleId);
      const segments = this.d.repo.segments(input.articleId);
      const seg = segments.find((s) => s.id === input.segmentId);
      if (!seg) throw new AppError('NOT_FOUND', `translation ${input.articleId} has no segment ${input.segmentId}`);
      const target = input.target;
      const confirmed = confirmedSegmentStatuses.includes(input.status) && target.trim() !== '';
      const edited = target !== seg.target;
      const origin = target === '' ? null : (input.origin ?? (edited ? 'human' : seg.origin));
      const matchScore = input.matchScore !== undefined ? input.matchScore : edited ? null : seg.matchScore;
      // Which engine wrote an MT target: the one named with an inserted suggestion, else unchanged.
      const mtEngine = origin === 'mt' ? (input.mtEngine !== undefined ? input.mtEngine : seg.mtEngine) : null;
      const updated = {
        id: seg.id,
        target,
        status: input.status,
        origin,
        mtEngine,
        matchScore: origin === null ? null : matchScore,
        sourceChanged: confirmed ? false : seg.sourceChanged,
        previousSource: confirmed ? null : seg.previousSource,
      };
      this.d.repo.updateTarget(input.articleId, updated, by, now);

      const propagated: string[] = [];
      if (confirmed) {
        for (const other of segments) {
          if (other.id === seg.id || other.removed || other.source !== seg.source || other.target.trim() !== '') continue;
          this.d.repo.updateTarget(input.articleId, { id: other.id, target, status: 'translated', origin: 'propagated', matchScore: 100, sourceChanged: false, previousSource: null }, by, now);
          propagated.push(other.id);
        }
      }
      const version = this.assemble(input.articleId);
      if (confirmed && !seg.removed) {
        this.d.tm.store({
          source: seg.source,
          target,
          sourceLang: t.sourceLang,
          targetLang: t.targetLang,
          author: by,
          originArticleId: input.articleId,
          context: contextsOf(segments).get(seg.id) ?? '',
        });
      }
      return { t, propagated, version };
    });
    const after = new Map(this.d.repo.segments(input.articleId).map((s) => [s.id, s]));
    const view = (id: string) => this.viewSegments(result.t, [after.get(id)!])[0]!;
    return { segment: view(input.segmentId), propagated: result.propagated.map(view), version: result.version };
  }

  /** QA of every segment with a target, glossary included; each finding names its segment. */
  check(articleId: string): Output<'checkTranslation'> {
    const t = this.d.repo.transaction(() => this.synced(articleId));
    const terms = this.d.glossary.all();
    const findings: TranslationFinding[] = [];
    for (const s of this.d.repo.segments(articleId)) {
      if (s.removed || s.target.trim() === '') continue;
      for (const f of this.checkPair({ source: s.source, target: s.target, sourceLang: t.sourceLang, targetLang: t.targetLang, terms })) {
        findings.push({ ...f, segmentId: s.id });
      }
    }
    return findings;
  }

  /** QA of one pair as the translator types, glossary included. */
  checkSegment(input: ParsedInput<'checkSegment'>): Output<'checkSegment'> {
    return this.checkPair({ ...input, terms: this.d.glossary.all() });
  }

  /**
   * Fills the empty segments as a job: first from the readable memories, best match at or above
   * `minScore` (100 and 101 -> translated, fuzzy -> draft); then, with `engine`, the segments still
   * empty by machine translation, as drafts with origin 'mt' (stored in a memory only once a person
   * confirms them). Everything is written at the end, in one transaction, and only into segments
   * still empty then; a cancelled or failed job writes nothing.
   */
  startPretranslate(input: ParsedInput<'startPretranslate'>): Output<'startPretranslate'> {
    const t = this.d.repo.get(input.articleId);
    if (!t) throw new AppError('NOT_FOUND', `no translation ${input.articleId}`);
    const minScore = input.minScore ?? defaultMinScore;
    // An engine that is off or not set up is refused now, with its reason, rather than as a failed job.
    if (input.engine) this.mt().check(input.engine, t.sourceLang, t.targetLang);
    return this.d.jobs.start('pretranslate', (job) => this.pretranslate(input.articleId, minScore, input.engine ?? null, job));
  }

  /** A machine translation of one segment with its QA findings; nothing is saved. */
  async suggestMt(input: ParsedInput<'suggestMt'>): Promise<MtSuggestion> {
    const t = this.d.repo.transaction(() => this.synced(input.articleId));
    const seg = this.d.repo.segments(input.articleId).find((s) => s.id === input.segmentId);
    if (!seg) throw new AppError('NOT_FOUND', `translation ${input.articleId} has no segment ${input.segmentId}`);
    const mt = this.mt();
    const engine = input.engine ?? mt.defaultEngine();
    const [target] = await mt.translate({ engine, from: t.sourceLang, to: t.targetLang, texts: [seg.source], glossary: this.hintsFor([seg.source], t) });
    const findings = this.checkPair({ source: seg.source, target: target!, sourceLang: t.sourceLang, targetLang: t.targetLang, terms: this.d.glossary.all() });
    return { engine, engineName: mt.engineName(engine), target: target!, findings };
  }

  private async pretranslate(articleId: string, minScore: number, engine: MtEngineId | null, job: JobContext): Promise<Record<string, number>> {
    const t = this.d.repo.transaction(() => this.synced(articleId));
    const segments = this.d.repo.segments(articleId);
    const contexts = contextsOf(segments);
    const empty = segments.filter((s) => !s.removed && s.target.trim() === '');
    // With MT the bar has two halves: the memory lookup, then the engine (however few it gets).
    const total = engine ? empty.length * 2 : empty.length;
    job.progress(0, total);
    const matches =
      empty.length === 0
        ? []
        : await this.d.tm.lookupMany(
            empty.map((s) => s.source),
            t.sourceLang,
            t.targetLang,
            minScore,
            (done) => job.progress(done, total),
            job.signal,
            empty.map((s) => contexts.get(s.id) ?? ''),
          );
    job.signal.throwIfAborted();
    const best = new Map<string, TmMatch>();
    empty.forEach((s, i) => {
      const m = matches[i];
      if (m && m.score >= minScore) best.set(s.id, m);
    });
    const machine = new Map<string, { target: string; flagged: boolean }>();
    if (engine) {
      const rest = empty.filter((s) => !best.has(s.id) && s.source.trim() !== '');
      job.progress(empty.length, total);
      if (rest.length > 0) {
        const texts = rest.map((s) => s.source);
        const out = await this.mt().translate({
          engine,
          from: t.sourceLang,
          to: t.targetLang,
          texts,
          glossary: this.hintsFor(texts, t),
          signal: job.signal,
          onProgress: (done) => job.progress(empty.length + Math.round((done / rest.length) * empty.length), total),
        });
        job.signal.throwIfAborted();
        const terms = this.d.glossary.all();
        rest.forEach((s, i) => {
          const findings = this.checkPair({ source: s.source, target: out[i]!, sourceLang: t.sourceLang, targetLang: t.targetLang, terms });
          machine.set(s.id, { target: out[i]!, flagged: findings.length > 0 });
        });
      }
    }
    const by = this.d.author();
    const now = this.now().toISOString();
    const counts = this.d.repo.transaction(() => {
      let filled = 0;
      let fromMt = 0;
      let flagged = 0;
      for (const s of this.d.repo.segments(articleId)) {
        // The translator may have typed into it while the job ran: theirs wins.
        if (s.removed || s.target.trim() !== '') continue;
        const m = best.get(s.id);
        const mt = machine.get(s.id);
        if (m) {
          this.d.repo.updateTarget(articleId, { id: s.id, target: m.target, status: m.score >= 100 ? 'translated' : 'draft', origin: 'tm', matchScore: m.score, sourceChanged: false, previousSource: null }, by, now);
          filled++;
        } else if (mt && engine) {
          this.d.repo.updateTarget(articleId, { id: s.id, target: mt.target, status: 'draft', origin: 'mt', mtEngine: engine, matchScore: null, sourceChanged: false, previousSource: null }, by, now);
          fromMt++;
          if (mt.flagged) flagged++;
        }
      }
      if (filled + fromMt > 0) this.assemble(articleId);
      return { filled, fromMt, flagged };
    });
    job.progress(total, total);
    return { filled: counts.filled, machine: counts.fromMt, flagged: counts.flagged, total: empty.length };
  }

  /** The glossary terms found in `texts`, once each, as hints for an engine. */
  private hintsFor(texts: readonly string[], t: TranslationRecord): GlossaryHint[] {
    const hints = new Map<string, GlossaryHint>();
    for (const text of texts) {
      for (const hit of this.d.glossary.match(text, t.sourceLang, t.targetLang)) {
        if (hit.translation !== '') hints.set(hit.termId, { source: hit.term, target: hit.translation });
      }
    }
    return [...hints.values()];
  }

  private mt(): NonNullable<TranslationsServiceDeps['mt']> {
    if (!this.d.mt) throw new AppError('MT_ENGINE_OFF', 'machine translation is not available in this host');
    return this.d.mt;
  }

  /** The translation as XLIFF 1.2 or 2.1; segment ids are the unit ids, removed segments left out. */
  exportXliff(input: ParsedInput<'exportXliff'>): Output<'exportXliff'> {
    const view = this.get(input.articleId);
    const fileName = `${slug(view.source.title)}.${view.source.lang}-${view.target.lang}.xlf`;
    const doc: XliffDocument = {
      sourceLang: view.source.lang,
      targetLang: view.target.lang,
      original: fileName.replace(/\.xlf$/, ''),
      units: view.segments.filter((s) => !s.removedFromSource).map((s) => ({ id: s.id, source: s.source, target: s.target, state: s.status })),
    };
    const text = this.xliff().write(doc, input.version);
    return { fileName, mediaType: 'application/xliff+xml', dataBase64: Buffer.from(text, 'utf8').toString('base64') };
  }

  /**
   * Reads back an XLIFF of this translation: units whose id is a segment of it update that
   * segment's target and status (origin 'xliff'); an empty target never replaces one written
   * here. All or nothing; the target is assembled once.
   */
  async importXliff(input: ParsedInput<'importXliff'>): Promise<Output<'importXliff'>> {
    if (!this.d.repo.get(input.articleId)) throw new AppError('NOT_FOUND', `no translation ${input.articleId}`);
    const doc = await this.xliff().read(Buffer.from(input.file.dataBase64, 'base64'));
    // Read again after the wait: the translation may have been deleted or changed meanwhile.
    const t0 = this.d.repo.get(input.articleId);
    if (!t0) throw new AppError('NOT_FOUND', `no translation ${input.articleId}`);
    const lang = (code: string) => code.toLowerCase().split(/[-_]/)[0];
    if (lang(doc.sourceLang) !== t0.sourceLang || lang(doc.targetLang) !== t0.targetLang) {
      throw new AppError('IMPORT_FAILED', `the file translates ${doc.sourceLang} to ${doc.targetLang}, this translation ${t0.sourceLang} to ${t0.targetLang}`);
    }
    const by = this.d.author();
    const now = this.now().toISOString();
    return this.d.repo.transaction(() => {
      this.synced(input.articleId);
      const segments = new Map(this.d.repo.segments(input.articleId).map((s) => [s.id, s]));
      let updated = 0;
      let unchanged = 0;
      let unknown = 0;
      for (const unit of doc.units) {
        const seg = segments.get(unit.id);
        if (!seg) {
          unknown++;
          continue;
        }
        const target = unit.target.trim() === '' ? seg.target : unit.target;
        if (target === seg.target && unit.state === seg.status) {
          unchanged++;
          continue;
        }
        const confirmed = confirmedSegmentStatuses.includes(unit.state) && target.trim() !== '';
        const status: SegmentStatus = target.trim() === '' ? 'new' : unit.state;
        const edited = target !== seg.target;
        this.d.repo.updateTarget(
          input.articleId,
          {
            id: seg.id,
            target,
            status,
            origin: edited ? 'xliff' : seg.origin,
            mtEngine: edited ? null : seg.mtEngine,
            matchScore: edited ? null : seg.matchScore,
            sourceChanged: confirmed ? false : seg.sourceChanged,
            previousSource: confirmed ? null : seg.previousSource,
          },
          by,
          now,
        );
        updated++;
      }
      if (updated > 0) this.assemble(input.articleId);
      return { updated, unchanged, unknown };
    });
  }

  // -------------------------------------------------------------------------------------------

  private xliff(): XliffCodec {
    if (!this.d.xliff) throw new AppError('INTERNAL', 'XLIFF is not available');
    return this.d.xliff;
  }

  /** The translation, its segments in step with the current source (call inside a transaction). */
  private synced(targetArticleId: string): TranslationRecord {
    const t = this.d.repo.get(targetArticleId);
    if (!t) throw new AppError('NOT_FOUND', `no translation ${targetArticleId}`);
    const source = this.d.articles.get(t.sourceArticleId);
    this.sync(t, source);
    return this.d.repo.get(targetArticleId)!;
  }

  /** Brings segments in step with `source`; nothing to do when it did not change since the last sync. */
  private sync(t: TranslationRecord, source: Article): void {
    // A new link has source version 0, and article versions start at 1: the first call always segments.
    if (t.sourceVersion === source.version && t.sourceStandfirst === source.standfirst) return;
    const id = t.targetArticleId;
    const fresh = segmentArticle(source).map((b) => ({ ...b, sentences: blockSentences(b, t.sourceLang) }));
    const old = this.d.repo.segments(id);
    const before = new Map(old.map((s) => [s.id, s]));
    const result = syncSegments({ blocks: this.d.repo.blocks(id), segments: old }, fresh, t.nextBlockKey);
    const by = this.d.author();
    const now = this.now().toISOString();
    this.d.repo.replaceBlocks(id, result.blocks);
    for (const s of result.segments) {
      const was = before.get(s.id);
      if (s.isNew || !was) this.d.repo.insertSegment(id, s, by, now);
      else if (sourceSideChanged(was, s)) this.d.repo.updateSource(id, s);
    }
    // Claims marked in the source and not carried over yet (all of them the first time).
    const carried = this.d.repo.claimMap(id);
    const marked = new Set<string>();
    for (const s of result.segments) {
      if (s.removed) continue;
      for (const m of s.sourceMarks) if (m.type === claimMarkName && typeof m.attrs?.claimId === 'string' && !carried.has(m.attrs.claimId)) marked.add(m.attrs.claimId);
    }
    if (marked.size > 0) for (const [from, to] of this.d.claims.copyToArticle([...marked], id)) this.d.repo.insertClaimCopy(id, from, to);
    this.d.repo.setSynced(id, { version: source.version, standfirst: source.standfirst, nextBlockKey: result.nextBlockKey });
  }

  /** Assembles the target article from the segments and saves it; returns its new version. */
  private assemble(targetArticleId: string): number {
    const t = this.d.repo.get(targetArticleId)!;
    const source = this.d.articles.get(t.sourceArticleId);
    const target = this.d.articles.get(targetArticleId);
    const blocks = this.d.repo.blocks(targetArticleId);
    const pathOf = new Map(blocks.filter((b) => !b.removed).map((b) => [b.key, b.path]));
    const byPath = new Map<string, AssemblySegment[]>();
    for (const s of this.d.repo.segments(targetArticleId)) {
      if (s.removed) continue;
      const path = pathOf.get(Number(/^b(\d+)\./.exec(s.id)![1]));
      if (path === undefined) continue;
      byPath.set(path, [...(byPath.get(path) ?? []), s]);
    }
    const assembled = assembleTarget({ doc: source.doc, blocks: byPath, claims: this.d.repo.claimMap(targetArticleId) });
    // A segment may be longer than a headline or standfirst may be: cut to what an article holds.
    const standfirst = assembled.standfirst.slice(0, maxStandfirst);
    if (standfirst !== target.standfirst) this.d.articleMeta.update({ id: targetArticleId, standfirst });
    const title = (assembled.title || source.title).slice(0, maxTitle);
    // The target was changed in the editor since the desk last wrote it (a proofreading fix, say):
    // the segments are what the desk writes, so keep that text as a version first — never lost,
    // restorable from the Versions panel.
    if (t.assembledVersion > 0 && target.version !== t.assembledVersion) this.d.revisions?.recordRevision(targetArticleId, 'auto');
    const receipt = this.d.articles.save({ id: targetArticleId, title, doc: assembled.doc as Article['doc'], baseVersion: target.version });
    this.d.repo.setAssembled(targetArticleId, receipt.version);
    return receipt.version;
  }

  private summary(t: TranslationRecord, segments: readonly SegmentRecord[] = this.d.repo.segments(t.targetArticleId)): TranslationSummary {
    const side = (id: string) => {
      const a = this.d.articlesRepo.get(id);
      if (!a) throw new AppError('NOT_FOUND', `no article ${id}`);
      return { articleId: a.id, title: a.title, lang: a.lang, version: a.version };
    };
    const counts = Object.fromEntries(segmentStatuses.map((s) => [s, 0])) as Record<SegmentStatus, number>;
    let total = 0;
    let sourceChanged = 0;
    for (const s of segments) {
      if (s.removed) continue;
      counts[s.status]++;
      total++;
      if (s.sourceChanged) sourceChanged++;
    }
    return { source: side(t.sourceArticleId), target: side(t.targetArticleId), createdAt: t.createdAt, counts, total, sourceChanged };
  }

  /** Segments as the bridge shows them: glossary hits and claim spans (with the target's copy of each claim). */
  private viewSegments(t: TranslationRecord, segments: readonly SegmentRecord[]): Segment[] {
    const carried = this.d.repo.claimMap(t.targetArticleId);
    const ids = new Set<string>();
    for (const s of segments) for (const m of s.sourceMarks) if (m.type === claimMarkName && typeof m.attrs?.claimId === 'string') ids.add(carried.get(m.attrs.claimId) ?? m.attrs.claimId);
    const statuses: Map<string, ClaimStatus> = ids.size > 0 ? this.d.claims.statuses([...ids]) : new Map();
    return segments.map((s) => {
      const claims: Segment['claims'] = [];
      for (const m of s.sourceMarks) {
        if (m.type !== claimMarkName || typeof m.attrs?.claimId !== 'string') continue;
        const claimId = carried.get(m.attrs.claimId) ?? m.attrs.claimId;
        const status = statuses.get(claimId);
        if (status) claims.push({ start: m.from, end: m.to, claimId, status });
      }
      return {
        id: s.id,
        index: s.ord,
        blockType: s.blockType,
        source: s.source,
        sourceMarks: s.sourceMarks.filter((m) => m.type !== claimMarkName),
        target: s.target,
        status: s.status,
        origin: s.origin,
        mtEngine: s.mtEngine,
        matchScore: s.matchScore,
        sourceChanged: s.sourceChanged,
        previousSource: s.previousSource,
        removedFromSource: s.removed,
        updatedAt: s.updatedAt,
        updatedBy: s.updatedBy,
        glossary: s.removed ? [] : this.d.glossary.match(s.source, t.sourceLang, t.targetLang),
        claims,
      };
    });
  }
}

/**
 * Each live segment's context for the memory: the source sentences before and after it, joined by
 * a line break ('' at either end). Stored with a confirmed pair and given with a lookup, so a
 * match from the same surroundings scores 101.
 */
function contextsOf(segments: readonly SegmentRecord[]): Map<string, string> {
  const live = segments.filter((s) => !s.removed);
  return new Map(live.map((s, i) => [s.id, `${live[i - 1]?.source ?? ''}\n${live[i + 1]?.source ?? ''}`]));
}

function sourceSideChanged(a: SegmentRecord, b: SegmentRecord | (Omit<SegmentRecord, 'status' | 'origin' | 'mtEngine' | 'matchScore' | 'updatedBy' | 'updatedAt'>)): boolean {
  return (
    a.ord !== b.ord ||
    a.blockType !== b.blockType ||
    a.source !== b.source ||
    a.sourceChanged !== b.sourceChanged ||
    a.previousSource !== b.previousSource ||
    a.removed !== b.removed ||
    JSON.stringify(a.sourceMarks) !== JSON.stringify(b.sourceMarks)
  );
}

/** A file-name-safe short form of a headline ("Ekspor Kopi Naik" -> "ekspor-kopi-naik"). */
function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'artikel';
}
