/**
 * Reads and checks a model folder's `manifest.json` (shape in modelManifest.ts). The Bergamot
 * engine and the model store both use it, so a hand-edited or half-written manifest is refused
 * the same way everywhere: file names must be plain names of the right kind (never a path), sizes
 * whole numbers, hashes 64 hex digits, and the direction id/en.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Lang } from '../../../src-preload/contract/domain.ts';
import { AppError } from '../../services/appError.ts';
import { manifestFileName, type ModelManifest } from './modelManifest.ts';
import { recogniseModelFileName } from './modelFiles.ts';

const FileEntry = z.object({
  name: z.string().refine((name) => recogniseModelFileName(name) !== null && !name.endsWith('.gz'), 'not a model file name'),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const ModelManifestSchema = z.object({
  from: Lang,
  to: Lang,
  model: FileEntry,
  lex: FileEntry,
  vocabs: z.array(FileEntry).min(1).max(2),
  origin: z.enum(['import', 'download']),
  installedAt: z.string().max(64),
  bytes: z.number().int().nonnegative(),
});

/** Parses manifest JSON text; throws MT_MODEL_INVALID naming what is wrong. */
export function parseModelManifest(text: string, label = manifestFileName): ModelManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('MT_MODEL_INVALID', `${label}: not valid JSON`);
  }
  const parsed = ModelManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('MT_MODEL_INVALID', `${label}: not a model manifest (${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'wrong shape'})`);
  }
  if (parsed.data.from === parsed.data.to) throw new AppError('MT_MODEL_INVALID', `${label}: the direction goes from a language to itself`);
  return parsed.data;
}

/** Reads `<dir>/manifest.json`; a missing or unreadable file is MT_MODEL_INVALID too. */
export async function readModelManifest(dir: string): Promise<ModelManifest> {
  let text: string;
  try {
    text = await readFile(join(dir, manifestFileName), 'utf8');
  } catch (error) {
    throw new AppError('MT_MODEL_INVALID', `${manifestFileName}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseModelManifest(text);
}
