/**
 * Bridge shapes of proofreading in the editor: paragraphs sent for checking, their findings, the
 * rules' documentation, and the user's proofreading settings (personal dictionary, rules off).
 * Findings mirror src-main/proofreading/finding.ts, the shape `redaksi check --json` prints.
 */
import { z } from 'zod';
import { Lang } from './domain.ts';

export const findingKinds = ['spelling', 'style', 'number', 'date', 'consistency', 'claim'] as const;
export const FindingKind = z.enum(findingKinds);
export type FindingKind = z.infer<typeof FindingKind>;

/** Most paragraphs one proofreadBlocks call may carry (the editor sends chunks of fewer). */
export const maxProofreadBlocks = 200;
/** Longest paragraph text checked; longer ones are refused (the editor skips them). */
export const maxProofreadBlockText = 20_000;

/** Most text one call may carry in all (a 5k-word article is ~35k characters). */
export const maxProofreadTotalText = 200_000;

export const ProofreadBlockInput = z
  .object({
    /** Chosen by the caller to match replies to paragraphs; echoed back unchanged. */
    key: z.string().min(1).max(64),
    text: z.string().max(maxProofreadBlockText),
  })
  .strict();

export const Finding = z.object({
  kind: FindingKind,
  rule: z.string(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  text: z.string(),
  message: z.string(),
  suggestions: z.array(z.string()),
});
export type Finding = z.infer<typeof Finding>;

export const ProofreadBlockResult = z.object({ key: z.string(), findings: z.array(Finding) });
export type ProofreadBlockResult = z.infer<typeof ProofreadBlockResult>;

const Localised = z.object({ id: z.string(), en: z.string() });
export const RuleInfo = z.object({
  id: z.string(),
  kind: FindingKind,
  lang: Lang,
  title: Localised,
  explanation: Localised,
  example: z.object({ wrong: z.string(), right: z.string() }),
});
export type RuleInfo = z.infer<typeof RuleInfo>;

/** A rule id such as `id.di-place`, `spelling.unknown`, `date.weekday`. */
export const RuleId = z.string().min(3).max(80).regex(/^[a-z]+(?:\.[a-z0-9-]+)+$/, 'a rule id');

/** One word for the personal dictionary or "ignore all": letters, marks, digits, ' ’ - . only. */
export const DictionaryWord = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{M}\p{N}'’.-]+$/u, 'one word')
  .refine((w) => /\p{L}/u.test(w), 'one word');

export const ProofreadingSettings = z.object({
  /** Rule ids switched off (every language the rule applies to). */
  disabledRules: z.array(z.string()),
  /** The personal dictionary, sorted. */
  dictionary: z.array(z.string()),
});
export type ProofreadingSettings = z.infer<typeof ProofreadingSettings>;
