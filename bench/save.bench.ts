/**
 * id `save`: saving a 50k-word article with one paragraph changed, through the real
 * `dispatch('saveArticle')` on a real database file (WAL + synchronous=FULL, as the app opens it),
 * the way the editor sends it: only the changed block (a patch). Baseline in the same run: the
 * same edit saved the old way, as the whole document (interleaved with the patched saves, so both
 * see the same machine). `floorP50` is a one-row durable UPDATE on the same database: the fsync
 * that every durable save pays, whatever its size. `walPagesPerSave`: database pages a patched
 * save writes (median of a few after the timed runs), against `bodyPages` for the whole body.
 * id `autosave-serialize`: what the renderer pays per save after a one-paragraph edit: finding
 * the changed blocks by identity, `toJSON()` of those, and stringifying the save input.
 * Baseline: the old way, `toJSON()` of the whole document + stringify. `perKeystrokeMs` is the
 * autosave's own work per keystroke (recording the base and marking the queue dirty).
 *
 *   node bench/save.bench.ts [--smoke]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { createBackend } from '../src-main/createBackend.ts';
import { getDocumentSchema } from '../src-preload/contract/documentSchema.ts';
import { bodyToSave } from '../src-renderer/features/drafting/changedBlocks.ts';
import { AutosaveQueue } from '../src-renderer/features/drafting/autosaveQueue.ts';
import { baselineOf, log, parseBenchArgs, printLine, resultLine, round, summarize, valueOf } from './benchFormat.ts';
import { generateArticle, generateTitle, mulberry32, paragraphIndexes } from './generateArticle.ts';

const { smoke } = parseBenchArgs();
const words = smoke ? 500 : 50_000;
const runs = smoke ? 1 : 50;
const warmup = smoke ? 0 : 3;
const saveGoalMs = 5;
const keystrokeGoalMs = 1;

/** Position just before the end of top-level block `index`: where typing at the end of a paragraph lands. */
function endOfBlock(doc: PmNode, index: number): number {
  let pos = 0;
  for (let i = 0; i <= index; i++) pos += doc.child(i).nodeSize;
  return pos - 1;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-bench-save-'));
  // As the packaged app runs it (index.ts validates outputs only when not packaged).
  const backend = createBackend({ dataDir, systemLocale: 'en-US', appVersion: 'bench', dispatch: { validateOutput: false } });
  try {
    const db = backend.db;
    const journal = String(db.pragma('journal_mode', { simple: true }));
    const synchronous = Number(db.pragma('synchronous', { simple: true }));
    if (journal !== 'wal' || synchronous !== 2) throw new Error(`expected WAL + synchronous=FULL, got ${journal} / ${synchronous}`);

    const schema = getDocumentSchema();
    const title = generateTitle(words);
    const generated = generateArticle(words, words);
    const { id } = valueOf<{ id: string }>('createArticle', await backend.dispatch('createArticle', { lang: 'id', title }));
    let { version } = valueOf<{ version: number }>('saveArticle', await backend.dispatch('saveArticle', { id, title, doc: generated, baseVersion: 1 }));
    log(`save: ${words}-word article (${round(JSON.stringify(generated).length / 1024, 1)} KB JSON, ${generated.content.length} blocks) in ${dataDir}`);

    // The editor's state: the acknowledged body and the live one share every untouched block.
    let acked = EditorState.create({ schema, doc: PmNode.fromJSON(schema, generated) });
    const rng = mulberry32(42);
    const paragraphs = paragraphIndexes(generated);
    const edit = (state: EditorState, run: number) => state.apply(state.tr.insertText(` tambahan ${run}`, endOfBlock(state.doc, paragraphs[Math.floor(rng() * paragraphs.length)]!)));

    db.exec('CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, body TEXT NOT NULL)');
    const storedBody = JSON.stringify(generated);
    db.prepare('INSERT OR REPLACE INTO bench_floor (id, n, body) VALUES (1, 0, \'\'), (2, 0, ?)').run(storedBody);
    const floorUpdate = db.prepare('UPDATE bench_floor SET n = n + 1 WHERE id = 1');
    // Rewriting a body-sized value (a different one each time, as every save's text differs).
    const rowUpdate = db.prepare<[string]>('UPDATE bench_floor SET body = ? WHERE id = 2');

    const patched: number[] = [];
    const full: number[] = [];
    const floor: number[] = [];
    const rowWrite: number[] = [];
    const snapshotPatch: number[] = [];
    const snapshotFull: number[] = [];
    let patchBlocks = 0;
    for (let run = 0; run < warmup + runs; run++) {
      // One paragraph edited, saved as the editor does now: only the changed block.
      const typed = edit(acked, run);
      const t0 = performance.now();
      const body = bodyToSave(acked.doc, typed.doc);
      JSON.stringify({ id, title, baseVersion: version, ...body }); // what the web host sends (IPC clones about as much)
      const t1 = performance.now();
      JSON.stringify({ id, title, baseVersion: version, doc: typed.doc.toJSON() });
      const t2 = performance.now();
      if (!('patch' in body)) throw new Error('a one-paragraph edit must give a patch');
      patchBlocks = body.patch.blocks.length;
      const t3 = performance.now();
      const saved = await backend.dispatch('saveArticle', { id, title, baseVersion: version, ...body });
      const t4 = performance.now();
      version = valueOf<{ version: number }>('saveArticle', saved).version;
      acked = typed;

      // Another paragraph edited, saved the old way: the whole document.
      const typedAgain = edit(acked, run + 10_000);
      const input = { id, title, doc: typedAgain.doc.toJSON(), baseVersion: version };
      const t5 = performance.now();
      const savedFull = await backend.dispatch('saveArticle', input);
      const t6 = performance.now();
      version = valueOf<{ version: number }>('saveArticle', savedFull).version;
      acked = typedAgain;

      const t7 = performance.now();
      db.transaction(() => floorUpdate.run()).immediate();
      const t8 = performance.now();
      const nextBody = `${storedBody.slice(0, -2)},{"type":"paragraph","content":[{"type":"text","text":"${run}"}]}]}`;
      const t9 = performance.now();
      db.transaction(() => rowUpdate.run(nextBody)).immediate();
      const t10 = performance.now();
      if (run >= warmup) {
        snapshotPatch.push(t1 - t0);
        snapshotFull.push(t2 - t1);
        patched.push(t4 - t3);
        full.push(t6 - t5);
        floor.push(t8 - t7);
        rowWrite.push(t10 - t9);
      }
    }
    // Pages a patched save writes (WAL frames), after the timed runs: counting them needs checkpoints.
    // A body rewritten whole is ~all its pages; one rewritten in place is the few around the edit.
    const walPages: number[] = [];
    for (let run = 0; run < (smoke ? 1 : 5); run++) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      const typed = edit(acked, run + 20_000);
      const saved = await backend.dispatch('saveArticle', { id, title, baseVersion: version, ...bodyToSave(acked.doc, typed.doc) });
      version = valueOf<{ version: number }>('saveArticle', saved).version;
      acked = typed;
      walPages.push((db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log);
    }
    const bodyPages = Math.ceil(
      (db.prepare('SELECT length(CAST(doc AS BLOB)) FROM articles WHERE id = ?').pluck().get(id) as number) / Number(db.pragma('page_size', { simple: true })),
    );

    // The saves above left the search index to catch up; it must, or the test proves nothing.
    const reindexT0 = performance.now();
    backend.services.search.query({ query: 'tambahan', limit: 1 });
    const reindexMs = performance.now() - reindexT0;

    const line = resultLine({
      id: 'save',
      unit: 'ms',
      samples: patched,
      baseline: baselineOf('the same one-paragraph edit saved as the whole document (the old save)', full),
      extra: {
        words,
        journal,
        synchronous: 'FULL',
        blocksSent: patchBlocks,
        floorP50: summarize(floor).p50,
        floorName: 'one-row durable UPDATE (fsync) on the same database',
        rowWriteP50: summarize(rowWrite).p50,
        rowWriteName: 'durable UPDATE of one body-sized text value (what storing the whole body costs SQLite)',
        deferredReindexMs: round(reindexMs),
        walPagesPerSave: summarize(walPages).p50,
        bodyPages,
      },
    });
    printLine({ ...line, goalMs: saveGoalMs, pass: smoke ? null : line.p50 <= saveGoalMs, ...(smoke ? { smoke } : {}) });

    // The autosave's own work per keystroke: record the base once, mark the queue dirty.
    const queue = new AutosaveQueue({ save: () => Promise.resolve(), onState: () => undefined, setTimer: () => 0, clearTimer: () => undefined });
    const box: { doc: PmNode | undefined } = { doc: undefined };
    const keystrokes = smoke ? 100 : 100_000;
    const k0 = performance.now();
    for (let i = 0; i < keystrokes; i++) {
      box.doc ??= acked.doc;
      queue.markDirty();
    }
    const perKeystrokeMs = (performance.now() - k0) / keystrokes;
    queue.dispose();

    const serialize = resultLine({
      id: 'autosave-serialize',
      unit: 'ms',
      samples: snapshotPatch,
      baseline: baselineOf('toJSON() of the whole document + stringify (the old snapshot)', snapshotFull),
      extra: { words, perKeystrokeMs: round(perKeystrokeMs, 6), keystrokeGoalMs, ...(smoke ? { smoke } : {}) },
    });
    printLine(serialize);
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
