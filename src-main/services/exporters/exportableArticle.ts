import type { DocumentJson, Lang } from '../../../src-preload/contract/domain.ts';

/** What every exporter takes: headline, optional standfirst and byline, language, body. */
export interface ExportableArticle {
  title: string;
  /** The summary paragraph under the headline; omitted when empty. */
  standfirst?: string | undefined;
  /** "Oleh …" / "By …"; omitted when empty. */
  byline?: string | undefined;
  /** Article language: HTML `lang`, DOCX proofing language, PDF `Lang`. */
  lang?: Lang | undefined;
  /** The body as stored; validated again (`parseDocument`) before export. */
  doc: DocumentJson;
  /** Looks up a stored picture by its sha256 id (`media/<id>`); without it images export as their alt text. */
  media?: ((id: string) => { mime: string; bytes: Uint8Array } | undefined) | undefined;
}

/** BCP 47 tags for the article languages. */
export const languageTags: Readonly<Record<Lang, string>> = { id: 'id-ID', en: 'en-US' };
