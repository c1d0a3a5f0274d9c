/**
 * Machine translation of a whole plain-text file (`redaksi mt translate`): the text is cut into
 * sentences as the desk cuts segments, the sentences go to the engine as one batch, and each
 * translation takes its sentence's place, so paragraphs, blank lines and indentation stay as
 * they were.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import { splitSentences } from '../language/splitSentences.ts';

export interface TranslatedSentence {
  /** Offsets of the sentence in the source text. */
  start: number;
  end: number;
  source: string;
  target: string;
}

export interface TranslatedText {
  text: string;
  sentences: TranslatedSentence[];
}

/** Translates `text` sentence by sentence with `translate` (one call, every sentence in order). */
export async function translatePlainText(text: string, from: Lang, translate: (sentences: string[]) => Promise<string[]>): Promise<TranslatedText> {
  const found = splitSentences(text, { lang: from }).filter((s) => s.text.trim() !== '');
  if (found.length === 0) return { text, sentences: [] };
  const targets = await translate(found.map((s) => s.text));
  let out = '';
  let at = 0;
  const sentences = found.map((s, i) => {
    out += text.slice(at, s.start) + targets[i]!;
    at = s.end;
    return { start: s.start, end: s.end, source: s.text, target: targets[i]! };
  });
  return { text: out + text.slice(at), sentences };
}
