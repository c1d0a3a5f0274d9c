/**
 * id `search-<class>`: full-text search, first page of 20 with headline highlights and snippets,
 * through the real SearchService on a real database file (WAL + synchronous=FULL), over 10k
 * generated articles (300-1,500 words each, ~9M words). Query classes: a rare term (in ~5
 * articles), a common term (in most), two words ANDed, a quoted phrase, and a 3-letter prefix.
 * Baseline in the same run, per class: a `LIKE '%term%'` scan over the same plain text (headline,
 * standfirst and body), which is what finding every match costs without an index.
 * `sameAsExact`: the share of the first page that bm25 over every match (no rank window) also
 * puts on its first page: what ranking only the newest matches costs in quality.
 * id `search-index-update` / `search-index-update-50k`: keeping the index in step when a
 * 1,000-word / 50,000-word article is saved with one paragraph changed (the search_docs UPDATE and
 * its FTS5 triggers, which re-index the whole body); baseline: the same save's article row UPDATE.
 *
 *   node bench/search.bench.ts [--smoke]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../src-main/db/openDatabase.ts';
import { ArticlesRepo } from '../src-main/db/repos/articlesRepo.ts';
import { narrowRankWindow, SearchRepo, rankWindow } from '../src-main/db/repos/searchRepo.ts';
import { createServices } from '../src-main/services/createServices.ts';
import { documentPlainText, searchableText } from '../src-main/language/documentPlainText.ts';
import { toFtsQuery, toFtsSearch } from '../src-main/services/searchQuery.ts';
import { baselineOf, log, parseBenchArgs, printLine, resultLine, round } from './benchFormat.ts';
import { generateArticle, generateTitle, mulberry32, withParagraphChanged } from './generateArticle.ts';

const { smoke } = parseBenchArgs();
const articleCount = smoke ? 200 : 10_000;
const runs = smoke ? 1 : 200;
const warmup = smoke ? 0 : 10;
const baselineRuns = smoke ? 1 : 15;

/** Rare words (not in the generator's vocabulary), each put into the standfirst of ~5 articles. */
const rareWords = ['tumpangpitu', 'lokbaintan', 'wakatobi', 'sangihe'];

interface QueryClass {
  id: string;
  goalMs: number;
  queries: string[];
  /** The LIKE patterns (all must match) that find the same articles without the index. */
  like: (query: string) => string[];
}

const words = (q: string) => q.replace(/["*]/g, '').split(/\s+/);
const classes: QueryClass[] = [
  { id: 'search-rare', goalMs: 10, queries: rareWords, like: (q) => [`%${q}%`] },
  { id: 'search-common', goalMs: 10, queries: ['pemerintah', 'anggaran', 'proyek', 'menurut'], like: (q) => [`%${q}%`] },
  { id: 'search-and', goalMs: 10, queries: ['harga beras', 'proyek jalan', 'dinas kesehatan', 'anggaran pendidikan'], like: (q) => words(q).map((w) => `%${w}%`) },
  { id: 'search-phrase', goalMs: 10, queries: ['"harga beras"', '"proyek jalan tol"', '"dinas kesehatan"', '"anggaran pendidikan"'], like: (q) => [`%${words(q).join(' ')}%`] },
  { id: 'search-prefix3', goalMs: 5, queries: ['pem*', 'ang*', 'kes*', 'tar*'], like: (q) => [`%${words(q)[0]}%`] },
];

function fill(db: ReturnType<typeof openDatabase>): number {
  const articles = new ArticlesRepo(db);
  const search = new SearchRepo(db);
  const rng = mulberry32(2026);
  let totalWords = 0;
  const start = Date.UTC(2025, 0, 1);
  // One transaction, straight through the repos (what create + save write, minus validation).
  db.transaction(() => {
    for (let i = 0; i < articleCount; i++) {
      const wordCount = 300 + Math.floor(rng() * 1200);
      totalWords += wordCount;
      const doc = generateArticle(wordCount, i + 1);
      const title = generateTitle(i + 1);
      const now = new Date(start + i * 60_000).toISOString();
      const id = randomUUID();
      articles.insert({ id, title, lang: i % 5 === 0 ? 'en' : 'id', doc: JSON.stringify(doc), wordCount, now });
      // ~25 articles carry one of the rare words, ~6 each.
      const step = Math.max(1, Math.floor(articleCount / 25));
      const standfirst = i % step === 7 % step ? `Laporan dari ${rareWords[Math.floor(i / step) % rareWords.length]} dan sekitarnya.` : '';
      search.put(id, { title: searchableText(title), standfirst, body: documentPlainText(doc) });
    }
  })();
  return totalWords;
}

function timeIt(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function main(): void {
  const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-bench-search-'));
  const file = join(dataDir, 'redaksi.db');
  const db = openDatabase(file);
  try {
    const t0 = performance.now();
    const totalWords = fill(db);
    const fillMs = performance.now() - t0;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dbMB = round(statSync(file).size / (1024 * 1024), 1);
    log(`search: ${articleCount} articles, ${totalWords} words, filled in ${round(fillMs / 1000, 1)} s, ${dbMB} MB`);
    const services = createServices(db, { systemLocale: 'id-ID' });
    const count = db.prepare<[string], number>('SELECT count(*) FROM article_search WHERE article_search MATCH ?').pluck();
    // The repo's column weights (searchRepo.ts), over every match.
    const exactFirstPage = db
      .prepare<[string], string>(
        `SELECT d.article_id FROM article_search s JOIN search_docs d ON d.rowid = s.rowid
         WHERE article_search MATCH ? ORDER BY bm25(article_search, 10.0, 4.0, 1.0) LIMIT 20`,
      )
      .pluck();

    for (const c of classes) {
      const matches = c.queries.map((q) => count.get(toFtsQuery(q)!) ?? 0);
      const samples: number[] = [];
      let hits = 0;
      let cpu = { user: 0, system: 0 };
      for (let run = 0; run < warmup + runs; run++) {
        const query = c.queries[run % c.queries.length]!;
        let results = 0;
        if (run === warmup) cpu = process.cpuUsage();
        const ms = timeIt(() => (results = services.search.query({ query, limit: 20 }).length));
        if (run >= warmup) samples.push(ms);
        hits = Math.max(hits, results);
      }
      // CPU time per query: on a shared, busy machine wall-clock percentiles mostly measure the neighbours.
      const used = process.cpuUsage(cpu);
      const cpuMsPerQuery = round((used.user + used.system) / 1000 / runs);
      if (hits === 0) throw new Error(`${c.id}: no results for ${c.queries.join(', ')}`);
      let same = 0;
      for (const query of c.queries) {
        const exact = new Set(exactFirstPage.all(toFtsQuery(query)!));
        same += services.search.query({ query, limit: 20 }).filter((h) => exact.has(h.summary.id)).length / Math.max(1, exact.size);
      }
      const sameAsExact = round(same / c.queries.length, 2);
      const baseline: number[] = [];
      for (let run = 0; run < baselineRuns; run++) {
        const patterns = c.like(c.queries[run % c.queries.length]!);
        const where = patterns.map(() => '(title LIKE ? OR standfirst LIKE ? OR body LIKE ?)').join(' AND ');
        const stmt = db.prepare(`SELECT article_id FROM search_docs WHERE ${where}`);
        baseline.push(timeIt(() => stmt.all(...patterns.flatMap((p) => [p, p, p]))));
      }
      const line = resultLine({
        id: c.id,
        unit: 'ms',
        samples,
        baseline: baselineOf("LIKE '%term%' over headline, standfirst and body (every match, unranked)", baseline),
        extra: { articles: articleCount, words: totalWords, matches, page: 20, rankWindow: toFtsSearch(c.queries[0]!)!.narrow ? narrowRankWindow : rankWindow, sameAsExact, cpuMsPerQuery },
      });
      printLine({ ...line, goalMs: c.goalMs, pass: smoke ? null : line.p95 <= c.goalMs, ...(smoke ? { smoke } : {}) });
    }

    // Index upkeep per save, one paragraph changed each time: a typical article and a very long one.
    const articles = new ArticlesRepo(db);
    const search = new SearchRepo(db);
    for (const [words, id, n] of [
      [1000, 'search-index-update', runs],
      [smoke ? 2000 : 50_000, 'search-index-update-50k', smoke ? 1 : 30],
    ] as const) {
      const articleId = randomUUID();
      let doc = generateArticle(words, 99_999);
      const title = generateTitle(99_999);
      articles.insert({ id: articleId, title, lang: 'id', doc: JSON.stringify(doc), wordCount: words, now: new Date().toISOString() });
      search.put(articleId, { title, standfirst: '', body: documentPlainText(doc) });
      const rng = mulberry32(7);
      const indexSamples: number[] = [];
      const rowSamples: number[] = [];
      let version = 1;
      for (let run = 0; run < warmup + n; run++) {
        doc = withParagraphChanged(doc, Math.floor(rng() * doc.content.length), run + 1);
        const json = JSON.stringify(doc);
        const body = documentPlainText(doc);
        const now = new Date().toISOString();
        let rowMs = 0;
        let indexMs = 0;
        db.transaction(() => {
          rowMs = timeIt(() => articles.update({ id: articleId, title, doc: json, wordCount: words, now, baseVersion: version }));
          indexMs = timeIt(() => search.updateTitleBody(articleId, title, body));
        })();
        version++;
        if (run >= warmup) {
          indexSamples.push(indexMs);
          rowSamples.push(rowMs);
        }
      }
      printLine(
        resultLine({
          id,
          unit: 'ms',
          samples: indexSamples,
          baseline: baselineOf('UPDATE of the same article row (doc JSON) in the same transaction', rowSamples),
          extra: { words, dbMB, fillSeconds: round(fillMs / 1000, 1), ...(smoke ? { smoke } : {}) },
        }),
      );
    }
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main();
