/**
 * The translation QA evaluation set (README.md here): annotated pairs in `source/`, the generated
 * plain texts in `pairs/` and keys in `key/`, and the glossary the pairs are checked with.
 *
 * An annotated source has a header (`from: id`, `to: en`), then `=== source` and `=== target`
 * sections. `[[as written|rule]]` plants a finding of `rule` on that side: the finding is correct
 * when its span on the same side overlaps the marker's. Spans are computed here, never by hand.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src-preload/contract/domain.ts';
import { translationRuleIds, type GlossaryTerm, type TranslationRuleId } from '../../src-preload/contract/translation.ts';
import { glossaryTermsFromFile } from '../../src-main/glossary/readGlossaryFile.ts';

export const evalDir = import.meta.dirname;
export const sourceDir = join(evalDir, 'source');
export const pairsDir = join(evalDir, 'pairs');
export const keyDir = join(evalDir, 'key');
export const glossaryPath = join(evalDir, 'glossary.csv');

/** `NN-from-to-slug.txt`; pairs with "faithful" in the slug must carry no marker at all. */
export const pairNamePattern = /^(\d\d)-(id|en)-(id|en)-([a-z0-9-]+)\.txt$/;

export interface PlantedFinding {
  rule: TranslationRuleId;
  side: 'source' | 'target';
  start: number;
  end: number;
  text: string;
}

export interface QaPair {
  /** "01-id-en-kopi-lampung" */
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  source: string;
  target: string;
  planted: PlantedFinding[];
  faithful: boolean;
}

const markerPattern = /\[\[([^|\]]*)\|([^\]|]*)\]\]/g;

function isRule(rule: string): rule is TranslationRuleId {
  return (translationRuleIds as readonly string[]).includes(rule);
}

/** Strips one side's markers and records their spans. */
function readSide(name: string, side: 'source' | 'target', annotated: string): { text: string; planted: PlantedFinding[] } {
  let text = '';
  let last = 0;
  const planted: PlantedFinding[] = [];
  for (const m of annotated.matchAll(markerPattern)) {
    text += annotated.slice(last, m.index);
    last = m.index + m[0].length;
    const [, written = '', rule = ''] = m;
    if (!isRule(rule)) throw new Error(`${name}: unknown rule in ${m[0]}`);
    if (written === '') throw new Error(`${name}: empty marker ${m[0]}`);
    planted.push({ rule, side, start: text.length, end: text.length + written.length, text: written });
    text += written;
  }
  text += annotated.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`${name}: malformed marker in the ${side}`);
  return { text, planted };
}

export function parsePair(fileName: string, annotated: string): QaPair {
  const match = pairNamePattern.exec(fileName);
  if (!match) throw new Error(`${fileName}: not NN-from-to-slug.txt`);
  const sections = /^from: (id|en)\nto: (id|en)\n=== source\n([\s\S]*?)\n=== target\n([\s\S]*?)\n?$/.exec(annotated);
  if (!sections) throw new Error(`${fileName}: needs "from:", "to:", "=== source" and "=== target"`);
  const [, from, to, sourceText = '', targetText = ''] = sections;
  if (from !== match[2] || to !== match[3]) throw new Error(`${fileName}: the header's languages differ from the file name's`);
  const name = fileName.replace(/\.txt$/, '');
  const source = readSide(name, 'source', sourceText);
  const target = readSide(name, 'target', targetText);
  return {
    name,
    sourceLang: from as Lang,
    targetLang: to as Lang,
    source: source.text,
    target: target.text,
    planted: [...source.planted, ...target.planted],
    faithful: match[4]!.includes('faithful'),
  };
}

/** Every pair of `source/`, in file order. */
export function readQaSet(): QaPair[] {
  return readdirSync(sourceDir)
    .filter((f) => pairNamePattern.test(f))
    .sort()
    .map((f) => parsePair(f, readFileSync(join(sourceDir, f), 'utf8')));
}

export function readEvalGlossary(): GlossaryTerm[] {
  return glossaryTermsFromFile(glossaryPath);
}
