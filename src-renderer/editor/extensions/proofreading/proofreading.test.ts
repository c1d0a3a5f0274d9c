import { getSchema } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it, vi } from 'vitest';
import { documentExtensions } from '../../../../src-preload/contract/documentSchema.ts';
import type { Finding, ProofreadBlockResult } from '../../../../src-preload/contract/proofreading.ts';
import { changedRanges, collectBatch, mergeRanges, nextDirty, textblockText } from './proofreadBlocks.ts';
import { placedFindings, proofreadingKey, proofreadingPlugin, proofreadingState, type ProofreadingMeta } from './proofreadingPlugin.ts';

const schema = getSchema(documentExtensions);
const p = (...content: PmNode[]) => schema.node('paragraph', null, content);
const text = (t: string, marks: string[] = []) => schema.text(t, marks.map((m) => schema.mark(m)));
const docOf = (...blocks: PmNode[]) => schema.node('doc', null, blocks);

// Our own sentences.
const first = 'Harga cabai naik lagi.';
const second = 'Warga berkumpul dirumah kepala desa.';
const third = 'Rapat digelar Senin (5/2/2025).';

function finding(blockText: string, word: string, rule: string, kind: Finding['kind']): Finding {
  const start = blockText.indexOf(word);
  return { kind, rule, start, end: start + word.length, text: word, message: rule, suggestions: [] };
}

/** A state with the plugin (no view: the bridge is never called here; requests are simulated with metas). */
function stateOf(doc: PmNode): EditorState {
  return EditorState.create({ doc, plugins: [proofreadingPlugin({ check: () => Promise.reject(new Error('not in this test')) })] });
}

const withMeta = (state: EditorState, meta: ProofreadingMeta) => state.apply(state.tr.setMeta(proofreadingKey, meta));

/** Sends every dirty block (as the view would) and answers with `answer(text)`. */
function sendAndAnswer(state: EditorState, answer: (text: string) => Finding[], deliver: (s: EditorState) => EditorState = (s) => s): EditorState {
  const batch = collectBatch(state.doc, proofreadingState(state).dirty);
  let s = withMeta(state, { type: 'sent', blocks: batch.blocks.map(({ key, pos, node }) => ({ key, pos, node })), cleared: batch.cleared, rest: batch.rest });
  s = deliver(s);
  const results: ProofreadBlockResult[] = batch.blocks.map((b) => ({ key: b.key, findings: answer(b.text) }));
  return withMeta(s, { type: 'results', results });
}

const answerAll = (t: string): Finding[] => {
  const out: Finding[] = [];
  if (t.includes('dirumah')) out.push(finding(t, 'dirumah', 'id.di-place', 'style'));
  if (t.includes('Senin')) out.push(finding(t, 'Senin', 'date.weekday', 'date'));
  if (t.includes('cabay')) out.push(finding(t, 'cabay', 'spelling.unknown', 'spelling'));
  return out;
};

const underlined = (s: EditorState) => placedFindings(proofreadingState(s).decorations).map((f) => [s.doc.textBetween(f.from, f.to), f.finding.rule]);

describe('block text and offsets', () => {
  it('maps every offset of the text to the document position of the same character, across marks and line breaks', () => {
    const block = p(text('Kata '), text('tebal', ['bold']), schema.node('hardBreak'), text('dirumah itu'));
    const doc = docOf(p(text(first)), block);
    const pos = doc.child(0).nodeSize;
    const t = textblockText(block);
    expect(t).toBe('Kata tebal\ndirumah itu');
    const start = t.indexOf('dirumah');
    expect(doc.textBetween(pos + 1 + start, pos + 1 + start + 'dirumah'.length)).toBe('dirumah');
    expect(doc.textBetween(pos + 1 + t.indexOf('tebal'), pos + 1 + t.indexOf('tebal') + 5)).toBe('tebal');
  });

  it('merges overlapping and touching ranges', () => {
    expect(mergeRanges([{ from: 10, to: 12 }, { from: 1, to: 3 }, { from: 3, to: 5 }, { from: 11, to: 20 }])).toEqual([{ from: 1, to: 5 }, { from: 10, to: 20 }]);
  });
});

describe('changed ranges and batches', () => {
  const doc = docOf(p(text(first)), p(text(second)), p(text(third)));
  const secondPos = doc.child(0).nodeSize;

  it('typing in one paragraph makes only that paragraph dirty', () => {
    const state = EditorState.create({ doc });
    const tr = state.tr.insertText('x', secondPos + 3);
    const ranges = changedRanges(tr);
    expect(ranges).toEqual([{ from: secondPos + 3, to: secondPos + 4 }]);
    const batch = collectBatch(tr.doc, nextDirty([], tr));
    expect(batch.blocks.map((b) => b.text)).toEqual(['Waxrga berkumpul dirumah kepala desa.']);
    expect(batch.rest).toEqual([]);
  });

  it('maps earlier dirty ranges through later edits (several steps, a deletion joining two paragraphs)', () => {
    const state = EditorState.create({ doc });
    const thirdPos = secondPos + doc.child(1).nodeSize;
    // Dirty: the third paragraph. Then delete the boundary between the first two (they join).
    const dirty = [{ from: thirdPos + 2, to: thirdPos + 3 }];
    const tr: Transaction = state.tr.delete(secondPos - 1, secondPos + 1);
    const next = nextDirty(dirty, tr);
    const batch = collectBatch(tr.doc, next);
    expect(batch.blocks.map((b) => b.text)).toEqual([first + second, third]);
  });

  it('splits a long pass into batches that resume where the last one stopped', () => {
    const many = docOf(...Array.from({ length: 7 }, (_v, i) => p(text(`Kalimat nomor ${i} di sini.`))));
    const limits = { maxBlocks: 3, maxChars: 10_000, maxBlockChars: 20_000 };
    let dirty = [{ from: 0, to: many.content.size }];
    const seen: string[] = [];
    for (let round = 0; round < 5 && dirty.length; round++) {
      const batch = collectBatch(many, dirty, limits);
      seen.push(...batch.blocks.map((b) => b.text));
      expect(batch.blocks.length).toBeLessThanOrEqual(3);
      dirty = batch.rest;
    }
    expect(seen).toEqual(Array.from({ length: 7 }, (_v, i) => `Kalimat nomor ${i} di sini.`));
  });

  it('does not send empty paragraphs, code blocks, or paragraphs over the length cap, and clears their underlines', () => {
    const d = docOf(p(), schema.node('codeBlock', null, [text('const dirumah = 1;')]), p(text('a'.repeat(50))), p(text(second)));
    const batch = collectBatch(d, [{ from: 0, to: d.content.size }], { maxBlocks: 40, maxChars: 24_000, maxBlockChars: 40 });
    expect(batch.blocks.map((b) => b.text)).toEqual([second]);
    expect(batch.cleared).toHaveLength(3);
  });
});

describe('proofreading plugin state', () => {
  const doc = docOf(p(text(first)), p(text(second)), p(text(third)));

  it('underlines the findings of a full pass at the right words, by kind', () => {
    let s = withMeta(stateOf(doc), { type: 'fullPass' });
    s = sendAndAnswer(s, answerAll);
    expect(underlined(s)).toEqual([
      ['dirumah', 'id.di-place'],
      ['Senin', 'date.weekday'],
    ]);
    expect(proofreadingState(s).counts).toEqual({ style: 1, date: 1 });
    expect(proofreadingState(s).status).toBe('idle');
    const classes = proofreadingState(s).decorations.find().map((d) => (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class);
    expect(classes).toEqual(['proof proof--style', 'proof proof--value']);
  });

  it('keeps underlines on their words while text is typed before them, without re-checking untouched paragraphs', () => {
    let s = sendAndAnswer(withMeta(stateOf(doc), { type: 'fullPass' }), answerAll);
    s = s.apply(s.tr.insertText('Kemarin, ', 1));
    expect(underlined(s)).toEqual([
      ['dirumah', 'id.di-place'],
      ['Senin', 'date.weekday'],
    ]);
    // Only the edited first paragraph is dirty.
    expect(collectBatch(s.doc, proofreadingState(s).dirty).blocks.map((b) => b.text)).toEqual(['Kemarin, ' + first]);
  });

  it('drops a reply for a paragraph edited after it was sent (its own re-check follows), and applies it when only moved', () => {
    let s = withMeta(stateOf(doc), { type: 'fullPass' });
    const secondPos = doc.child(0).nodeSize;
    s = sendAndAnswer(s, answerAll, (sent) => sent.apply(sent.tr.insertText('cabay ', secondPos + 1)));
    // The second paragraph changed in flight: no stale underline there; the third (only moved) got its own.
    expect(underlined(s)).toEqual([['Senin', 'date.weekday']]);
    expect(collectBatch(s.doc, proofreadingState(s).dirty).blocks.map((b) => b.text)).toEqual(['cabay ' + second]);
    s = sendAndAnswer(s, answerAll);
    expect(underlined(s)).toEqual([
      ['cabay', 'spelling.unknown'],
      ['dirumah', 'id.di-place'],
      ['Senin', 'date.weekday'],
    ]);
  });

  it('removes underlines by rule or by word, and "ignore once" keeps one away after a re-check', () => {
    let s = sendAndAnswer(withMeta(stateOf(docOf(p(text('Harga cabay naik, cabay mahal.')), p(text(second)))), { type: 'fullPass' }), answerAll);
    expect(underlined(s)).toEqual([['cabay', 'spelling.unknown'], ['dirumah', 'id.di-place']]);
    s = withMeta(s, { type: 'remove', rule: 'id.di-place' });
    expect(underlined(s)).toEqual([['cabay', 'spelling.unknown']]);
    const [only] = placedFindings(proofreadingState(s).decorations);
    s = withMeta(s, { type: 'ignoreOnce', from: only!.from, to: only!.to });
    expect(underlined(s)).toEqual([]);
    // Edit the paragraph elsewhere and re-check: the ignored word stays without an underline.
    s = s.apply(s.tr.insertText('!', s.doc.child(0).nodeSize - 2));
    s = sendAndAnswer(s, (t) => (t.includes('cabay') ? [finding(t, 'cabay', 'spelling.unknown', 'spelling')] : []));
    expect(underlined(s)).toEqual([]);
    s = withMeta(s, { type: 'remove', word: 'CABAY' });
    expect(proofreadingState(s).counts).toEqual({});
  });

  it('a failed check shows the error and keeps the blocks dirty for the next edit', () => {
    let s = withMeta(stateOf(doc), { type: 'fullPass' });
    const batch = collectBatch(s.doc, proofreadingState(s).dirty);
    s = withMeta(s, { type: 'sent', blocks: batch.blocks.map(({ key, pos, node }) => ({ key, pos, node })), cleared: [], rest: batch.rest });
    expect(proofreadingState(s).dirty).toEqual([]);
    s = withMeta(s, { type: 'failed', code: 'PROOFREADING_UNAVAILABLE' });
    expect(proofreadingState(s).status).toBe('error');
    expect(proofreadingState(s).errorCode).toBe('PROOFREADING_UNAVAILABLE');
    expect(collectBatch(s.doc, proofreadingState(s).dirty).blocks).toHaveLength(3);
  });
});

describe('indexed decorations (what the view reads)', () => {
  it('gives every top-level block exactly the decorations the set itself gives, nested blocks included', async () => {
    const { indexedDecorations, IndexedDecorations } = await import('./indexedDecorations.ts');
    const { Decoration, DecorationSet } = await import('@tiptap/pm/view');
    const blocks = Array.from({ length: 30 }, (_v, i) =>
      i % 7 === 3 ? schema.node('bulletList', null, [schema.node('listItem', null, [p(text(`butir ${i} dirumah`))])]) : p(text(`Kalimat ${i} dirumah.`)),
    );
    const doc = docOf(...blocks);
    const decos: InstanceType<typeof Decoration>[] = [];
    doc.descendants((node, pos) => {
      if (!node.isText || !node.text!.includes('dirumah')) return;
      const at = pos + node.text!.indexOf('dirumah');
      // Every other block underlined, like findings spread through an article.
      if (doc.resolve(at).index(0) % 2 === 0) decos.push(Decoration.inline(at, at + 7, { class: 'proof proof--style' }));
    });
    const set = DecorationSet.create(doc, decos);
    const source = indexedDecorations(set);
    expect(source).toBeInstanceOf(IndexedDecorations);
    expect(indexedDecorations(set)).toBe(source);
    let offset = 0;
    doc.forEach((child) => {
      expect(source.forChild(offset, child)).toBe(set.forChild(offset, child));
      offset += child.nodeSize;
    });
    expect(indexedDecorations(DecorationSet.empty)).toBe(DecorationSet.empty);
    const tr = EditorState.create({ doc }).tr.insertText('x', 1);
    const mapped = source.map(tr.mapping, tr.doc);
    expect(mapped).toBeInstanceOf(IndexedDecorations);
  });
});

describe('the plugin view: when blocks are sent', () => {
  /** The plugin's view over a minimal stand-in for ProseMirror's (no DOM here): dispatch applies and updates. */
  function viewOf(doc: PmNode, check: (blocks: Array<{ key: string; text: string }>) => Promise<ProofreadBlockResult[]>) {
    let start = () => {};
    const plugin = proofreadingPlugin({ check, debounceMs: 300, scheduleFirstPass: (s) => ((start = s), () => {}) });
    const view = {
      state: EditorState.create({ doc, plugins: [plugin] }),
      hasFocus: () => false,
      dispatch(tr: Transaction) {
        const prev = view.state;
        view.state = view.state.apply(tr);
        pluginView.update!(view as never, prev);
      },
    };
    const pluginView = plugin.spec.view!(view as never);
    return { view, firstPass: () => start(), destroy: () => pluginView.destroy!() };
  }

  it('waits until the writer has paused for the debounce time, however long the typing goes on', async () => {
    vi.useFakeTimers();
    try {
      const check = vi.fn((blocks: Array<{ key: string; text: string }>) => Promise.resolve(blocks.map(({ key }) => ({ key, findings: [] }))));
      const { view, firstPass, destroy } = viewOf(docOf(p(text(first)), p(text(second))), check);
      firstPass();
      await vi.advanceTimersByTimeAsync(0);
      expect(check).toHaveBeenCalledTimes(1);
      // Typing a key every 100 ms for 2 s: nothing is sent while typing goes on.
      for (let i = 0; i < 20; i++) {
        view.dispatch(view.state.tr.insertText('a', 2));
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(check).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(150);
      expect(check).toHaveBeenCalledTimes(1);
      // 300 ms after the last key: the edited block goes, once.
      await vi.advanceTimersByTimeAsync(60);
      expect(check).toHaveBeenCalledTimes(2);
      expect(check.mock.calls[1]![0].map((b) => b.text)).toEqual([`H${'a'.repeat(20)}arga cabai naik lagi.`]);
      await vi.advanceTimersByTimeAsync(2000);
      expect(check).toHaveBeenCalledTimes(2);
      destroy();
    } finally {
      vi.useRealTimers();
    }
  });
});
