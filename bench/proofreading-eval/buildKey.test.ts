/**
 * Keeps the proofreading evaluation set honest: the generated articles and keys match their
 * annotated sources, every key span is the exact text it names, the set has the size and the
 * mix of planted problems README.md promises, and, once every planted problem is fixed, no
 * article still contains a problem the key does not list (a scorer would otherwise punish a
 * checker for a correct finding).
 */
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src-main/language/countWords.ts';
import { buildArticle, generateAll } from './buildKey.ts';
import { evalRules, plantedArticles, readEvalSet, readText, type EvalRuleId } from './evalKey.ts';
import { findWeekdayDates, weekdaysId } from './weekdayDates.ts';

const set = readEvalSet();
const { files, built } = generateAll();
const isPlanted = (n: string) => (plantedArticles as readonly string[]).includes(n);

/**
 * Problems a careful reader finds with simple patterns. Run on each article with its planted
 * problems fixed, so anything reported is a problem the key forgot. Not a proofreader: it only
 * knows the mistakes this set plants, and exists to stop an unannotated one slipping in.
 */
const leftoverPatterns: [what: string, pattern: RegExp][] = [
  ['doubled space', / {2}/g],
  ['space before punctuation', / [,.;:!?]/g],
  ['no space after punctuation', /[,;:?!](?=\p{L})|(?<=\p{Ll}{2})\.(?=\p{Lu})/gu],
  ['doubled word', /(?<![\p{L}-])(\p{L}+) \1(?![\p{L}-])/giu],
  ['space before %', /\d\s+%/g],
  ['currency symbol', /Rp\.|Rp(?! \d)|US \$|US\$(?! \d)/g],
  ['English-style thousands', /\d,\d{3}(?!\d)/g],
  ['dot decimal', /\d\.\d{1,2}(?!\d)(?! WIB| WITA| WIT| waktu)/g],
  ['di/ke joined to a place word', /(?<!\p{L})(di|ke)(mana|sana|sini|situ|antara|depan|atas|bawah|dalam|rumah|sekolah|kantor|pasar|sekitar|seluruh|lapangan|sisi)(?!\p{L})/giu],
  ['di written apart from a verb', /(?<!\p{L})di (\p{Ll}+(kan|i)|buka|sita|gelar|tulis|bangun|rawat)(?!\p{L})/gu],
  ['compound split under a confix', /(?<!\p{L})\p{L}*(tanda tangani|latar belakangi|tanggung jawaban|lipat gandakan|serah terimakan|ikut sertaan|salah gunaan|beri tahukan|sebar luaskan|tindak lanjuti)(?!\p{L})/giu],
  [
    'non-standard form',
    /(?<!\p{L})(resiko|himbau|dihimbau|milyar|merubah|nafas|praktek|ijin|jaman|analisa|sistim|propinsi|apotik|antri|atlit|kwalitas|nasehat|obyek|sekedar|silahkan|aktifitas|tehnik|hutang|kwitansi|ekstrim|karir|respon|nampak|kadaluarsa|terimakasih|apapun|manapun)(?!\p{L})/giu,
  ],
];

/** Matches of the patterns above that are correct Indonesian ("di lokasi": a place, not a verb). */
const allowedInside = new Set(['di lokasi']);

/** Quotes and brackets per paragraph: “ and ” pair, straight quotes come in twos, ( and ) pair in order. */
function unbalanced(paragraph: string): string | null {
  let depth = 0;
  for (const ch of paragraph) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return 'closing bracket without an opening one';
  }
  if (depth !== 0) return 'bracket left open';
  const curly = [...paragraph].filter((c) => c === '“' || c === '”');
  for (let i = 0; i < curly.length; i++) if (curly[i] !== (i % 2 === 0 ? '“' : '”')) return 'curly quotes out of order';
  if (curly.length % 2) return 'curly quote left open';
  if ([...paragraph].filter((c) => c === '"').length % 2) return 'straight quote left open';
  return null;
}

function leftoverProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [what, pattern] of leftoverPatterns) {
    for (const m of text.matchAll(pattern)) {
      if (allowedInside.has(m[0])) continue;
      problems.push(`${what}: ${JSON.stringify(text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20))}`);
    }
  }
  for (const paragraph of text.split('\n\n')) {
    const why = unbalanced(paragraph);
    if (why) problems.push(`${why}: ${JSON.stringify(paragraph.slice(0, 60))}`);
  }
  for (const d of findWeekdayDates(text)) if (d.weekday !== d.actual) problems.push(`${d.date} was a ${d.actual}, not a ${d.weekday}`);
  return problems;
}

describe('proofreading evaluation set', () => {
  it('has 12 articles, numbered 01–12, each with its key', () => {
    expect(set.map((a) => a.number)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
    for (const a of set) expect(a.key.article).toBe(a.name);
  });

  it('keeps the generated articles and keys up to date with source/ (run buildKey.ts)', () => {
    expect(files).toHaveLength(24);
    for (const file of files) expect(readText(file.path), file.path).toBe(file.content);
  });

  it.each(set.map((a) => [a.name, a] as const))('%s: a headline, paragraphs, 250–500 words, plain UTF-8', (_name, a) => {
    const words = countWords(a.text);
    expect(words).toBeGreaterThanOrEqual(250);
    expect(words).toBeLessThanOrEqual(500);
    expect(a.text).not.toMatch(/\r|\t|\uFEFF|\n{3}|^\s| \n/);
    expect(a.text.endsWith('\n') && !a.text.endsWith('\n\n')).toBe(true);
    const paragraphs = a.text.trimEnd().split('\n\n');
    expect(paragraphs[0]).not.toMatch(/\n|[.!?]$/);
    expect(paragraphs.length).toBeGreaterThanOrEqual(8);
    for (const p of paragraphs) expect(p).not.toContain('\n');
  });

  it.each(set.map((a) => [a.name, a] as const))('%s: every key span is the exact text it names', (_name, a) => {
    let previousEnd = 0;
    for (const f of a.key.findings) {
      expect(a.text.slice(f.start, f.end)).toBe(f.text);
      expect(f.kind).toBe(evalRules[f.rule].kind);
      expect(f.start).toBeGreaterThanOrEqual(previousEnd);
      expect(f.fix).not.toBe(f.text);
      previousEnd = f.end;
    }
  });

  it('plants every rule in 01–10, at least as often as promised, and nothing in 11–12', () => {
    const counts = new Map<string, number>();
    for (const a of set) {
      if (!isPlanted(a.number)) {
        expect(a.key.findings, a.name).toEqual([]);
        continue;
      }
      const rulesHere = new Set(a.key.findings.map((f) => f.rule));
      for (const [rule, info] of Object.entries(evalRules)) if (info.inEveryPlantedArticle) expect(rulesHere.has(rule as EvalRuleId), `${a.name} lacks ${rule}`).toBe(true);
      for (const f of a.key.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    }
    for (const [rule, info] of Object.entries(evalRules)) expect(counts.get(rule) ?? 0, rule).toBeGreaterThanOrEqual(info.minInSet);
  });

  it.each(set.map((a) => [a.name, a] as const))('%s: each planted weekday is wrong for its date and the fix is right; every other dated weekday is right', (_name, a) => {
    const dates = findWeekdayDates(a.text);
    const wrong = dates.filter((d) => d.weekday !== d.actual).map((d) => ({ start: d.start, end: d.end, fix: d.actual }));
    const planted = a.key.findings.filter((f) => f.rule === 'date.weekday').map((f) => ({ start: f.start, end: f.end, fix: f.fix }));
    expect(planted).toEqual(wrong);
    // Every weekday name followed by a date must be one the finder understood, or a mismatch could hide.
    const datedWeekdays = [...a.text.matchAll(new RegExp(`(${weekdaysId.join('|')}),? \\(?\\d`, 'g'))].map((m) => m.index);
    expect(dates.map((d) => d.start)).toEqual(datedWeekdays);
    expect(dates.length).toBeGreaterThanOrEqual(isPlanted(a.number) ? 2 : 3);
  });

  it.each(set.map((a) => [a.name, a] as const))('%s: with the planted problems fixed, no problem is left that the key misses', (_name, a) => {
    expect(leftoverProblems(built.get(a.name)!.corrected)).toEqual([]);
  });

  it('finds the planted problems with the same patterns, so the leftover check can fail', () => {
    const planted = set.filter((a) => isPlanted(a.number));
    for (const a of planted) expect(leftoverProblems(a.text).length, a.name).toBeGreaterThanOrEqual(10);
  });

  it('computes spans in UTF-16 code units and rejects malformed markers', () => {
    const { text, key, corrected } = buildArticle('x.txt', 'Café “[[dirumah|id.di-ke-apart|di rumah]]” 😀 [[“|punct.unbalanced]]ok');
    expect(text).toBe('Café “dirumah” 😀 “ok');
    expect(corrected).toBe('Café “di rumah” 😀 ok');
    expect(key.findings).toEqual([
      { kind: 'style', rule: 'id.di-ke-apart', start: 6, end: 13, text: 'dirumah', fix: 'di rumah' },
      { kind: 'style', rule: 'punct.unbalanced', start: 18, end: 19, text: '“', fix: null },
    ]);
    expect(() => buildArticle('x.txt', '[[dirumah|id.di-place|di rumah]]')).toThrow(/unknown rule/);
    expect(() => buildArticle('x.txt', 'a [[dirumah|id.di-ke-apart|di rumah] b')).toThrow(/malformed/);
  });
});
