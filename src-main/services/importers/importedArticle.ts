import type { DocumentJson } from '../../../src-preload/contract/domain.ts';
import type { ImportFormat } from './detectFormat.ts';
import type { PreparedMedia } from '../mediaService.ts';

/** What an importer produces: a headline and a body valid against the stored-document schema. */
export interface ImportedArticle {
  /** One line, at most 1000 characters; the file name when the file names no headline. */
  title: string;
  doc: DocumentJson;
  format: ImportFormat;
  /** What was dropped or repaired (English, for logs and the import preview); empty when nothing was. */
  warnings: string[];
  /** Pictures `doc` refers to (`media/<id>`), checked; store them in the article's transaction. */
  media: PreparedMedia[];
}

/** An importer's own result, before `importFile` settles the title, extracts pictures and validates the body. */
export type ImporterResult = Omit<ImportedArticle, 'format' | 'media'>;
