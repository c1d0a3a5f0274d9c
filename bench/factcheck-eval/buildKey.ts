/**
 * Generates the fact-check evaluation set from its annotated sources (README.md here). In
 * `source/NN-lang-slug.txt`:
 *  - `{{ … }}` wraps a sentence that is a claim;
 *  - `[[as written|rule#n]]` is a planted inconsistency and `[[as written|#n]]` its other place
 *    (`related`), paired by `n` within the article;
 *  - `[[as written|trap:rule]]` is a hard negative: right as written, though a careless checker
 *    would flag it under `rule`.
 * Writes the article as a reader sees it to `articles/` and the key with computed spans to
 * `key/NN.json`, so no offset is counted by hand.
 *
 *   node bench/factcheck-eval/buildKey.ts           regenerate articles/ and key/
 *   node bench/factcheck-eval/buildKey.ts --check   exit 1 when they differ from the sources
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src-preload/contract/domain.ts';
import { readText } from '../proofreading-eval/evalKey.ts';
import { articleNamePattern, articlesDir, isConsistencyRuleId, keyDir, sourceDir, type ConsistencyRuleId, type FactcheckKey, type KeyInconsistency, type KeyTrap, type Span } from './factcheckKey.ts';

const tokenPattern = /\{\{|\}\}|\[\[([^|\]]*)\|([^\]|]*)\]\]/g;

/** Turns one annotated source into the article and its key; throws on a malformed or unpaired marker. */
export function buildArticle(articleName: string, lang: Lang, source: string): { text: string; key: FactcheckKey } {
  let text = '';
  let last = 0;
  let claimStart: number | undefined;
  const claims: Span[] = [];
  const planted = new Map<string, { rule: ConsistencyRuleId; span: Span }>();
  const related = new Map<string, Span>();
  const traps: KeyTrap[] = [];
  const fail = (what: string): never => {
    throw new Error(`${articleName}: ${what}`);
  };
  for (const m of source.matchAll(tokenPattern)) {
    const between = source.slice(last, m.index);
    if (/\[\[|\]\]|\{\{|\}\}/.test(between)) fail(`malformed marker before ${JSON.stringify(m[0])}`);
    text += between;
    last = m.index + m[0].length;
    if (m[0] === '{{') {
      if (claimStart !== undefined) fail(`nested {{ at ${m.index}`);
      claimStart = text.length;
      continue;
    }
    if (m[0] === '}}') {
      const start = claimStart ?? fail(`}} without {{ at ${m.index}`);
      claims.push({ start, end: text.length, text: text.slice(start, text.length) });
      claimStart = undefined;
      continue;
    }
    const [, written = '', tag = ''] = m;
    if (written === '') fail(`empty text in ${m[0]}`);
    const span = { start: text.length, end: text.length + written.length, text: written };
    text += written;
    const trap = /^trap:(.+)$/.exec(tag);
    const pair = /^([a-z.-]*)#(\w+)$/.exec(tag);
    if (trap) {
      const rule = trap[1] ?? '';
      traps.push({ rule: isConsistencyRuleId(rule) ? rule : fail(`unknown rule in ${m[0]}`), ...span });
    } else if (pair) {
      const [, rule = '', id = ''] = pair;
      if (related.has(id) && rule === '') fail(`#${id} is related twice`);
      if (planted.has(id) && rule !== '') fail(`#${id} is planted twice`);
      if (rule === '') related.set(id, span);
      else planted.set(id, { rule: isConsistencyRuleId(rule) ? rule : fail(`unknown rule in ${m[0]}`), span });
    } else fail(`bad marker ${m[0]}`);
  }
  const tail = source.slice(last);
  if (/\[\[|\]\]|\{\{|\}\}/.test(tail)) fail('malformed marker near the end');
  if (claimStart !== undefined) fail('unclosed {{');
  text += tail;
  const inconsistencies: KeyInconsistency[] = [];
  for (const [id, { rule, span }] of planted) {
    inconsistencies.push({ rule, ...span, related: related.get(id) ?? fail(`#${id} has no related span`) });
  }
  for (const id of related.keys()) if (!planted.has(id)) fail(`#${id} is related to nothing`);
  inconsistencies.sort((a, b) => a.start - b.start);
  return { text, key: { article: articleName, lang, claims, inconsistencies, traps } };
}

/** The key file's text: one entry per line keeps diffs readable. */
export function formatKey(key: FactcheckKey): string {
  const list = (items: readonly unknown[]) => (items.length ? `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]` : '[]');
  return `{\n  "article": ${JSON.stringify(key.article)},\n  "lang": ${JSON.stringify(key.lang)},\n  "claims": ${list(key.claims)},\n  "inconsistencies": ${list(key.inconsistencies)},\n  "traps": ${list(key.traps)}\n}\n`;
}

export function generateAll(): { path: string; content: string }[] {
  const files: { path: string; content: string }[] = [];
  for (const name of readdirSync(sourceDir).sort()) {
    const match = articleNamePattern.exec(name);
    if (!match) continue;
    const built = buildArticle(name, match[2] as Lang, readText(join(sourceDir, name)));
    files.push({ path: join(articlesDir, name), content: built.text });
    files.push({ path: join(keyDir, `${match[1]}.json`), content: formatKey(built.key) });
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  const files = generateAll();
  for (const file of files) {
    if (existsSync(file.path) && readText(file.path) === file.content) continue;
    stale++;
    if (check) console.error(`out of date: ${file.path}`);
    else writeFileSync(file.path, file.content);
  }
  if (check && stale) process.exit(1);
  console.error(check ? 'evaluation set is up to date' : `wrote ${stale} of ${files.length} files`);
}
