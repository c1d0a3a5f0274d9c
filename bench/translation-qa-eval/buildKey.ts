/**
 * Generates the plain texts and keys of the translation QA evaluation set from its annotated
 * sources (README.md here): `pairs/NN-….source.txt` and `.target.txt` as a translator's files
 * (what `redaksi qa` reads) and `key/NN.json` with the planted findings and their computed spans.
 *
 *   node bench/translation-qa-eval/buildKey.ts           regenerate pairs/ and key/
 *   node bench/translation-qa-eval/buildKey.ts --check   exit 1 when they differ from the sources
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyDir, pairsDir, readQaSet, type QaPair } from './qaEvalSet.ts';

export function formatKey(pair: QaPair): string {
  const planted = pair.planted.map((p) => `    ${JSON.stringify(p)}`).join(',\n');
  return `{\n  "pair": ${JSON.stringify(pair.name)},\n  "sourceLang": "${pair.sourceLang}",\n  "targetLang": "${pair.targetLang}",\n  "faithful": ${pair.faithful},\n  "planted": ${planted ? `[\n${planted}\n  ]` : '[]'}\n}\n`;
}

export function generateAll(): { path: string; content: string }[] {
  return readQaSet().flatMap((pair) => [
    { path: join(pairsDir, `${pair.name}.source.txt`), content: `${pair.source}\n` },
    { path: join(pairsDir, `${pair.name}.target.txt`), content: `${pair.target}\n` },
    { path: join(keyDir, `${pair.name.slice(0, 2)}.json`), content: formatKey(pair) },
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  const files = generateAll();
  for (const file of files) {
    if (existsSync(file.path) && readFileSync(file.path, 'utf8') === file.content) continue;
    stale++;
    if (check) console.error(`out of date: ${file.path}`);
    else {
      mkdirSync(join(file.path, '..'), { recursive: true });
      writeFileSync(file.path, file.content);
    }
  }
  if (check && stale) process.exit(1);
  console.error(check ? 'evaluation set is up to date' : `wrote ${stale} of ${files.length} files`);
}
