/**
 * The glossary: entries in both languages, import/export (TBX, CSV), and matching terms in a
 * text with Indonesian affixes and English inflections tolerated.
 * SCAFFOLD: the glossary helper replaces every body.
 */
import type { Db } from '../db/openDatabase.ts';
import type { Output, ParsedInput } from '../../src-preload/contract/api.ts';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { GlossaryHit, GlossaryTerm } from '../../src-preload/contract/translation.ts';
import { AppError } from './appError.ts';

export interface GlossaryOptions {
  now?: () => Date;
  author: () => string;
}

const todo = (): never => {
  throw new AppError('INTERNAL', 'glossary: not built yet');
};

export class GlossaryService {
  readonly db: Db;
  readonly options: GlossaryOptions;
  constructor(db: Db, options: GlossaryOptions) {
    this.db = db;
    this.options = options;
  }

  list(input: ParsedInput<'listGlossaryTerms'>): Output<'listGlossaryTerms'> {
    return todo() ?? input;
  }
  save(input: ParsedInput<'saveGlossaryTerm'>): Output<'saveGlossaryTerm'> {
    return todo() ?? input;
  }
  delete(id: string): Output<'deleteGlossaryTerm'> {
    return todo() ?? id;
  }
  import(input: ParsedInput<'importGlossary'>): Output<'importGlossary'> {
    return todo() ?? input;
  }
  export(input: ParsedInput<'exportGlossary'>): Output<'exportGlossary'> {
    return todo() ?? input;
  }
  /** Every entry (cached until the glossary changes): what QA and highlighting match against. */
  all(): readonly GlossaryTerm[] {
    return todo();
  }
  /** Glossary terms of `lang` found in `text`, with their translation into `targetLang`. */
  match(text: string, lang: Lang, targetLang: Lang): GlossaryHit[] {
    return todo() ?? [text, lang, targetLang];
  }
}
