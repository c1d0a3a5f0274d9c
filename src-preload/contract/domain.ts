/** Domain schemas shared by main, preload and renderer; types are inferred from them. */
import { z } from 'zod';
import { articleStatuses } from './articleWorkflow.ts';

/** Language of an article's content. Data, never the UI locale. */
export const Lang = z.enum(['id', 'en']);
export type Lang = z.infer<typeof Lang>;

/** Language of the user interface. */
export const UiLanguage = z.enum(['id', 'en']);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const ArticleId = z.uuid();
export type ArticleId = z.infer<typeof ArticleId>;

/** Headline: one line, bounded so a pasted book cannot become a title. */
export const ArticleTitle = z.string().max(1000).refine((s) => !/[\r\n]/.test(s), 'title must be one line');

/**
 * ProseMirror JSON of an article body. Checked only in shape here; main checks it node by node
 * against `documentSchema.ts`, which is the real validation (zod on 50k words would be slow).
 */
export const DocumentJson = z
  .object({
    type: z.literal('doc'),
    content: z.array(z.record(z.string(), z.unknown())).max(200_000).optional(),
  })
  .loose();
export type DocumentJson = z.infer<typeof DocumentJson>;

/** Most top-level blocks a body may have (as `DocumentJson.content`). */
const maxBlocks = 200_000;

/**
 * A change to the top-level blocks of the body stored at a save's `baseVersion`: `deleteCount`
 * blocks from index `start` are replaced by `blocks` (ProseMirror JSON, checked in main like a
 * whole document). `baseBlockCount` is how many blocks the editor's copy of that body has; if
 * main's copy has a different number, the save is `CONFLICT` and the editor sends the whole body.
 */
export const DocumentPatch = z
  .object({
    start: z.int().nonnegative().max(maxBlocks),
    deleteCount: z.int().nonnegative().max(maxBlocks),
    blocks: z.array(z.record(z.string(), z.unknown())).max(maxBlocks),
    baseBlockCount: z.int().positive().max(maxBlocks),
  })
  .strict()
  .refine((p) => p.start + p.deleteCount <= p.baseBlockCount, 'the replaced blocks must lie inside the document');
export type DocumentPatch = z.infer<typeof DocumentPatch>;

const IsoTime = z.iso.datetime();

/** Workflow status of an article; the allowed moves are in `articleWorkflow.ts`. */
export const ArticleStatus = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

/** A calendar date, `YYYY-MM-DD` (the dateline date: when and where the story happened). */
export const IsoDate = z.iso.date();

/** False for control characters other than tab and line breaks (they cannot be typed, only injected). */
function noControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return false;
  }
  return true;
}
const oneLine = (s: string) => !/[\r\n]/.test(s);

/** A one-line metadata field (byline, dateline place, outlet) of at most `max` characters. */
const MetaLine = (max: number) => z.string().max(max).refine((s) => oneLine(s) && noControl(s), 'must be one line of text');

/** Byline, dateline place and outlet: one line each. */
export const ArticleMetaLine = MetaLine(200);
/** The standfirst (lede under the headline): one paragraph, searchable. */
export const ArticleStandfirst = MetaLine(2000);
/** Free notes for the desk; several lines allowed. */
export const ArticleNotes = z.string().max(20_000).refine(noControl, 'notes must be text');

/**
 * A tag as typed: trimmed, 1-60 characters, one line. Main normalises it further (NFC, single
 * spaces, no leading '#') and treats tags that differ only in case as the same tag.
 */
export const TagName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine((s) => oneLine(s) && noControl(s), 'tag must be one line of text');

export const ArticleSummary = z.object({
  id: ArticleId,
  title: z.string(),
  lang: Lang,
  wordCount: z.int().nonnegative(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  status: ArticleStatus,
  byline: z.string(),
  /** When the article was moved to the trash; null when it is not in the trash. */
  deletedAt: IsoTime.nullable(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** Everything about an article except its headline, body and workflow status. */
export const ArticleMeta = z.object({
  standfirst: z.string(),
  byline: z.string(),
  datelinePlace: z.string(),
  datelineDate: IsoDate.nullable(),
  outlet: z.string(),
  /** Normalised tags in the order they were entered; unique regardless of case. */
  tags: z.array(z.string()),
  notes: z.string(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = ArticleSummary.extend({
  ...ArticleMeta.shape,
  doc: DocumentJson,
  /** Increases by one on every save; a save names the version it was based on. */
  version: z.int().positive(),
});
export type Article = z.infer<typeof Article>;

/** What `updateArticleMeta` returns: the stored metadata and the article's new update time. */
export const ArticleMetaReceipt = ArticleMeta.extend({ id: ArticleId, updatedAt: IsoTime });
export type ArticleMetaReceipt = z.infer<typeof ArticleMetaReceipt>;

/** One recorded status change; `by` is the Settings user name at the time ('' when none). */
export const StatusChange = z.object({
  from: ArticleStatus.nullable(),
  to: ArticleStatus,
  by: z.string(),
  at: IsoTime,
  /** Why the readiness gate was overridden ('' for an ordinary move). */
  note: z.string(),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** An article's status, the moves it allows now, and its history, newest first. */
export const ArticleStatusInfo = z.object({
  id: ArticleId,
  status: ArticleStatus,
  allowed: z.array(ArticleStatus),
  history: z.array(StatusChange),
});
export type ArticleStatusInfo = z.infer<typeof ArticleStatusInfo>;

/** Library sort keys. */
export const ArticleSort = z.enum(['updated', 'created', 'title', 'wordCount']);
export type ArticleSort = z.infer<typeof ArticleSort>;

export const SortDirection = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof SortDirection>;

/** Library filters; all optional. Without `trashed` (or false) the trash is left out. */
export const ArticleListFilter = z
  .object({
    status: ArticleStatus.optional(),
    lang: Lang.optional(),
    tag: TagName.optional(),
    /** true: only the trash; false or absent: only articles not in the trash. */
    trashed: z.boolean().optional(),
    /** Default 'updated'. */
    sort: ArticleSort.optional(),
    /** Default 'desc', except 'asc' for 'title'. */
    direction: SortDirection.optional(),
  })
  .strict();
export type ArticleListFilter = z.infer<typeof ArticleListFilter>;

/** A tag in use and how many articles outside the trash carry it. */
export const TagCount = z.object({ name: z.string(), count: z.int().positive() });
export type TagCount = z.infer<typeof TagCount>;

/** A run of snippet or headline text; `hit` runs matched the query and are shown highlighted. */
export const SearchSegment = z.object({ text: z.string(), hit: z.boolean() });
export type SearchSegment = z.infer<typeof SearchSegment>;

/** One search result: the article, its headline with hits marked, and the best snippet. */
export const SearchHit = z.object({
  summary: ArticleSummary,
  headline: z.array(SearchSegment),
  snippet: z.array(SearchSegment),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SaveReceipt = z.object({
  id: ArticleId,
  version: z.int().positive(),
  wordCount: z.int().nonnegative(),
  updatedAt: IsoTime,
});
export type SaveReceipt = z.infer<typeof SaveReceipt>;

export const Settings = z.object({
  uiLanguage: UiLanguage,
  /** False until the user picks a language; until then it follows the OS locale. */
  uiLanguageChosen: z.boolean(),
  /** Name recorded on revisions and status changes. */
  userName: z.string().max(200),
  /** The readiness gate: moving to "ready" with unresolved claims asks for an override note. */
  claimsGate: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.int().nonnegative(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Why a revision was taken: periodically while editing, by hand, on a status change, or around a restore. */
export const RevisionKind = z.enum(['auto', 'named', 'status', 'restore']);
export type RevisionKind = z.infer<typeof RevisionKind>;

export const RevisionId = z.uuid();
export type RevisionId = z.infer<typeof RevisionId>;

/** Optional name of a version the user saved by hand; blank means unnamed. */
export const RevisionName = z.string().trim().max(200).refine((s) => !/[\r\n]/.test(s), 'name must be one line');

/** A stored snapshot of an article's headline and body (the body itself travels only in a diff). */
export const Revision = z.object({
  id: RevisionId,
  articleId: ArticleId,
  /** 1, 2, 3 … per article, in the order the revisions were taken. */
  number: z.int().positive(),
  /** The article version this snapshot holds. */
  articleVersion: z.int().positive(),
  title: z.string(),
  kind: RevisionKind,
  /** Name given by the user (named versions) or by the caller (e.g. a status); null when none. */
  name: z.string().nullable(),
  /** For the revision written by a restore: the number of the revision whose text it brought back. */
  restoredFrom: z.int().positive().nullable(),
  /** Settings user name at the time, '' when none was set. */
  author: z.string(),
  wordCount: z.int().nonnegative(),
  createdAt: IsoTime,
});
export type Revision = z.infer<typeof Revision>;

/** One run of a word-level diff. */
export const DiffSegment = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffSegment = z.infer<typeof DiffSegment>;

/** One block (paragraph, heading, list item paragraph …) of a diff; `op` says whether the whole block changed. */
export const DiffBlock = z.object({
  op: z.enum(['equal', 'insert', 'delete', 'change']),
  /** Node type of the block ('paragraph', 'heading', 'codeBlock' …), for display. */
  type: z.string(),
  segments: z.array(DiffSegment),
});
export type DiffBlock = z.infer<typeof DiffBlock>;

/** Word-level differences from a revision (old) to the current text or another revision (new). */
export const RevisionDiff = z.object({
  from: Revision,
  /** The revision compared against, or null for the article's current text. */
  to: Revision.nullable(),
  title: z.array(DiffSegment),
  blocks: z.array(DiffBlock),
  insertedWords: z.int().nonnegative(),
  deletedWords: z.int().nonnegative(),
});
export type RevisionDiff = z.infer<typeof RevisionDiff>;

export const CommentThreadId = z.uuid();
export type CommentThreadId = z.infer<typeof CommentThreadId>;

/** Text of a comment or reply. */
export const CommentBody = z.string().trim().min(1).max(10_000);

/** The commented text as it was when the thread started (kept even if the text later changes). */
export const CommentQuote = z.string().min(1).max(5_000);

export const CommentMessage = z.object({
  id: z.uuid(),
  threadId: CommentThreadId,
  author: z.string(),
  body: z.string(),
  createdAt: IsoTime,
});
export type CommentMessage = z.infer<typeof CommentMessage>;

/** A comment thread. The text carries only a `comment` mark with this id; everything else lives here. */
export const CommentThread = z.object({
  id: CommentThreadId,
  articleId: ArticleId,
  quote: z.string(),
  createdBy: z.string(),
  createdAt: IsoTime,
  resolvedAt: IsoTime.nullable(),
  resolvedBy: z.string().nullable(),
  /** The first message opens the thread; replies follow, oldest first. */
  messages: z.array(CommentMessage),
});
export type CommentThread = z.infer<typeof CommentThread>;

/** What the "Clean up scraped text" command changes, one kind per rule. */
export const CleanupChangeKind = z.enum(['duplicate-headline', 'read-also', 'share-line', 'nbsp', 'spaces', 'quotes']);
export type CleanupChangeKind = z.infer<typeof CleanupChangeKind>;

/** One change of a cleanup preview: a removed block or line (`after` is ''), or a text fix in it. */
export const CleanupChange = z.object({
  kind: CleanupChangeKind,
  /** The block (or line) before this step. */
  before: z.string(),
  /** The block (or line) after this step; '' when it was removed. */
  after: z.string(),
  /** 1-based: the line of plain text, or the block (paragraph, heading …) of a document, in document order. */
  line: z.int().positive(),
});
export type CleanupChange = z.infer<typeof CleanupChange>;
