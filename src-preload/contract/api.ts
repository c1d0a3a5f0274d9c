/**
 * The bridge contract: every method with its input and output schema. Main validates inputs
 * against it, handlers are typed from it, and the renderer receives only its types.
 */
import { z } from 'zod';
import { AppInfo, Article, ArticleId, ArticleSummary, ArticleTitle, DocumentJson, Lang, SaveReceipt, Settings, UiLanguage } from './domain.ts';
import type { EventName, MethodName } from './channels.ts';
import type { EventPayload } from './events.ts';
import type { Result } from './errors.ts';

const NoInput = z.object({}).strict();

export const contract = {
  /** Name, version and schema version of the running app. */
  getAppInfo: { input: NoInput, output: AppInfo },
  /** All articles, most recently updated first. */
  listArticles: { input: NoInput, output: z.array(ArticleSummary) },
  /** Creates an empty article in the given content language. */
  createArticle: {
    input: z.object({ lang: Lang, title: ArticleTitle.optional() }).strict(),
    output: Article,
  },
  /** One article with its body. */
  getArticle: { input: z.object({ id: ArticleId }).strict(), output: Article },
  /**
   * Saves headline and body in one transaction. `baseVersion` is the version the edit started
   * from; a mismatch is `CONFLICT`, so a stale window can never overwrite newer text.
   */
  saveArticle: {
    input: z.object({ id: ArticleId, title: ArticleTitle, doc: DocumentJson, baseVersion: z.int().positive() }).strict(),
    output: SaveReceipt,
  },
  /** The desk's settings (UI language resolved from the OS locale until chosen). */
  getSettings: { input: NoInput, output: Settings },
  /** Changes some settings; returns all of them. */
  updateSettings: {
    input: z
      .object({ uiLanguage: UiLanguage.optional(), userName: z.string().trim().max(200).optional() })
      .strict()
      .refine((v) => Object.keys(v).length > 0, 'nothing to update'),
    output: Settings,
  },
  /** The renderer answers a `flushRequested` event once pending saves are acknowledged. */
  reportQuitReady: { input: z.object({ requestId: z.string().min(1).max(100) }).strict(), output: z.object({}) },
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
