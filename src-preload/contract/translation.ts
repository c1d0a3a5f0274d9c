/**
 * Bridge shapes of the translation desk (issue 6): translations as articles linked to their
 * source, the source's sentences as segments with stable ids, translation memories and their
 * matches, the glossary, translation QA findings, and long jobs (TMX import, pre-translation)
 * that the renderer polls for progress and can cancel.
 */
import { z } from 'zod';
import { ArticleId, Lang } from './domain.ts';
import { ClaimId, ClaimStatus } from './factcheck.ts';

const IsoTime = z.iso.datetime();

/** A file handed back to the renderer to save (export). */
export const ExportedFile = z.object({ fileName: z.string(), mediaType: z.string(), dataBase64: z.base64() });
export type ExportedFile = z.infer<typeof ExportedFile>;

/** A file the user chose, handed to main to import: its name (never a path) and bytes. */
export const maxInterchangeBytes = 100 * 1024 * 1024;
export const ImportedFile = z
  .object({
    name: z.string().min(1).max(255).refine((s) => !/[\\/\0]/.test(s), 'a file name, not a path'),
    dataBase64: z.base64().max(Math.ceil(maxInterchangeBytes / 3) * 4),
  })
  .strict();
export type ImportedFile = z.infer<typeof ImportedFile>;

// ---------------------------------------------------------------------------------------------
// Segments

/** Workflow state of one segment, in order. */
export const segmentStatuses = ['new', 'draft', 'translated', 'reviewed', 'approved'] as const;
export const SegmentStatus = z.enum(segmentStatuses);
export type SegmentStatus = z.infer<typeof SegmentStatus>;

/** Statuses at which a segment counts as confirmed (and its pair is stored in the writable memories). */
export const confirmedSegmentStatuses: readonly SegmentStatus[] = ['translated', 'reviewed', 'approved'];

/** Where a segment's current target text came from. */
export const SegmentOrigin = z.enum(['human', 'tm', 'propagated', 'source-copy', 'mt', 'xliff']);
export type SegmentOrigin = z.infer<typeof SegmentOrigin>;

/** The machine-translation engines (issue 7; their settings are in mt.ts). */
export const mtEngineIds = ['bergamot', 'openai', 'libretranslate', 'deepl'] as const;
export const MtEngineId = z.enum(mtEngineIds);
export type MtEngineId = z.infer<typeof MtEngineId>;

/**
 * Stable segment id: the key its source block got when the translation was made, and the
 * sentence's position in that block (`b7.2`). Ids survive edits of the source elsewhere.
 */
export const SegmentId = z.string().regex(/^b\d{1,6}\.\d{1,4}$/);
export type SegmentId = z.infer<typeof SegmentId>;

export const maxSegmentText = 20_000;
export const SegmentText = z.string().max(maxSegmentText);

/** An inline mark on a stretch of a segment's text (UTF-16 offsets into the segment). */
export const SegmentMark = z.object({
  type: z.string().max(40),
  from: z.int().min(0),
  to: z.int().min(0),
  attrs: z.record(z.string(), z.unknown()).optional(),
});
export type SegmentMark = z.infer<typeof SegmentMark>;

/** A span of a segment's source text: a glossary term, with its translation(s). */
export const GlossaryHit = z.object({
  start: z.int().min(0),
  end: z.int().min(0),
  termId: z.string(),
  /** The term as written in the segment's language (its entry form). */
  term: z.string(),
  /** What the glossary says it becomes in the target language. */
  translation: z.string(),
  note: z.string(),
});
export type GlossaryHit = z.infer<typeof GlossaryHit>;

/** A span of a segment's source text under a claim of the source article. */
export const SegmentClaim = z.object({ start: z.int().min(0), end: z.int().min(0), claimId: ClaimId, status: ClaimStatus });
export type SegmentClaim = z.infer<typeof SegmentClaim>;

export const Segment = z.object({
  id: SegmentId,
  /** Reading order in the article. */
  index: z.int().min(0),
  /** Kind of block the sentence is in: paragraph, heading, blockquote, bulletList, orderedList, table, headline, standfirst. */
  blockType: z.string(),
  source: z.string(),
  sourceMarks: z.array(SegmentMark),
  target: z.string(),
  status: SegmentStatus,
  origin: SegmentOrigin.nullable(),
  /** The engine that wrote the target when its origin is 'mt'. */
  mtEngine: MtEngineId.nullable(),
  /** Score of the memory match the target came from (100 = exact), when it came from one. */
  matchScore: z.int().min(0).max(101).nullable(),
  /** The source sentence changed since the target was written: the target needs a look. */
  sourceChanged: z.boolean(),
  /** The source text the target was written for, when it has changed since. */
  previousSource: z.string().nullable(),
  /** The sentence was removed from the source; kept so its translation is never lost. */
  removedFromSource: z.boolean(),
  updatedAt: IsoTime,
  updatedBy: z.string(),
  glossary: z.array(GlossaryHit),
  claims: z.array(SegmentClaim),
});
export type Segment = z.infer<typeof Segment>;

/** One side of a translation: the article and its language. */
export const TranslationSide = z.object({ articleId: ArticleId, title: z.string(), lang: Lang, version: z.int() });
export type TranslationSide = z.infer<typeof TranslationSide>;

export const TranslationSummary = z.object({
  source: TranslationSide,
  target: TranslationSide,
  createdAt: IsoTime,
  /** Segments per status, and how many need a look because their source changed. */
  counts: z.record(SegmentStatus, z.int().min(0)),
  total: z.int().min(0),
  sourceChanged: z.int().min(0),
});
export type TranslationSummary = z.infer<typeof TranslationSummary>;

export const TranslationView = TranslationSummary.extend({ segments: z.array(Segment) });
export type TranslationView = z.infer<typeof TranslationView>;

export const SegmentUpdate = z
  .object({
    /** The target article. */
    articleId: ArticleId,
    segmentId: SegmentId,
    target: SegmentText,
    status: SegmentStatus,
    origin: SegmentOrigin.optional(),
    matchScore: z.int().min(0).max(101).nullable().optional(),
    /** With origin 'mt': the engine the inserted suggestion came from. */
    mtEngine: MtEngineId.nullable().optional(),
  })
  .strict();
export type SegmentUpdate = z.infer<typeof SegmentUpdate>;

export const SegmentUpdateResult = z.object({
  segment: Segment,
  /** Other segments with the same source that were filled from this one (exact repeats). */
  propagated: z.array(Segment),
  /** The target article's new version (its body is assembled from the segments). */
  version: z.int(),
});
export type SegmentUpdateResult = z.infer<typeof SegmentUpdateResult>;

// ---------------------------------------------------------------------------------------------
// Translation memory

export const MemoryId = z.uuid();
export type MemoryId = z.infer<typeof MemoryId>;
export const MemoryName = z.string().trim().min(1).max(200);

export const Memory = z.object({
  id: MemoryId,
  name: z.string(),
  sourceLang: Lang,
  targetLang: Lang,
  /** Looked up for matches. */
  readable: z.boolean(),
  /** Confirmed segments are stored in it. */
  writable: z.boolean(),
  units: z.int().min(0),
  createdAt: IsoTime,
});
export type Memory = z.infer<typeof Memory>;

export const TmUnitId = z.int().min(1);

/** A stretch of a match's source compared with the new source: kept, or only in one of them. */
export const MatchDiff = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type MatchDiff = z.infer<typeof MatchDiff>;

export const TmMatch = z.object({
  unitId: TmUnitId,
  memoryId: MemoryId,
  memoryName: z.string(),
  source: z.string(),
  target: z.string(),
  /** 0–100; 100 only when the sources are identical; 101 when the context (neighbours) matches too. */
  score: z.int().min(0).max(101),
  /** From the match's source (`delete`) to the new source (`insert`), word by word. */
  diff: z.array(MatchDiff),
  author: z.string(),
  updatedAt: IsoTime,
  originArticleId: z.string().nullable(),
  context: z.string(),
});
export type TmMatch = z.infer<typeof TmMatch>;

export const TmLookupInput = z
  .object({
    source: SegmentText.min(1),
    sourceLang: Lang,
    targetLang: Lang,
    limit: z.int().min(1).max(20).optional(),
    /** Lowest score returned, default 70. */
    minScore: z.int().min(1).max(100).optional(),
    /** The neighbouring source sentences: a unit stored with the same context scores 101. */
    context: SegmentText.optional(),
  })
  .strict();

export const ConcordanceHit = z.object({
  unitId: TmUnitId,
  memoryId: MemoryId,
  source: z.string(),
  target: z.string(),
  /** Where the query was found in the side searched. */
  start: z.int().min(0),
  end: z.int().min(0),
});
export type ConcordanceHit = z.infer<typeof ConcordanceHit>;

export const ConcordanceInput = z
  .object({
    query: z.string().trim().min(1).max(500),
    side: z.enum(['source', 'target']),
    sourceLang: Lang,
    targetLang: Lang,
    limit: z.int().min(1).max(100).optional(),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Glossary

export const GlossaryTermId = z.uuid();
export const GlossaryText = z.string().trim().max(500);
const ForbiddenList = z.array(z.string().trim().min(1).max(500)).max(50);

/**
 * One glossary entry, both languages at once (our pair is always id–en, so one entry serves
 * both directions): forbidden variants per language, a note, and whether case matters.
 */
export const GlossaryTerm = z.object({
  id: GlossaryTermId,
  termId: z.string(),
  termEn: z.string(),
  forbiddenId: z.array(z.string()),
  forbiddenEn: z.array(z.string()),
  note: z.string(),
  caseSensitive: z.boolean(),
  updatedAt: IsoTime,
  updatedBy: z.string(),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const GlossaryTermInput = z
  .object({
    id: GlossaryTermId.optional(),
    termId: GlossaryText,
    termEn: GlossaryText,
    forbiddenId: ForbiddenList.optional(),
    forbiddenEn: ForbiddenList.optional(),
    note: z.string().max(2000).optional(),
    caseSensitive: z.boolean().optional(),
  })
  .strict()
  .refine((t) => t.termId.length > 0 || t.termEn.length > 0, 'a term needs at least one language');
export type GlossaryTermInput = z.input<typeof GlossaryTermInput>;

export const GlossaryFormat = z.enum(['tbx', 'csv']);
export type GlossaryFormat = z.infer<typeof GlossaryFormat>;

export const GlossaryImportResult = z.object({ added: z.int().min(0), updated: z.int().min(0), skipped: z.int().min(0) });
export type GlossaryImportResult = z.infer<typeof GlossaryImportResult>;

// ---------------------------------------------------------------------------------------------
// QA

/** Translation QA rules, each explained in both UI languages (`translationQa.<rule>`). */
export const translationRuleIds = [
  'number-mismatch',
  'magnitude-mismatch',
  'money-mismatch',
  'percent-mismatch',
  'date-mismatch',
  'number-missing',
  'name-missing',
  'glossary-term-missing',
  'glossary-forbidden',
  'untranslated',
  'source-language-left',
  'sentence-omitted',
  'sentence-added',
  'unbalanced-quotes',
  'unbalanced-brackets',
  'spacing',
  'empty-target',
] as const;
export const TranslationRuleId = z.enum(translationRuleIds);
export type TranslationRuleId = z.infer<typeof TranslationRuleId>;

export const TextSpan = z.object({ start: z.int().min(0), end: z.int().min(0) });

/**
 * One translation QA finding: spans in the source and/or target text (UTF-16 offsets), the
 * rule, an English message (for the CLI and logs) and `params` for the localised one.
 */
export const TranslationFinding = z.object({
  kind: z.enum(['translation', 'glossary']),
  rule: TranslationRuleId,
  source: TextSpan.nullable(),
  target: TextSpan.nullable(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Set when checking a translation article: the segment the finding is in. */
  segmentId: SegmentId.optional(),
});
export type TranslationFinding = z.infer<typeof TranslationFinding>;

export const CheckSegmentInput = z
  .object({
    source: SegmentText,
    target: SegmentText,
    sourceLang: Lang,
    targetLang: Lang,
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Jobs

export const JobId = z.uuid();
export const JobKind = z.enum(['tmx-import', 'pretranslate', 'mt-download']);
export const JobState = z.enum(['running', 'done', 'failed', 'cancelled']);

/** A long job's progress, polled by the renderer (`getJob`) and cancellable (`cancelJob`). */
export const Job = z.object({
  id: JobId,
  kind: JobKind,
  state: JobState,
  /** Units of work done and expected (bytes for imports, segments for pre-translation); total 0 when unknown. */
  done: z.number().min(0),
  total: z.number().min(0),
  startedAt: IsoTime,
  /** Failed: the error code (translated by the renderer) and its English message. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** Done: what the job did (units imported, segments filled...). */
  result: z.record(z.string(), z.number()).nullable(),
});
export type Job = z.infer<typeof Job>;

export const XliffVersion = z.enum(['1.2', '2.1']);
export type XliffVersion = z.infer<typeof XliffVersion>;
