/**
 * Which of the files the user picked go to main as a model, checked before any byte is read:
 * main refuses the same things, but here the user gets a precise reason at once instead of
 * waiting for megabytes to be encoded and sent.
 */
import { maxInterchangeBytes } from '../../../src-preload/contract/translation.ts';

/** A model folder holds a model, a shortlist and one or two vocabularies (and maybe a few extras). */
export const maxModelFiles = 12;

export interface PickedFile {
  name: string;
  size: number;
  /** `folder/file` for files picked with a folder input; '' otherwise. */
  webkitRelativePath: string;
}

export type ModelFilesChoice<F extends PickedFile> =
  | { ok: true; files: F[] }
  | { ok: false; reason: 'empty' | 'notArchive' | 'tooMany' | 'tooLarge'; count?: number };

const archiveName = /\.(zip|tgz|tar\.gz)$/i;

export function isModelArchiveName(name: string): boolean {
  return archiveName.test(name);
}

/** One archive (.zip, .tar.gz, .tgz): main unpacks and validates it. */
export function chooseArchive<F extends PickedFile>(picked: readonly F[]): ModelFilesChoice<F> {
  const file = picked[0];
  if (!file) return { ok: false, reason: 'empty' };
  if (picked.length > 1 || !isModelArchiveName(file.name)) return { ok: false, reason: 'notArchive' };
  if (file.size > maxInterchangeBytes) return { ok: false, reason: 'tooLarge' };
  return { ok: true, files: [file] };
}

/**
 * The files directly inside the chosen folder. Files in sub-folders are left out (a model folder
 * is flat, and their names could collide with the top-level ones once paths are dropped), and so
 * are hidden files such as `.DS_Store`, which the system adds and which are never model files.
 */
export function chooseFolderFiles<F extends PickedFile>(picked: readonly F[]): ModelFilesChoice<F> {
  const files = picked.filter((f) => f.webkitRelativePath.split('/').length <= 2 && !f.name.startsWith('.'));
  if (files.length === 0) return { ok: false, reason: 'empty' };
  if (files.length > maxModelFiles) return { ok: false, reason: 'tooMany', count: files.length };
  if (files.some((f) => f.size > maxInterchangeBytes)) return { ok: false, reason: 'tooLarge' };
  return { ok: true, files };
}
