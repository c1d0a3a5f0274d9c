/** Domain schemas shared by main, preload and renderer; types are inferred from them. */
import { z } from 'zod';

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

const IsoTime = z.iso.datetime();

export const ArticleSummary = z.object({
  id: ArticleId,
  title: z.string(),
  lang: Lang,
  wordCount: z.int().nonnegative(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = ArticleSummary.extend({
  doc: DocumentJson,
  /** Increases by one on every save; a save names the version it was based on. */
  version: z.int().positive(),
});
export type Article = z.infer<typeof Article>;

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
});
export type Settings = z.infer<typeof Settings>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.int().nonnegative(),
});
export type AppInfo = z.infer<typeof AppInfo>;
