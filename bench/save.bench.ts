/**
 * id `save`: saving a changed 50k-word article through the real `dispatch('saveArticle')` on a
 * real database file (WAL + synchronous=FULL, as the app opens it), one paragraph changed per
 * save. Baseline in the same run (CAL_IO-like): `JSON.stringify` of the same document + a raw
 * write + fsync of those bytes to a file in the same folder.
 * id `autosave-serialize`: `JSON.stringify(doc)` alone at 50k words (what the renderer pays per
 * save today after `editor.getJSON()`); `toJSONp50` adds ProseMirror's `toJSON()`.
 *
 *   node bench/save.bench.ts [--smoke]
 */
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Node as PmNode } from '@tiptap/pm/model';
import { createBackend } from '../src-main/createBackend.ts';
import { getDocumentSchema } from '../src-preload/contract/documentSchema.ts';
import { baselineOf, log, parseBenchArgs, printLine, resultLine, round, summarize, valueOf } from './benchFormat.ts';
import { generateArticle, generateTitle, mulberry32, paragraphIndexes, withParagraphChanged, type ArticleDoc } from './generateArticle.ts';

const { smoke } = parseBenchArgs();
const words = smoke ? 500 : 50_000;
const runs = smoke ? 1 : 50;
const warmup = smoke ? 0 : 3;
const serializeRuns = smoke ? 1 : 50;
const saveGoalMs = 5;

/** Stringify + write + fsync of the same bytes: what any durable save of this document costs. */
function rawWrite(file: string, doc: ArticleDoc): number {
  const t0 = performance.now();
  const bytes = JSON.stringify(doc);
  const fd = openSync(file, 'w');
  try {
    writeFileSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-bench-save-'));
  // As the packaged app runs it (index.ts validates outputs only when not packaged).
  const backend = createBackend({ dataDir, systemLocale: 'en-US', appVersion: 'bench', dispatch: { validateOutput: false } });
  try {
    const journal = String(backend.db.pragma('journal_mode', { simple: true }));
    const synchronous = Number(backend.db.pragma('synchronous', { simple: true }));
    if (journal !== 'wal' || synchronous !== 2) throw new Error(`expected WAL + synchronous=FULL, got ${journal} / ${synchronous}`);

    const title = generateTitle(words);
    let doc = generateArticle(words, words);
    const { id } = valueOf<{ id: string }>('createArticle', await backend.dispatch('createArticle', { lang: 'id', title }));
    let { version } = valueOf<{ version: number }>('saveArticle', await backend.dispatch('saveArticle', { id, title, doc, baseVersion: 1 }));
    log(`save: ${words}-word article (${round(JSON.stringify(doc).length / 1024, 1)} KB JSON) in ${dataDir}`);

    const rng = mulberry32(42);
    const paragraphs = paragraphIndexes(doc);
    const rawFile = join(dataDir, 'raw-write.json');
    const save: number[] = [];
    const raw: number[] = [];
    for (let run = 0; run < warmup + runs; run++) {
      doc = withParagraphChanged(doc, paragraphs[Math.floor(rng() * paragraphs.length)]!, 1000 + run);
      const input = { id, title, doc, baseVersion: version };
      const t0 = performance.now();
      const result = await backend.dispatch('saveArticle', input);
      const elapsed = performance.now() - t0;
      version = valueOf<{ version: number }>('saveArticle', result).version;
      const baseline = rawWrite(rawFile, doc);
      if (run >= warmup) {
        save.push(elapsed);
        raw.push(baseline);
      }
    }
    const line = resultLine({
      id: 'save',
      unit: 'ms',
      samples: save,
      baseline: baselineOf('JSON.stringify + write + fsync of the same document', raw),
      extra: { words, journal, synchronous: 'FULL' },
    });
    printLine({ ...line, goalMs: saveGoalMs, pass: smoke ? null : line.p50 <= saveGoalMs, ...(smoke ? { smoke } : {}) });

    // What the renderer pays at save time: today `editor.getJSON()` then stringify.
    const node = PmNode.fromJSON(getDocumentSchema(), doc);
    const stringify: number[] = [];
    const toJsonAndStringify: number[] = [];
    let bytes = 0;
    for (let run = 0; run < (smoke ? 0 : 3) + serializeRuns; run++) {
      const t0 = performance.now();
      bytes = JSON.stringify(doc).length;
      const t1 = performance.now();
      JSON.stringify(node.toJSON());
      const t2 = performance.now();
      if (run >= (smoke ? 0 : 3)) {
        stringify.push(t1 - t0);
        toJsonAndStringify.push(t2 - t1);
      }
    }
    printLine(
      resultLine({
        id: 'autosave-serialize',
        unit: 'ms',
        samples: stringify,
        extra: { words, ...(smoke ? { smoke } : {}), jsonKB: round(bytes / 1024, 1), toJSONp50: summarize(toJsonAndStringify).p50, toJSONp95: summarize(toJsonAndStringify).p95 },
      }),
    );
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
