/**
 * The baseline our spelling checker has to beat: raw `hunspell -d id_ID -l` on each article of the
 * evaluation set, scored against the key's spelling findings (README.md here). Prints one JSON
 * line on stdout; logs go to stderr. Skips, with a message and exit code 0, when hunspell or
 * the dictionary is not installed (Debian: apt-get install hunspell hunspell-id).
 *
 *   node bench/proofreading-eval/hunspellBaseline.ts [--dictionary id_ID|/path/to/id_ID]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { countWords } from '../../src-main/language/countWords.ts';
import { plantedArticles, readEvalSet, spansOverlap, type EvalArticle } from './evalKey.ts';

export interface FlaggedWord {
  word: string;
  /** Span in the article; -1 when the word could not be located (counted as a false flag). */
  start: number;
  end: number;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}]/u.test(ch);

/**
 * Places the words `hunspell -l` printed (in text order, one per misspelled occurrence) back onto
 * the text: each is the next occurrence after the previous one that is not part of a longer word.
 */
export function locateFlaggedWords(text: string, words: readonly string[]): FlaggedWord[] {
  let cursor = 0;
  return words.map((word) => {
    for (let at = text.indexOf(word, cursor); at !== -1; at = text.indexOf(word, at + 1)) {
      if (isWordChar(text[at - 1]) || isWordChar(text[at + word.length])) continue;
      cursor = at + word.length;
      return { word, start: at, end: cursor };
    }
    return { word, start: -1, end: -1 };
  });
}

export interface BaselineScore {
  spellingFindings: number;
  found: number;
  flagged: number;
  truePositives: number;
  /** Flags that overlap a key finding of any kind (e.g. "dirumah", "resiko"): wrong category, but not noise. */
  overlapAnyFinding: number;
  /** Flags in the clean articles, and their word count. */
  cleanFlags: number;
  cleanWords: number;
  foundByRule: Record<string, { found: number; of: number }>;
}

/** Scores hunspell's flags per article against the key; a flag is right when it overlaps a spelling finding. */
export function scoreFlags(articles: readonly EvalArticle[], flagsOf: (a: EvalArticle) => FlaggedWord[]): BaselineScore {
  const score: BaselineScore = { spellingFindings: 0, found: 0, flagged: 0, truePositives: 0, overlapAnyFinding: 0, cleanFlags: 0, cleanWords: 0, foundByRule: {} };
  for (const a of articles) {
    const flags = flagsOf(a);
    const spelling = a.key.findings.filter((f) => f.kind === 'spelling');
    const hits = (f: { start: number; end: number }) => flags.some((w) => w.start >= 0 && spansOverlap(w.start, w.end, f.start, f.end));
    score.flagged += flags.length;
    score.truePositives += flags.filter((w) => w.start >= 0 && spelling.some((f) => spansOverlap(w.start, w.end, f.start, f.end))).length;
    score.overlapAnyFinding += flags.filter((w) => w.start >= 0 && a.key.findings.some((f) => spansOverlap(w.start, w.end, f.start, f.end))).length;
    score.spellingFindings += spelling.length;
    for (const f of spelling) {
      const entry = (score.foundByRule[f.rule] ??= { found: 0, of: 0 });
      entry.of++;
      if (hits(f)) {
        entry.found++;
        score.found++;
      }
    }
    if (!(plantedArticles as readonly string[]).includes(a.number)) {
      score.cleanFlags += flags.length;
      score.cleanWords += countWords(a.text);
    }
  }
  return score;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dictionary');
  const dictionary = at >= 0 ? args[at + 1] : 'id_ID';
  if (!dictionary || args.some((a, i) => a.startsWith('--') && a !== '--dictionary' && i !== at + 1)) {
    console.error('usage: node bench/proofreading-eval/hunspellBaseline.ts [--dictionary id_ID|/path/to/id_ID]');
    process.exit(2);
  }
  const articles = readEvalSet();
  const flagsByArticle = new Map<string, FlaggedWord[]>();
  for (const a of articles) {
    const run = spawnSync('hunspell', ['-i', 'utf-8', '-d', dictionary, '-l'], { input: a.text, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error('hunspell-baseline skipped: the hunspell binary is not installed (Debian: apt-get install hunspell hunspell-id)');
      return;
    }
    if (run.error || run.status !== 0) {
      console.error(`hunspell-baseline skipped: hunspell -d ${dictionary} failed: ${run.error?.message ?? run.stderr.trim()}`);
      return;
    }
    const words = run.stdout.split('\n').filter((w) => w !== '');
    flagsByArticle.set(a.name, locateFlaggedWords(a.text, words));
  }
  const s = scoreFlags(articles, (a) => flagsByArticle.get(a.name)!);
  const unlocated = [...flagsByArticle.values()].flat().filter((w) => w.start < 0).length;
  if (unlocated) console.error(`${unlocated} flagged words could not be placed in the text; counted as false flags`);
  console.log(
    JSON.stringify({
      id: 'hunspell-baseline',
      dictionary,
      articles: articles.length,
      spellingFindings: s.spellingFindings,
      flagged: s.flagged,
      truePositives: s.truePositives,
      precision: round(s.flagged ? s.truePositives / s.flagged : 0),
      recall: round(s.spellingFindings ? s.found / s.spellingFindings : 0),
      recallByRule: Object.fromEntries(Object.entries(s.foundByRule).map(([rule, r]) => [rule, round(r.found / r.of)])),
      precisionAnyFinding: round(s.flagged ? s.overlapAnyFinding / s.flagged : 0),
      cleanFlagsPer500Words: round(s.cleanWords ? (s.cleanFlags / s.cleanWords) * 500 : 0),
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
