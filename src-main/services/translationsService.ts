/**
 * Translations as linked articles: segmenting the source, keeping segments in step with it,
 * saving segments (memory, propagation), assembling the target article, QA, pre-translation
 * and XLIFF. SCAFFOLD: the translation helper replaces every body.
 */
import type { Output, ParsedInput } from '../../src-preload/contract/api.ts';
import { AppError } from './appError.ts';

const todo = (): never => {
  throw new AppError('INTERNAL', 'translations: not built yet');
};

export class TranslationsService {
  create(input: ParsedInput<'createTranslation'>): Output<'createTranslation'> {
    return todo() ?? input;
  }
  list(articleId: string): Output<'listTranslations'> {
    return todo() ?? articleId;
  }
  get(articleId: string): Output<'getTranslation'> {
    return todo() ?? articleId;
  }
  updateSegment(input: ParsedInput<'updateSegment'>): Output<'updateSegment'> {
    return todo() ?? input;
  }
  check(articleId: string): Output<'checkTranslation'> {
    return todo() ?? articleId;
  }
  checkSegment(input: ParsedInput<'checkSegment'>): Output<'checkSegment'> {
    return todo() ?? input;
  }
  startPretranslate(input: ParsedInput<'startPretranslate'>): Output<'startPretranslate'> {
    return todo() ?? input;
  }
  exportXliff(input: ParsedInput<'exportXliff'>): Output<'exportXliff'> {
    return todo() ?? input;
  }
  importXliff(input: ParsedInput<'importXliff'>): Output<'importXliff'> | Promise<Output<'importXliff'>> {
    return todo() ?? input;
  }
}
