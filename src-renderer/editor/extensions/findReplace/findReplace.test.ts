import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { history, undo, redo } from '@tiptap/pm/history';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Command, type Transaction } from '@tiptap/pm/state';
import { getDocumentSchema } from '../../../../src-preload/contract/documentSchema.ts';
import { matchesInRange, queryPattern, type SearchQuery } from './findMatches.ts';
import { IndexedDecorations } from '../proofreading/indexedDecorations.ts';
import { allMatches, findReplaceKey, findReplacePlugin, findReplaceState, goToMatch, replaceAllMatches, replaceCurrentMatch, setSearchQuery } from './findReplacePlugin.ts';

const schema = getDocumentSchema();

type Block = string | { heading: string } | { bold: [string, string, string] } | { breakBetween: [string, string] };

function docOf(blocks: Block[]): PmNode {
  const content = blocks.map((b) => {
    if (typeof b === 'string') return { type: 'paragraph', content: b ? [{ type: 'text', text: b }] : [] };
    if ('heading' in b) return { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: b.heading }] };
    if ('bold' in b) {
      const [before, bold, after] = b.bold;
      return { type: 'paragraph', content: [{ type: 'text', text: before }, { type: 'text', text: bold, marks: [{ type: 'bold' }] }, { type: 'text', text: after }] };
    }
    return { type: 'paragraph', content: [{ type: 'text', text: b.breakBetween[0] }, { type: 'hardBreak' }, { type: 'text', text: b.breakBetween[1] }] };
  });
  return PmNode.fromJSON(schema, { type: 'doc', content });
}

function stateOf(blocks: Block[], maxHighlights?: number): EditorState {
  return EditorState.create({ schema, doc: docOf(blocks), plugins: [history(), findReplacePlugin(maxHighlights ? { maxHighlights } : {})] });
}

/** Runs a command and returns the new state. */
function run(state: EditorState, command: Command): EditorState {
  let next = state;
  const ok = command(state, (tr: Transaction) => {
    next = state.apply(tr);
  });
  expect(ok).toBe(true);
  return next;
}

const query = (text: string, over: Partial<SearchQuery> = {}): SearchQuery => ({ text, caseSensitive: false, wholeWord: false, ...over });
const matchedTexts = (state: EditorState) => allMatches(state).map((m) => state.doc.textBetween(m.from, m.to));
const currentIndex = (state: EditorState) => findReplaceState(state).currentIndex;
const texts = (state: EditorState) => {
  const out: string[] = [];
  state.doc.forEach((b) => out.push(b.textContent));
  return out;
};

/** Highlights as [from, to, current] triples, in order. */
function highlights(state: EditorState): [number, number, boolean][] {
  return findReplaceState(state)
    .decorations.find()
    .map((d) => [d.from, d.to, (d.spec as { current: boolean }).current] as [number, number, boolean])
    .sort((a, b) => a[0] - b[0]);
}

/** The plugin's incremental state must equal a fresh search of the same document. */
function expectConsistent(state: EditorState): void {
  const s = findReplaceState(state);
  const fresh = s.pattern ? matchesInRange(state.doc, s.pattern) : [];
  expect(allMatches(state)).toEqual(fresh);
  expect(s.total).toBe(fresh.length);
  if (fresh.length) {
    expect(s.currentIndex).toBeGreaterThanOrEqual(0);
    expect(s.current).toEqual(fresh[s.currentIndex]);
  } else {
    expect([s.currentIndex, s.current]).toEqual([-1, null]);
  }
  const expected = s.highlightAll ? fresh.map((m, i) => [m.from, m.to, i === s.currentIndex]) : s.current ? [[s.current.from, s.current.to, true]] : [];
  expect(highlights(state)).toEqual(expected);
}

const indonesian: Block[] = [
  'Di pasar itu dia berdiri sendiri.',
  'Harga cabai naik di Jakarta dan di Surabaya, jadi warga menahan diri.',
  { heading: 'Dampak di daerah' },
  'Kadiri bukan kata; DI Yogyakarta ditulis besar.',
];

describe('find: matches', () => {
  it('finds every occurrence, ignoring case by default, inside words too', () => {
    const state = run(stateOf(indonesian), setSearchQuery(query('di')));
    // dia, berdiri, sendiri | di, di, jadi, diri | di | Kadiri, DI, ditulis
    expect(matchedTexts(state)).toEqual(['Di', 'di', 'di', 'di', 'di', 'di', 'di', 'di', 'di', 'di', 'DI', 'di']);
    expectConsistent(state);
  });

  it('whole word: "di" is found as a word, not inside "diri", "jadi", "berdiri" or "ditulis"', () => {
    const state = run(stateOf(indonesian), setSearchQuery(query('di', { wholeWord: true })));
    expect(matchedTexts(state)).toEqual(['Di', 'di', 'di', 'di', 'DI']);
  });

  it('case-sensitive: "Di" finds only "Di"; with whole word too', () => {
    expect(matchedTexts(run(stateOf(indonesian), setSearchQuery(query('Di', { caseSensitive: true }))))).toEqual(['Di']);
    expect(matchedTexts(run(stateOf(indonesian), setSearchQuery(query('DI', { caseSensitive: true, wholeWord: true }))))).toEqual(['DI']);
    expect(matchedTexts(run(stateOf(indonesian), setSearchQuery(query('diri', { wholeWord: true }))))).toEqual(['diri']);
  });

  it('treats the query literally and matches across marks but never across a line break', () => {
    const state = stateOf([{ bold: ['Rp 1', '.', '250 (naik)'] }, { breakBetween: ['naik di', 'rumah'] }, 'a.b a+b']);
    expect(matchedTexts(run(state, setSearchQuery(query('1.250'))))).toEqual(['1.250']);
    expect(matchedTexts(run(state, setSearchQuery(query('(naik)', { wholeWord: true }))))).toEqual(['(naik)']);
    expect(matchedTexts(run(state, setSearchQuery(query('a+b'))))).toEqual(['a+b']);
    expect(allMatches(run(state, setSearchQuery(query('dirumah'))))).toEqual([]);
    expect(matchedTexts(run(state, setSearchQuery(query('di', { wholeWord: true }))))).toEqual(['di']);
  });

  it('finds text inside table cells', () => {
    const doc = PmNode.fromJSON(schema, {
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kota' }] }] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'di Kota Medan' }] }] }] },
          ],
        },
      ],
    });
    const state = run(EditorState.create({ schema, doc, plugins: [findReplacePlugin()] }), setSearchQuery(query('kota')));
    expect(matchedTexts(state)).toEqual(['Kota', 'Kota']);
  });

  it('gives the view, block by block, exactly the highlights of its set (read from an index, not a scan)', () => {
    const blocks: Block[] = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? { heading: `Kota ${i}` } : i % 3 === 1 ? `di kota ${i} dan kota lain` : `tanpa ${i}`));
    let state = run(stateOf(blocks), setSearchQuery(query('kota')));
    state = state.apply(state.tr.insertText('kota ', 5));
    const set = findReplaceState(state).decorations;
    const plugin = state.plugins.find((p) => p.spec.key === findReplaceKey)!;
    const source = plugin.props.decorations!.call(plugin, state) as unknown as { forChild(offset: number, node: PmNode): { find(): { from: number; to: number }[] } };
    expect(source).toBeInstanceOf(IndexedDecorations);
    let checked = 0;
    state.doc.forEach((block, offset) => {
      const expected = (set.forChild(offset, block) as unknown as typeof set).find().map((d) => [d.from, d.to]);
      expect(source.forChild(offset, block).find().map((d) => [d.from, d.to])).toEqual(expected);
      checked += expected.length;
    });
    expect(checked).toBe(findReplaceState(state).total);
  });

  it('an empty query clears every highlight and the plugin goes idle', () => {
    let state = run(stateOf(indonesian), setSearchQuery(query('di')));
    state = run(state, setSearchQuery(query('')));
    expect(findReplaceState(state)).toMatchObject({ pattern: null, total: 0, current: null, currentIndex: -1 });
    expect(highlights(state)).toEqual([]);
  });

  it('builds no pattern for an empty query', () => {
    expect(queryPattern(query(''))).toBeNull();
  });
});

describe('find: current match and navigation', () => {
  it('starts at the first match after the cursor, steps forward and back, and wraps', () => {
    let state = stateOf(indonesian);
    const secondBlock = state.doc.child(0).nodeSize + 1;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, secondBlock)));
    state = run(state, setSearchQuery(query('di', { wholeWord: true })));
    expect(currentIndex(state)).toBe(1);
    // The current match is selected.
    const cur = allMatches(state)[1]!;
    expect([state.selection.from, state.selection.to]).toEqual([cur.from, cur.to]);

    state = run(state, goToMatch(1));
    expect(currentIndex(state)).toBe(2);
    state = run(state, goToMatch(1));
    state = run(state, goToMatch(1));
    state = run(state, goToMatch(1));
    expect(currentIndex(state)).toBe(0);
    state = run(state, goToMatch(-1));
    expect(currentIndex(state)).toBe(4);
    expectConsistent(state);
  });

  it('navigation does nothing without matches', () => {
    const state = run(stateOf(indonesian), setSearchQuery(query('tidak ada')));
    expect(goToMatch(1)(state)).toBe(false);
    expect(replaceAllMatches('x')(state)).toBe(false);
    expect(replaceCurrentMatch('x')(state)).toBe(false);
  });
});

describe('replace', () => {
  it('replace all is one transaction: one undo restores every occurrence, redo repeats it', () => {
    let state = run(stateOf(indonesian), setSearchQuery(query('di', { wholeWord: true })));
    const before = texts(state);
    state = run(state, replaceAllMatches('ke'));
    expect(texts(state)).toEqual([
      'ke pasar itu dia berdiri sendiri.',
      'Harga cabai naik ke Jakarta dan ke Surabaya, jadi warga menahan diri.',
      'Dampak ke daerah',
      'Kadiri bukan kata; ke Yogyakarta ditulis besar.',
    ]);
    expect(allMatches(state)).toEqual([]);
    expectConsistent(state);

    state = run(state, undo);
    expect(texts(state)).toEqual(before);
    expect(undo(state)).toBe(false); // nothing else to undo: it was a single step
    // The highlights come back with the text.
    expect(matchedTexts(state)).toEqual(['Di', 'di', 'di', 'di', 'DI']);
    expectConsistent(state);
    state = run(state, redo);
    expect(texts(state)[1]).toBe('Harga cabai naik ke Jakarta dan ke Surabaya, jadi warga menahan diri.');
  });

  it('replace all of many matches in many blocks, and its undo, stay consistent', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Paragraf ${i}: di sini, di sana, jadi di situ.`);
    let state = run(stateOf(many), setSearchQuery(query('di', { wholeWord: true })));
    expect(allMatches(state)).toHaveLength(120);
    state = run(state, replaceAllMatches('ke'));
    expect(texts(state)[39]).toBe('Paragraf 39: ke sini, ke sana, jadi ke situ.');
    expectConsistent(state);
    state = run(state, undo);
    expect(texts(state)).toEqual(many);
    expect(allMatches(state)).toHaveLength(120);
    expectConsistent(state);
  });

  it('replace all with a replacement that contains the query does not loop and finds the new text', () => {
    let state = run(stateOf(['di sini dan di sana']), setSearchQuery(query('di', { wholeWord: true })));
    state = run(state, replaceAllMatches('di dalam'));
    expect(texts(state)).toEqual(['di dalam sini dan di dalam sana']);
    expect(allMatches(state)).toHaveLength(2);
    expectConsistent(state);
  });

  it('keeps the marks of the replaced text, and an empty replacement deletes only the match', () => {
    let state = run(stateOf([{ bold: ['Kata ', 'penting', ' di sini'] }, 'penting']), setSearchQuery(query('penting')));
    state = run(state, replaceAllMatches('utama'));
    const first = state.doc.child(0);
    expect(first.child(1).text).toBe('utama');
    expect(first.child(1).marks.map((m) => m.type.name)).toEqual(['bold']);
    state = run(state, setSearchQuery(query('utama')));
    state = run(state, replaceAllMatches(''));
    expect(texts(state)).toEqual(['Kata  di sini', '']);
    expect(state.doc.childCount).toBe(2);
  });

  it('replace one replaces the current match, moves to the next, and is its own undo step', () => {
    let state = run(stateOf(['satu di dua di tiga di']), setSearchQuery(query('di', { wholeWord: true })));
    state = run(state, goToMatch(1)); // current: second
    state = run(state, replaceCurrentMatch('ke'));
    expect(texts(state)).toEqual(['satu di dua ke tiga di']);
    expect(currentIndex(state)).toBe(1); // the third one, now second of two
    expect(matchedTexts(state)).toEqual(['di', 'di']);
    const cur = allMatches(state)[1]!;
    expect([state.selection.from, state.selection.to]).toEqual([cur.from, cur.to]);
    state = run(state, replaceCurrentMatch('ke'));
    expect(texts(state)).toEqual(['satu di dua ke tiga ke']);
    expect(currentIndex(state)).toBe(0);
    expectConsistent(state);
    state = run(state, undo);
    expect(texts(state)).toEqual(['satu di dua ke tiga di']);
  });
});

describe('incremental update on edits', () => {
  it('typing a new occurrence in one paragraph adds a highlight; other highlights are mapped', () => {
    let state = run(stateOf(indonesian), setSearchQuery(query('di', { wholeWord: true })));
    const end = state.doc.child(0).nodeSize - 1;
    state = state.apply(state.tr.insertText(' Kami di sana.', end));
    expect(matchedTexts(state)).toEqual(['Di', 'di', 'di', 'di', 'di', 'DI']);
    expectConsistent(state);
    // Editing one match away keeps a valid current match.
    const second = allMatches(state)[1]!;
    state = state.apply(state.tr.insertText('x', second.from + 1));
    expect(matchedTexts(state)).toHaveLength(5);
    expectConsistent(state);
  });

  it('above maxHighlights only the current match is highlighted, but all are counted and reachable', () => {
    let state = run(stateOf(indonesian, 3), setSearchQuery(query('di', { wholeWord: true })));
    expect(findReplaceState(state)).toMatchObject({ total: 5, highlightAll: false, currentIndex: 0 });
    expect(highlights(state)).toHaveLength(1);
    state = run(state, goToMatch(-1));
    expect(currentIndex(state)).toBe(4);
    expectConsistent(state);
    // Edits below the limit bring every highlight back, and above it take them away again.
    state = run(state, replaceCurrentMatch('ke'));
    state = run(state, replaceCurrentMatch('ke'));
    expect(findReplaceState(state)).toMatchObject({ total: 3, highlightAll: true });
    expectConsistent(state);
    state = state.apply(state.tr.insertText('di ', 1));
    expect(findReplaceState(state)).toMatchObject({ total: 4, highlightAll: false });
    expectConsistent(state);
  });

  it('a doc change without an active search leaves the plugin idle (no work)', () => {
    const state = stateOf(indonesian);
    const next = state.apply(state.tr.insertText('di di di', 1));
    expect(findReplaceState(next)).toBe(findReplaceState(state));
  });

  it('stays equal to a fresh search under random edits (property)', () => {
    const words = ['di', 'Di', 'diri', 'jadi', ' ', 'sana', '.', 'DI'];
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((w) => w.join('')) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('bold' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ kind: fc.constant('next' as const) }),
      fc.record({ kind: fc.constant('replaceOne' as const), text: fc.constantFrom('', 'di', 'ke', 'x') }),
      fc.record({ kind: fc.constant('undo' as const) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), fc.boolean(), fc.boolean(), fc.constantFrom(undefined, 6), (edits, wholeWord, caseSensitive, maxHighlights) => {
        let state = run(stateOf(indonesian, maxHighlights), setSearchQuery(query('di', { wholeWord, caseSensitive })));
        for (const e of edits) {
          const size = state.doc.content.size;
          const textPos = (n: number) => TextSelection.near(state.doc.resolve(n % (size + 1))).from;
          if (e.kind === 'insert') state = state.apply(state.tr.insertText(e.text, textPos(e.at)));
          else if (e.kind === 'delete') {
            const from = textPos(e.at);
            const to = Math.min(size, from + e.length);
            const tr = state.tr.delete(from, to);
            if (tr.doc.check() === undefined) state = state.apply(tr);
          } else if (e.kind === 'split') state = state.apply(state.tr.split(textPos(e.at)));
          else if (e.kind === 'bold') {
            const from = textPos(e.at);
            state = state.apply(state.tr.addMark(from, Math.min(size, from + e.length), schema.marks.bold!.create()));
          } else if (e.kind === 'next') goToMatch(1)(state, (tr) => (state = state.apply(tr)));
          else if (e.kind === 'replaceOne') replaceCurrentMatch(e.text)(state, (tr) => (state = state.apply(tr)));
          else undo(state, (tr) => (state = state.apply(tr)));
          expectConsistent(state);
        }
      }),
      { numRuns: 150 },
    );
  });
});
