/**
 * Generates the evaluation set from its annotated sources: each `source/NN-slug.txt` is an article
 * with its planted problems marked inline as `[[as written|rule id|expected fix]]` (or
 * `[[as written|rule id]]` when no single fix is right, e.g. a lone quote). Writes the article as
 * a reader sees it to `articles/NN-slug.txt` and the answer key with computed spans to
 * `key/NN.json`, so no span is ever counted by hand.
 *
 *   node bench/proofreading-eval/buildKey.ts           regenerate articles/ and key/
 *   node bench/proofreading-eval/buildKey.ts --check   exit 1 when they differ from the sources
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlesDir, evalRules, isEvalRuleId, keyDir, readText, sourceDir, type ArticleKey, type KeyFinding } from './evalKey.ts';

const markerPattern = /\[\[([^|\]]*)\|([^|\]]*)(?:\|([^\]]*))?\]\]/g;

export interface BuiltArticle {
  /** The article as published: markers replaced by what was written. */
  text: string;
  /** The article with every planted problem fixed (a lone quote or bracket is dropped). */
  corrected: string;
  key: ArticleKey;
}

/** Turns one annotated source into the article, its corrected form and its key; throws on a malformed marker. */
export function buildArticle(articleName: string, source: string): BuiltArticle {
  let text = '';
  let corrected = '';
  let last = 0;
  const findings: KeyFinding[] = [];
  for (const m of source.matchAll(markerPattern)) {
    const [whole, written = '', rule = '', fix] = m;
    const between = source.slice(last, m.index);
    if (between.includes('[[') || between.includes(']]')) throw new Error(`${articleName}: malformed marker before ${JSON.stringify(whole)}`);
    if (!isEvalRuleId(rule)) throw new Error(`${articleName}: unknown rule ${JSON.stringify(rule)} in ${whole}`);
    if (written === '') throw new Error(`${articleName}: empty text in ${whole}`);
    if (fix === written) throw new Error(`${articleName}: the fix equals the text in ${whole}`);
    text += between;
    corrected += between;
    const start = text.length;
    text += written;
    corrected += fix ?? '';
    findings.push({ kind: evalRules[rule].kind, rule, start, end: text.length, text: written, fix: fix ?? null });
    last = m.index + whole.length;
  }
  const tail = source.slice(last);
  if (tail.includes('[[') || tail.includes(']]')) throw new Error(`${articleName}: malformed marker near the end`);
  text += tail;
  corrected += tail;
  return { text, corrected, key: { article: articleName, findings } };
}

/** The key file's text: one finding per line keeps diffs readable. */
export function formatKey(key: ArticleKey): string {
  const lines = key.findings.map((f) => `    ${JSON.stringify(f)}`);
  return `{\n  "article": ${JSON.stringify(key.article)},\n  "findings": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

export interface GeneratedFile {
  path: string;
  content: string;
}

/** Every file the sources generate, with its expected content. */
export function generateAll(): { files: GeneratedFile[]; built: Map<string, BuiltArticle> } {
  const files: GeneratedFile[] = [];
  const built = new Map<string, BuiltArticle>();
  const names = readdirSync(sourceDir).filter((f) => /^\d\d-.+\.txt$/.test(f)).sort();
  for (const name of names) {
    const article = buildArticle(name, readText(join(sourceDir, name)));
    built.set(name, article);
    files.push({ path: join(articlesDir, name), content: article.text });
    files.push({ path: join(keyDir, `${name.slice(0, 2)}.json`), content: formatKey(article.key) });
  }
  return { files, built };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const { files } = generateAll();
  let stale = 0;
  for (const file of files) {
    if (existsSync(file.path) && readText(file.path) === file.content) continue;
    stale++;
    if (check) console.error(`out of date: ${file.path}`);
    else writeFileSync(file.path, file.content);
  }
  if (check && stale) process.exit(1);
  console.error(check ? 'evaluation set is up to date' : `wrote ${stale} of ${files.length} files`);
}
