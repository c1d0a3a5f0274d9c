/**
 * The manifest the model manager writes beside every installed Bergamot model, and the only thing
 * the Bergamot engine reads to find its files. An installed direction lives in
 * `<data folder>/mt-models/<from>-<to>/` with the files named below and `manifest.json`.
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';

/** One file of a model: its name in the folder, size in bytes and SHA-256 (hex, lower case). */
export interface ModelFileEntry {
  name: string;
  size: number;
  sha256: string;
}

export interface ModelManifest {
  from: Lang;
  to: Lang;
  /** The translation model (`model.idenintgemm.alphas.bin` and the like). */
  model: ModelFileEntry;
  /** The lexical shortlist (`lex.50.50.iden.s2t.bin`). */
  lex: ModelFileEntry;
  /** One shared vocabulary, or the source and target vocabularies in that order. */
  vocabs: ModelFileEntry[];
  /** Where it came from: a folder or archive the user chose, or a download. */
  origin: 'import' | 'download';
  installedAt: string;
  /** Sum of the files' sizes. */
  bytes: number;
}

/** Name of the folder that holds one direction's model. */
export function modelFolderName(from: Lang, to: Lang): string {
  return `${from}-${to}`;
}

/** The manifest's file name inside a model folder. */
export const manifestFileName = 'manifest.json';
