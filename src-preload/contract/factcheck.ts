/**
 * Bridge shapes of the fact-check desk (issue 5): claim candidates and consistency findings for
 * the paragraphs of a draft, claims as tracked in SQLite (the `claim` mark in the text carries
 * only the claim id), their evidence and history, the source library, and the readiness gate.
 */
import { z } from 'zod';
import { ArticleId, IsoDate, SearchSegment } from './domain.ts';
import { Finding, ProofreadBlockInput, maxProofreadBlocks, maxProofreadTotalText } from './proofreading.ts';

const IsoTime = z.iso.datetime();

/** A claim's verdict state, in the order the panel offers them. */
export const claimStatuses = ['unchecked', 'in-progress', 'verified', 'false', 'misleading', 'unverifiable'] as const;
export const ClaimStatus = z.enum(claimStatuses);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** Statuses that hold an article back at the readiness gate (moving it to "ready"). */
export const unresolvedClaimStatuses: readonly ClaimStatus[] = ['unchecked', 'in-progress', 'false'];

export const ClaimId = z.uuid();
export type ClaimId = z.infer<typeof ClaimId>;

/** Why a sentence was picked as a claim candidate. */
export const ClaimReasonKind = z.enum(['quantity', 'date', 'quote', 'superlative', 'named']);
export type ClaimReasonKind = z.infer<typeof ClaimReasonKind>;

/**
 * A figure a claim states, as `redaksi claims --json` prints it: `value` is a number for
 * quantities, an ISO date `YYYY-MM-DD` for dates, null when it cannot be read exactly.
 */
export const ClaimFigure = z.object({
  kind: z.enum(['number', 'money', 'percent', 'date']),
  text: z.string().max(200),
  value: z.union([z.number(), z.string().max(40)]).nullable(),
  /** "USD", "IDR", "%" … or null. */
  unit: z.string().max(20).nullable(),
});
export type ClaimFigure = z.infer<typeof ClaimFigure>;

/** A place in one of the paragraphs sent: `key` as the caller chose it, offsets into its text. */
export const BlockSpan = z.object({ key: z.string(), start: z.int().nonnegative(), end: z.int().nonnegative(), text: z.string() });
export type BlockSpan = z.infer<typeof BlockSpan>;

/** A detected claim candidate: one sentence of one paragraph, with its reasons, best first. */
export const ClaimCandidate = BlockSpan.extend({
  reasons: z.array(BlockSpan.extend({ kind: ClaimReasonKind })),
  figures: z.array(ClaimFigure),
  /** Higher is more worth checking; only the order is meaningful. */
  score: z.number(),
});
export type ClaimCandidate = z.infer<typeof ClaimCandidate>;

/** A consistency or date finding across the article: here (`key`, offsets) and the other place (`related`). */
export const ConsistencyFinding = Finding.extend({ key: z.string(), related: BlockSpan.optional() });
export type ConsistencyFinding = z.infer<typeof ConsistencyFinding>;

export const AnalyseClaimsInput = z
  .object({ articleId: ArticleId, lang: z.enum(['id', 'en']), blocks: z.array(ProofreadBlockInput).min(1).max(maxProofreadBlocks * 10) })
  .strict()
  .refine((v) => v.blocks.reduce((n, b) => n + b.text.length, 0) <= maxProofreadTotalText * 5, 'too much text in one call');

export const AnalyseClaimsResult = z.object({ candidates: z.array(ClaimCandidate), consistency: z.array(ConsistencyFinding) });
export type AnalyseClaimsResult = z.infer<typeof AnalyseClaimsResult>;

/** The claim's text as marked; one paragraph at most. */
export const ClaimText = z.string().trim().min(1).max(5000);
/** A verdict note. */
export const VerdictNote = z.string().max(10_000);

const OneLine = (max: number) => z.string().trim().max(max).refine((s) => !/[\r\n\0]/.test(s), 'must be one line');

/** An http(s) address for evidence; anything else is refused (no javascript:, file:, data:). */
export const EvidenceUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), 'an http or https address');

export const EvidenceId = z.uuid();
export type EvidenceId = z.infer<typeof EvidenceId>;

/** A local file attached as evidence: at most 20 MB decoded. */
export const EvidenceFileInput = z
  .object({
    name: z.string().min(1).max(255).refine((s) => !/[\\/\0]/.test(s), 'a file name, not a path'),
    dataBase64: z.base64().min(1).max(Math.ceil((20 * 1024 * 1024) / 3) * 4),
  })
  .strict();

export const EvidenceInput = z
  .object({
    title: OneLine(500).pipe(z.string().min(1)),
    url: EvidenceUrl.optional(),
    publisher: OneLine(200).optional(),
    publishedOn: IsoDate.nullable().optional(),
    excerpt: z.string().max(20_000).optional(),
    file: EvidenceFileInput.optional(),
    /** The source-library passage this evidence came from ("Find evidence"). */
    sourceId: z.uuid().optional(),
  })
  .strict();

export const Evidence = z.object({
  id: EvidenceId,
  title: z.string(),
  url: z.string(),
  publisher: z.string(),
  publishedOn: IsoDate.nullable(),
  excerpt: z.string(),
  /** A local file kept by the app (download it with getEvidenceFile); null when none. */
  file: z.object({ name: z.string(), mediaType: z.string(), byteSize: z.int().nonnegative() }).nullable(),
  sourceId: z.uuid().nullable(),
  createdBy: z.string(),
  createdAt: IsoTime,
});
export type Evidence = z.infer<typeof Evidence>;

/** One entry of a claim's history: who changed what and when. */
export const ClaimEvent = z.object({
  action: z.enum(['created', 'status', 'note', 'evidence-added', 'evidence-removed']),
  /** The new status, the evidence title, or '' (a note's text is in the claim). */
  detail: z.string(),
  by: z.string(),
  at: IsoTime,
});
export type ClaimEvent = z.infer<typeof ClaimEvent>;

export const Claim = z.object({
  id: ClaimId,
  articleId: ArticleId,
  /** The text as it was when marked (kept when the text later changes or is deleted). */
  text: z.string(),
  status: ClaimStatus,
  verdictNote: z.string(),
  reasons: z.array(ClaimReasonKind),
  figures: z.array(ClaimFigure),
  createdBy: z.string(),
  createdAt: IsoTime,
  updatedBy: z.string(),
  updatedAt: IsoTime,
  evidence: z.array(Evidence),
  /** Newest first. */
  history: z.array(ClaimEvent),
  /** True when the stored article text no longer carries this claim's mark (its text was deleted). */
  orphaned: z.boolean(),
});
export type Claim = z.infer<typeof Claim>;

export const SourceId = z.uuid();
export type SourceId = z.infer<typeof SourceId>;

export const SourceFormat = z.enum(['txt', 'md', 'html', 'docx', 'pdf']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** A document in the source library (a report, a press release, a transcript). */
export const Source = z.object({
  id: SourceId,
  title: z.string(),
  fileName: z.string(),
  format: SourceFormat,
  byteSize: z.int().nonnegative(),
  passages: z.int().nonnegative(),
  importedBy: z.string(),
  importedAt: IsoTime,
});
export type Source = z.infer<typeof Source>;

/** A passage (paragraph) of a source that matched a search or a claim, hits marked. */
export const SourcePassageHit = z.object({
  sourceId: SourceId,
  sourceTitle: z.string(),
  /** Position of the passage in its source, from 0. */
  ordinal: z.int().nonnegative(),
  text: z.string(),
  snippet: z.array(SearchSegment),
  /** For findEvidence: which of the claim's figures and names the passage contains. */
  matched: z.array(z.string()),
});
export type SourcePassageHit = z.infer<typeof SourcePassageHit>;

/** Formats of the fact-check report; `claimreview` is schema.org ClaimReview JSON-LD. */
export const FactCheckExportFormat = z.enum(['html', 'md', 'docx', 'claimreview']);
export type FactCheckExportFormat = z.infer<typeof FactCheckExportFormat>;

/** A move to "ready" past unresolved claims, with the reason recorded in the status history. */
export const ReadinessOverride = z.object({ note: z.string().trim().min(1).max(2000) }).strict();
