/**
 * Bridge shapes of machine translation (issue 7): the engines and their settings (keys never
 * travel to the renderer, only whether one is stored), the offline models of the model manager,
 * and MT suggestions for a segment of the translation desk.
 */
import { z } from 'zod';
import { ArticleId, Lang } from './domain.ts';
import { ImportedFile, MtEngineId, SegmentId, TranslationFinding } from './translation.ts';

export { MtEngineId, mtEngineIds } from './translation.ts';

/** A server address the user typed: http(s) only, no credentials in it (keys go in the key field). */
export const MtBaseUrl = z
  .string()
  .trim()
  .max(500)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.password === '';
    } catch {
      return false;
    }
  }, 'an http(s) address without user name or password');

export const MtDirection = z.object({ from: Lang, to: Lang });
export type MtDirection = z.infer<typeof MtDirection>;

/** One engine as Settings and the desk see it. */
export const MtEngineInfo = z.object({
  id: MtEngineId,
  /** Display name (a product name, the same in both UI languages). */
  name: z.string(),
  /** Nothing leaves the machine. */
  offline: z.boolean(),
  /** Switched on in Settings. Online engines are off until the user switches them on; Bergamot is on. */
  enabled: z.boolean(),
  /** Enabled and able to translate these directions now (Bergamot: a model is installed for it). */
  ready: z.array(MtDirection),
  /** Server address (online engines); null for Bergamot. */
  baseUrl: z.string().nullable(),
  /** Model name (the OpenAI-compatible engine); null for the others. */
  model: z.string().nullable(),
  /** A key is stored (encrypted). The key itself never leaves main. */
  hasKey: z.boolean(),
});
export type MtEngineInfo = z.infer<typeof MtEngineInfo>;

export const MtSettingsView = z.object({
  engines: z.array(MtEngineInfo),
  /** The engine used for suggestions and pre-translation unless another is picked. */
  defaultEngine: MtEngineId,
  /** Where "Download" fetches the official models' registry from. */
  registryUrl: z.string(),
  /** Keys can be stored: false where the system offers no encrypted store (then online keys are refused). */
  keyStoreAvailable: z.boolean(),
});
export type MtSettingsView = z.infer<typeof MtSettingsView>;

export const UpdateMtEngineInput = z
  .object({
    id: MtEngineId,
    enabled: z.boolean().optional(),
    baseUrl: MtBaseUrl.optional(),
    model: z.string().trim().min(1).max(200).optional(),
    /** A new key; null removes the stored one; absent keeps it. */
    apiKey: z.string().trim().min(1).max(500).nullable().optional(),
  })
  .strict();

export const UpdateMtSettingsInput = z
  .object({
    defaultEngine: MtEngineId.optional(),
    registryUrl: MtBaseUrl.optional(),
  })
  .strict();

/** An installed offline model (one direction). */
export const MtModel = z.object({
  from: Lang,
  to: Lang,
  bytes: z.number().min(0),
  origin: z.enum(['import', 'download']).nullable(),
  installedAt: z.string().nullable(),
  /** The folder is there but its manifest or a file is missing or unreadable: remove and reinstall. */
  damaged: z.boolean(),
});
export type MtModel = z.infer<typeof MtModel>;

/**
 * A model the user chose: one archive (.zip, .tar.gz, .tgz) or the files of a model folder (by name
 * only; the renderer never sends paths).
 */
export const ImportMtModelInput = z.object({ files: z.array(ImportedFile).min(1).max(12) }).strict();

/** A machine translation of one segment, offered before the translator confirms anything. */
export const MtSuggestion = z.object({
  engine: MtEngineId,
  engineName: z.string(),
  target: z.string(),
  /** Translation QA of the suggestion against its source (numbers, magnitudes, names, glossary). */
  findings: z.array(TranslationFinding),
});
export type MtSuggestion = z.infer<typeof MtSuggestion>;

export const SuggestMtInput = z.object({ articleId: ArticleId, segmentId: SegmentId, engine: MtEngineId.optional() }).strict();
