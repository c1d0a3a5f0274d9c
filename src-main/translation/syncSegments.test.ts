import { describe, expect, it } from 'vitest';
import { blockSentences, segmentArticle } from './segmentArticle.ts';
import { firstSegments, syncSegments, type SyncResult } from './syncSegments.ts';

type Json = Record<string, unknown>;
const p = (text: string): Json => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const fresh = (paragraphs: string[], title = 'Judul') =>
  segmentArticle({ title, standfirst: '', doc: { type: 'doc', content: paragraphs.map(p) } }).map((b) => ({ ...b, sentences: blockSentences(b, 'id') }));

/** The synced state with targets written into the given segments, as the store would hold it. */
function withTargets(result: SyncResult, targets: Record<string, string>) {
  return { blocks: result.blocks, segments: result.segments.map((s) => ({ ...s, target: targets[s.id] ?? s.target })) };
}

const ids = (r: SyncResult) => r.segments.map((s) => `${s.id}${s.removed ? '-' : ''}${s.sourceChanged ? '!' : ''}${s.isNew ? '+' : ''}`);

describe('syncSegments', () => {
  const first = firstSegments(fresh(['Satu dua tiga. Empat lima enam.', 'Hujan turun sejak pagi.', 'Jalan banjir di mana-mana.']));

  it('numbers blocks in reading order and sentences within them', () => {
    expect(ids(first)).toEqual(['b0.0+', 'b1.0+', 'b1.1+', 'b2.0+', 'b3.0+']);
    expect(first.nextBlockKey).toBe(4);
  });

  it('changes nothing when the source is the same', () => {
    const again = syncSegments(first, fresh(['Satu dua tiga. Empat lima enam.', 'Hujan turun sejak pagi.', 'Jalan banjir di mana-mana.']), first.nextBlockKey);
    expect(ids(again)).toEqual(['b0.0', 'b1.0', 'b1.1', 'b2.0', 'b3.0']);
    expect(again.segments.map((s) => s.source)).toEqual(first.segments.map((s) => s.source));
  });

  it('finds a moved paragraph again by its text, and keeps the removed one where it was', () => {
    const old = withTargets(first, { 'b2.0': 'Rain since morning.', 'b3.0': 'Roads flooded everywhere.' });
    const moved = syncSegments(old, fresh(['Jalan banjir di mana-mana.', 'Satu dua tiga. Empat lima enam.']), first.nextBlockKey);
    expect(ids(moved)).toEqual(['b0.0', 'b3.0', 'b1.0', 'b1.1', 'b2.0-']);
    expect(moved.segments.find((s) => s.id === 'b2.0')).toMatchObject({ target: 'Rain since morning.', removed: true });
    expect(moved.blocks.find((b) => b.key === 2)).toMatchObject({ removed: true });
  });

  it('flags a changed sentence only when it has a target, and never reuses a position', () => {
    const old = withTargets(first, { 'b1.0': 'One two three.' });
    const edited = syncSegments(old, fresh(['Satu dua tiga empat. Empat lima enam sekali.', 'Hujan turun sejak pagi.', 'Jalan banjir di mana-mana.']), first.nextBlockKey);
    expect(ids(edited)).toEqual(['b0.0', 'b1.0!', 'b1.1', 'b2.0', 'b3.0']);
    expect(edited.segments[1]).toMatchObject({ previousSource: 'Satu dua tiga.', source: 'Satu dua tiga empat.', target: 'One two three.' });
    expect(edited.segments[2]).toMatchObject({ source: 'Empat lima enam sekali.', sourceChanged: false, previousSource: null });
    // A sentence with nothing in common is a new one; the old one is kept as removed.
    const replaced = syncSegments(withTargets(edited, {}), fresh(['Gempa mengguncang Cianjur. Empat lima enam sekali.', 'Hujan turun sejak pagi.', 'Jalan banjir di mana-mana.']), edited.nextBlockKey);
    expect(ids(replaced)).toEqual(['b0.0', 'b1.0-!', 'b1.2+', 'b1.1', 'b2.0', 'b3.0']);
  });

  it('pairs a rewritten paragraph with its old self rather than making it new', () => {
    const old = withTargets(first, { 'b2.0': 'Rain since morning.' });
    const r = syncSegments(old, fresh(['Satu dua tiga. Empat lima enam.', 'Hujan deras turun sejak pagi tadi.', 'Jalan banjir di mana-mana.']), first.nextBlockKey);
    expect(ids(r)).toEqual(['b0.0', 'b1.0', 'b1.1', 'b2.0!', 'b3.0']);
    expect(r.nextBlockKey).toBe(4);
  });
});
