/**
 * The bridge contract: every method with its input and output schema. Main validates inputs
 * against it, handlers are typed from it, and the renderer receives only its types.
 */
import { z } from 'zod';
import { AppInfo, Article, ArticleId, CleanupChange, ArticleSummary, ArticleTitle, DocumentJson, DocumentPatch, Lang, SaveReceipt, Settings, UiLanguage } from './domain.ts';
import { CommentBody, CommentQuote, CommentThread, CommentThreadId, Revision, RevisionDiff, RevisionId, RevisionName } from './domain.ts';
import {
  ArticleListFilter,
  ArticleMetaLine,
  ArticleMetaReceipt,
  ArticleNotes,
  ArticleStandfirst,
  ArticleStatus,
  ArticleStatusInfo,
  IsoDate,
  SearchHit,
  TagCount,
  TagName,
} from './domain.ts';
import { Backup, BackupId, DatabaseHealth, RestoreResult } from './backups.ts';
import { ImportMtModelInput, MtDirection, MtEngineId, MtModel, MtSettingsView, MtSuggestion, SuggestMtInput, UpdateMtEngineInput, UpdateMtSettingsInput } from './mt.ts';
import { DictionaryWord, maxProofreadBlocks, maxProofreadTotalText, ProofreadBlockInput, ProofreadBlockResult, ProofreadingSettings, RuleId, RuleInfo } from './proofreading.ts';
import {
  AnalyseClaimsInput,
  AnalyseClaimsResult,
  Claim,
  ClaimFigure,
  ClaimId,
  ClaimReasonKind,
  ClaimStatus,
  ClaimText,
  EvidenceId,
  EvidenceInput,
  FactCheckExportFormat,
  ReadinessOverride,
  Source,
  SourceId,
  SourcePassageHit,
  VerdictNote,
} from './factcheck.ts';
import {
  CheckSegmentInput,
  ConcordanceHit,
  ConcordanceInput,
  ExportedFile,
  GlossaryFormat,
  GlossaryImportResult,
  GlossaryTerm,
  GlossaryTermId,
  GlossaryTermInput,
  ImportedFile,
  Job,
  JobId,
  Memory,
  MemoryId,
  MemoryName,
  SegmentUpdate,
  SegmentUpdateResult,
  TmLookupInput,
  TmMatch,
  TranslationFinding,
  TranslationSummary,
  TranslationView,
  XliffVersion,
} from './translation.ts';
import type { EventName, MethodName } from './channels.ts';
import type { EventPayload } from './events.ts';
import type { Result } from './errors.ts';

const NoInput = z.object({}).strict();

export const contract = {
  /** Name, version and schema version of the running app. */
  getAppInfo: { input: NoInput, output: AppInfo },
  /**
   * Articles outside the trash (or, with `trashed: true`, only those in it), optionally filtered
   * by status, language and tag; most recently updated first unless `sort`/`direction` say otherwise.
   */
  listArticles: { input: ArticleListFilter, output: z.array(ArticleSummary) },
  /** Creates an empty article in the given content language. */
  createArticle: {
    input: z.object({ lang: Lang, title: ArticleTitle.optional() }).strict(),
    output: Article,
  },
  /** One article with its body. */
  getArticle: { input: z.object({ id: ArticleId }).strict(), output: Article },
  /**
   * Saves headline and body in one transaction. `baseVersion` is the version the edit started
   * from; a mismatch is `CONFLICT`, so a stale window can never overwrite newer text. The body is
   * either the whole `doc` or a `patch` of the body stored at `baseVersion` (only the blocks that
   * changed, which keeps a save of a long article small); a patch main cannot apply is `CONFLICT`.
   */
  saveArticle: {
    input: z.union([
      z.object({ id: ArticleId, title: ArticleTitle, doc: DocumentJson, baseVersion: z.int().positive() }).strict(),
      z.object({ id: ArticleId, title: ArticleTitle, patch: DocumentPatch, baseVersion: z.int().positive() }).strict(),
    ]),
    output: SaveReceipt,
  },
  /**
   * Changes some metadata of an article (only the fields given). Does not change `version`, so the
   * editor's autosave is unaffected. `tags` replaces the list; `datelineDate: null` clears the date.
   */
  updateArticleMeta: {
    input: z
      .object({
        id: ArticleId,
        standfirst: ArticleStandfirst.optional(),
        byline: ArticleMetaLine.optional(),
        datelinePlace: ArticleMetaLine.optional(),
        datelineDate: IsoDate.nullable().optional(),
        outlet: ArticleMetaLine.optional(),
        tags: z.array(TagName).max(50).optional(),
        notes: ArticleNotes.optional(),
      })
      .strict()
      .refine((v) => Object.keys(v).length > 1, 'nothing to update'),
    output: ArticleMetaReceipt,
  },
  /** The workflow status of an article, the moves allowed from it, and its history (newest first). */
  getArticleStatus: { input: z.object({ id: ArticleId }).strict(), output: ArticleStatusInfo },
  /**
   * Moves an article to another workflow status, recorded with the Settings user name and time.
   * A move the workflow does not allow (articleWorkflow.ts) is CONFLICT; the same status is a no-op.
   * The readiness gate (Settings `claimsGate`, on by default): moving to "ready" while claims are
   * unchecked, in progress or false is CLAIMS_UNRESOLVED unless `override.note` says why; the note
   * is recorded in the status history.
   */
  setArticleStatus: {
    input: z.object({ id: ArticleId, status: ArticleStatus, override: ReadinessOverride.optional() }).strict(),
    output: ArticleStatusInfo,
  },
  /** Moves an article to the trash (out of the list and the search); restorable until the trash is emptied. */
  deleteArticle: { input: z.object({ id: ArticleId }).strict(), output: ArticleSummary },
  /** Takes an article out of the trash. */
  restoreArticle: { input: z.object({ id: ArticleId }).strict(), output: ArticleSummary },
  /** Deletes every article in the trash for good; returns how many. */
  emptyTrash: { input: NoInput, output: z.object({ deleted: z.int().nonnegative() }) },
  /**
   * Full-text search of headline, standfirst and body, outside the trash; accents and case do not
   * matter. Words are ANDed, "quoted phrases" match in order, a trailing * is a prefix. Best first.
   */
  searchArticles: {
    input: z
      .object({
        query: z.string().max(500),
        /** Results per page (default 20). */
        limit: z.int().min(1).max(100).optional(),
        offset: z.int().min(0).max(10_000).optional(),
      })
      .strict(),
    output: z.array(SearchHit),
  },
  /** Tags used by articles outside the trash, with counts, alphabetical. */
  listTags: { input: NoInput, output: z.array(TagCount) },
  /** The desk's settings (UI language resolved from the OS locale until chosen). */
  getSettings: { input: NoInput, output: Settings },
  /** Changes some settings; returns all of them. */
  updateSettings: {
    input: z
      .object({ uiLanguage: UiLanguage.optional(), userName: z.string().trim().max(200).optional(), claimsGate: z.boolean().optional() })
      .strict()
      .refine((v) => Object.keys(v).length > 0, 'nothing to update'),
    output: Settings,
  },
  /** The renderer answers a `flushRequested` event once pending saves are acknowledged. */
  reportQuitReady: { input: z.object({ requestId: z.string().min(1).max(100) }).strict(), output: z.object({}) },
  /** Revisions of an article, newest first (without their bodies). */
  listRevisions: { input: z.object({ articleId: ArticleId }).strict(), output: z.array(Revision) },
  /** Saves the article's stored text as a named version (flush autosave first); a blank name means unnamed. */
  createRevision: { input: z.object({ articleId: ArticleId, name: RevisionName.optional() }).strict(), output: Revision },
  /** Word-level diff from a revision to the current text (default) or to another revision of the same article. */
  diffRevision: {
    input: z.object({ articleId: ArticleId, revisionId: RevisionId, against: z.union([z.literal('current'), RevisionId]).optional() }).strict(),
    output: RevisionDiff,
  },
  /**
   * Brings back a revision's headline and body as a new article version. The current text is kept as a
   * 'restore' revision first; nothing is deleted. `baseVersion` as in saveArticle (mismatch is CONFLICT).
   */
  restoreRevision: {
    input: z.object({ articleId: ArticleId, revisionId: RevisionId, baseVersion: z.int().positive() }).strict(),
    output: Article,
  },
  /** Comment threads of an article with their messages, oldest first. */
  listComments: { input: z.object({ articleId: ArticleId }).strict(), output: z.array(CommentThread) },
  /** Starts a thread on `quote` (the selected text); the renderer then marks the selection with its id. */
  createCommentThread: { input: z.object({ articleId: ArticleId, quote: CommentQuote, body: CommentBody }).strict(), output: CommentThread },
  /** Adds a reply to a thread. */
  replyToComment: { input: z.object({ threadId: CommentThreadId, body: CommentBody }).strict(), output: CommentThread },
  /** Marks a thread resolved (by the settings user name). */
  resolveComment: { input: z.object({ threadId: CommentThreadId }).strict(), output: CommentThread },
  /** Opens a resolved thread again. */
  reopenComment: { input: z.object({ threadId: CommentThreadId }).strict(), output: CommentThread },
  /**
   * Imports a file the user chose (.docx, .html, .md, .txt) as a new article. The bytes travel as
   * base64 so the same call works over IPC and HTTP; main sniffs, size-checks and parses them in a
   * worker. Refusals: FILE_TOO_LARGE, UNSUPPORTED_FORMAT, IMPORT_FAILED.
   */
  importArticle: {
    input: z
      .object({
        /** The file's name; its extension is checked against its content. */
        name: z.string().min(1).max(255).refine((s) => !/[\\/\0]/.test(s), 'a file name, not a path'),
        lang: Lang,
        /** File content, base64; at most 50 MB decoded. */
        dataBase64: z.base64().max(Math.ceil((50 * 1024 * 1024) / 3) * 4),
      })
      .strict(),
    output: Article,
  },
  /** Renders an article as a file; the renderer offers it as a download (Electron shows a save dialog). */
  exportArticle: {
    input: z.object({ id: ArticleId, format: z.enum(['docx', 'html', 'md', 'txt', 'pdf']) }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), dataBase64: z.base64() }),
  },
  /**
   * What "Clean up scraped text" would change in the stored article (flush autosave first): the
   * duplicated headline, "Baca juga"/share blocks, non-breaking and double spaces, quotes. Changes nothing.
   */
  previewCleanup: { input: z.object({ id: ArticleId }).strict(), output: z.object({ changes: z.array(CleanupChange) }) },
  /**
   * Applies the cleanup previewed by previewCleanup as one save, keeping marks. `baseVersion` as in
   * saveArticle (mismatch is CONFLICT). With nothing to clean, returns the article unchanged.
   */
  applyCleanup: { input: z.object({ id: ArticleId, baseVersion: z.int().positive() }).strict(), output: Article },
  /**
   * Stores a picture for the editor and returns the image node's `src` (`media/<sha256>`). The
   * type is read from the bytes (PNG, JPEG, GIF, WebP; never SVG); the same bytes twice are stored
   * once. Refusals: FILE_TOO_LARGE (over 20 MB), UNSUPPORTED_FORMAT.
   */
  addMedia: {
    input: z
      .object({
        /** The picture's bytes, base64 (the web host's JSON cannot carry binary); the service caps them at 20 MB. */
        dataBase64: z.base64().min(1).max(Math.ceil((25 * 1024 * 1024) / 3) * 4),
      })
      .strict(),
    output: z.object({
      src: z.string().regex(/^media\/[0-9a-f]{64}$/),
      mime: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']),
      width: z.int().positive().optional(),
      height: z.int().positive().optional(),
    }),
  },
  /**
   * Proofreads paragraphs of an article in its content language (spelling, style, numbers and
   * dates), off the main thread; messages in the UI language. Offsets are into each block's text.
   * Spelling findings carry no suggestions (ask suggestSpelling). PROOFREADING_UNAVAILABLE when the
   * checker failed (it restarts by itself on the next call).
   */
  proofreadBlocks: {
    input: z
      .object({ articleId: ArticleId, lang: Lang, blocks: z.array(ProofreadBlockInput).min(1).max(maxProofreadBlocks) })
      .strict()
      .refine((v) => v.blocks.reduce((n, b) => n + b.text.length, 0) <= maxProofreadTotalText, 'too much text in one call'),
    output: z.object({ results: z.array(ProofreadBlockResult) }),
  },
  /** Spelling suggestions for one word, best first. */
  suggestSpelling: { input: z.object({ word: DictionaryWord, lang: Lang }).strict(), output: z.object({ suggestions: z.array(z.string()) }) },
  /** Every proofreading rule with its title, explanation and example in both UI languages. */
  listProofreadingRules: { input: NoInput, output: z.object({ rules: z.array(RuleInfo) }) },
  /** The personal dictionary and the switched-off rules. */
  getProofreadingSettings: { input: NoInput, output: ProofreadingSettings },
  /** Switches one rule on or off (an unknown rule id is NOT_FOUND). */
  setProofreadingRule: { input: z.object({ rule: RuleId, enabled: z.boolean() }).strict(), output: ProofreadingSettings },
  /** Adds a word to the personal dictionary (accepted in every article from now on). */
  addToDictionary: { input: z.object({ word: DictionaryWord }).strict(), output: ProofreadingSettings },
  /** Takes a word out of the personal dictionary. */
  removeFromDictionary: { input: z.object({ word: DictionaryWord }).strict(), output: ProofreadingSettings },
  /** "Ignore all": the word is not a spelling finding anywhere in this article (kept with the article). */
  ignoreWord: { input: z.object({ articleId: ArticleId, word: DictionaryWord }).strict(), output: z.object({ ignored: z.array(z.string()) }) },
  /**
   * Claim candidates (sentences worth checking, with reasons and figures, best first) and
   * consistency/date findings across the given paragraphs of an article (in order), computed off
   * the main thread; messages in the UI language. PROOFREADING_UNAVAILABLE when the worker failed.
   */
  analyseClaims: { input: AnalyseClaimsInput, output: AnalyseClaimsResult },
  /** The article's claims with evidence and history, in text order where known (orphans last). */
  listClaims: { input: z.object({ articleId: ArticleId }).strict(), output: z.array(Claim) },
  /** Starts tracking a claim on `text` (the selection or an accepted candidate); the renderer then marks it with the id. */
  createClaim: {
    input: z
      .object({
        articleId: ArticleId,
        text: ClaimText,
        reasons: z.array(ClaimReasonKind).max(10).optional(),
        figures: z.array(ClaimFigure).max(50).optional(),
      })
      .strict(),
    output: Claim,
  },
  /** Changes a claim's status and/or verdict note (recorded in its history with the Settings user name). */
  updateClaim: {
    input: z
      .object({ claimId: ClaimId, status: ClaimStatus.optional(), verdictNote: VerdictNote.optional() })
      .strict()
      .refine((v) => v.status !== undefined || v.verdictNote !== undefined, 'nothing to update'),
    output: Claim,
  },
  /** Stops tracking a claim (the renderer removes its mark); its evidence goes with it. */
  deleteClaim: { input: z.object({ claimId: ClaimId }).strict(), output: z.object({ deleted: z.literal(true) }) },
  /** Adds an evidence item (a web page, a document, or a local file the app keeps). */
  addEvidence: { input: z.object({ claimId: ClaimId, evidence: EvidenceInput }).strict(), output: Claim },
  /** Removes an evidence item (recorded in the claim's history). */
  removeEvidence: { input: z.object({ claimId: ClaimId, evidenceId: EvidenceId }).strict(), output: Claim },
  /** A local evidence file, to save or open. */
  getEvidenceFile: {
    input: z.object({ evidenceId: EvidenceId }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), dataBase64: z.base64() }),
  },
  /**
   * Imports a document into the source library (.txt, .md, .html, .docx, .pdf text), split into
   * searchable passages; same limits and sanitising as importArticle (FILE_TOO_LARGE,
   * UNSUPPORTED_FORMAT, IMPORT_FAILED). A bad file changes nothing.
   */
  importSource: {
    input: z
      .object({
        name: z.string().min(1).max(255).refine((s) => !/[\\/\0]/.test(s), 'a file name, not a path'),
        dataBase64: z.base64().max(Math.ceil((50 * 1024 * 1024) / 3) * 4),
      })
      .strict(),
    output: Source,
  },
  /** The source library, newest first. */
  listSources: { input: NoInput, output: z.array(Source) },
  /** Removes a source and its passages (evidence that cites it keeps its excerpt). */
  deleteSource: { input: z.object({ id: SourceId }).strict(), output: z.object({ deleted: z.literal(true) }) },
  /** Full-text search of the source library's passages (same query syntax as searchArticles), best first. */
  searchSources: {
    input: z.object({ query: z.string().max(500), limit: z.int().min(1).max(100).optional() }).strict(),
    output: z.array(SourcePassageHit),
  },
  /** Passages of the source library ranked by how many of the claim's figures and names they contain. */
  findEvidence: { input: z.object({ claimId: ClaimId, limit: z.int().min(1).max(50).optional() }).strict(), output: z.array(SourcePassageHit) },
  /** The fact-check report of an article (HTML, Markdown, DOCX) or its ClaimReview JSON-LD, as a file. */
  exportFactCheck: {
    input: z.object({ articleId: ArticleId, format: FactCheckExportFormat }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), dataBase64: z.base64() }),
  },
  // --- Translation desk (issue 6) ---
  /**
   * "Translate to English/Indonesian": a new article in `targetLang` linked to the source, with
   * the source's sentences as segments (status new). CONFLICT when the languages are the same.
   */
  createTranslation: { input: z.object({ sourceArticleId: ArticleId, targetLang: Lang }).strict(), output: TranslationSummary },
  /** Translations the article is the source or the target of. */
  listTranslations: { input: z.object({ articleId: ArticleId }).strict(), output: z.array(TranslationSummary) },
  /**
   * A translation's segments (target article id), first brought in step with the source: changed
   * sentences flagged `sourceChanged`, removed ones kept as `removedFromSource`, new ones added.
   */
  getTranslation: { input: z.object({ articleId: ArticleId }).strict(), output: TranslationView },
  /**
   * Saves one segment's target and status; the target article's body is assembled again. A
   * confirmed segment (translated or later) is stored in the writable memories and fills its
   * exact repeats that are still empty.
   */
  updateSegment: { input: SegmentUpdate, output: SegmentUpdateResult },
  /** Translation QA of every segment of a translation (target article id). */
  checkTranslation: { input: z.object({ articleId: ArticleId }).strict(), output: z.array(TranslationFinding) },
  /** Translation QA of one source/target pair, as the translator types (glossary included). */
  checkSegment: { input: CheckSegmentInput, output: z.array(TranslationFinding) },
  /** Fills the empty segments from the readable memories (matches at or above `minScore`, default 75): a job. */
  /**
   * Fills the empty segments: from the readable memories first (matches at or above `minScore`,
   * default 75), then, when `engine` is given, the rest by machine translation (as drafts, never
   * stored in a memory until a person confirms them). A job.
   */
  startPretranslate: { input: z.object({ articleId: ArticleId, minScore: z.int().min(50).max(100).optional(), engine: MtEngineId.optional() }).strict(), output: Job },
  /** A machine translation of one segment with its QA findings; nothing is saved. */
  suggestMt: { input: SuggestMtInput, output: MtSuggestion },

  /** The machine-translation engines, the default one and the model registry address. */
  getMtSettings: { input: NoInput, output: MtSettingsView },
  /** Switches an engine on or off, sets its address, model or key (stored encrypted). */
  updateMtEngine: { input: UpdateMtEngineInput, output: MtSettingsView },
  updateMtSettings: { input: UpdateMtSettingsInput, output: MtSettingsView },
  /** Offline models installed, per direction. */
  listMtModels: { input: NoInput, output: z.array(MtModel) },
  /** Installs a model from an archive or a folder's files the user chose; validated, all or nothing. */
  importMtModel: { input: ImportMtModelInput, output: z.array(MtModel) },
  removeMtModel: { input: MtDirection.strict(), output: z.array(MtModel) },
  /** Downloads the official model for a direction (only when the user asks): a job, resumable, checksummed. */
  startMtModelDownload: { input: MtDirection.strict(), output: Job },
  /** The translation as XLIFF 1.2 or 2.1 (segment ids kept), for another CAT tool. */
  exportXliff: { input: z.object({ articleId: ArticleId, version: XliffVersion }).strict(), output: ExportedFile },
  /**
   * Reads back an XLIFF 1.2/2.1 file of this translation: targets of matching segment ids are
   * updated. Invalid or hostile files: IMPORT_FAILED/UNSUPPORTED_FORMAT, nothing changed.
   */
  importXliff: {
    input: z.object({ articleId: ArticleId, file: ImportedFile }).strict(),
    output: z.object({ updated: z.int().min(0), unchanged: z.int().min(0), unknown: z.int().min(0) }),
  },

  /** Translation memories with their unit counts. */
  listMemories: { input: NoInput, output: z.array(Memory) },
  createMemory: { input: z.object({ name: MemoryName, sourceLang: Lang, targetLang: Lang }).strict(), output: Memory },
  /** Renames a memory or switches its read/write flags. */
  updateMemory: {
    input: z.object({ id: MemoryId, name: MemoryName.optional(), readable: z.boolean().optional(), writable: z.boolean().optional() }).strict(),
    output: Memory,
  },
  deleteMemory: { input: z.object({ id: MemoryId }).strict(), output: z.object({ deleted: z.literal(true) }) },
  /** Exact and fuzzy matches from the readable memories, best first. */
  lookupTm: { input: TmLookupInput, output: z.array(TmMatch) },
  /** Units whose source (or target) contains the query, first `limit` (default 20). */
  concordance: { input: ConcordanceInput, output: z.array(ConcordanceHit) },
  /** Imports a TMX 1.4b file into a memory in a worker: a job with progress, cancellable. */
  startTmxImport: { input: z.object({ memoryId: MemoryId, file: ImportedFile }).strict(), output: Job },
  /** A memory as TMX 1.4b. */
  exportTmx: { input: z.object({ memoryId: MemoryId }).strict(), output: ExportedFile },

  /** Glossary entries, optionally those containing `query` in either language. */
  listGlossaryTerms: {
    input: z.object({ query: z.string().max(500).optional(), limit: z.int().min(1).max(5000).optional() }).strict(),
    output: z.array(GlossaryTerm),
  },
  /** Adds an entry (no id) or changes one. */
  saveGlossaryTerm: { input: GlossaryTermInput, output: GlossaryTerm },
  deleteGlossaryTerm: { input: z.object({ id: GlossaryTermId }).strict(), output: z.object({ deleted: z.literal(true) }) },
  /** Imports a TBX or CSV glossary (by extension); all or nothing. */
  importGlossary: { input: z.object({ file: ImportedFile }).strict(), output: GlossaryImportResult },
  exportGlossary: { input: z.object({ format: GlossaryFormat }).strict(), output: ExportedFile },

  /** A long job's progress. */
  getJob: { input: z.object({ id: JobId }).strict(), output: Job },
  /** Asks a running job to stop; what it did so far is rolled back. */
  cancelJob: { input: z.object({ id: JobId }).strict(), output: Job },

  /** Database backups in `<data>/backups/`, newest first. */
  listBackups: { input: NoInput, output: z.array(Backup) },
  /** "Back up now": a checked copy of the database as it is. */
  createBackup: { input: NoInput, output: Backup },
  /** Backs up the current state (unless it is damaged), then puts the backup in place and reopens. */
  restoreBackup: { input: z.object({ id: BackupId }).strict(), output: RestoreResult },
  /** Start-up check result: ok, or damaged and open read-only. */
  getDatabaseHealth: { input: NoInput, output: DatabaseHealth },
} as const satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

// Compile-time check that channels.ts lists exactly the contract's methods, no more.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const contractMatchesChannels: Exact<keyof typeof contract, MethodName> = true;
void contractMatchesChannels;

export type Contract = typeof contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

/** What `window.api` offers: one async method per contract entry, plus event subscription. */
export type Api = { [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>> } & {
  /** Subscribes to a main -> renderer event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
