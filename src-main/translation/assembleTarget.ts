/**
 * The target article assembled from its segments. The source body is the skeleton: every text
 * block (found by its path) gets the target sentences of its segments joined with a space, so
 * headings, lists, quotes and tables keep their structure, and images and rules stay where they
 * are. Inline marks come back where they align: a mark over the whole source sentence covers the
 * whole target sentence; a mark over part of it (a name, a number, a link's text) is put on the
 * same text where it occurs verbatim in the target. A claim mark covers the whole target sentence
 * of each segment it touched in the source, with the id of the target's copy of the claim.
 *
 * A block with no target text yet is left out (an article in progress reads as what has been
 * translated, without empty lines); a list, quote or table left with nothing in it goes too, and a
 * table cell stays as an empty cell so a table with some text keeps its shape.
 */
import { Mark, type Schema } from '@tiptap/pm/model';
import { claimMarkName } from '../../src-preload/contract/claimMark.ts';
import { getDocumentSchema } from '../../src-preload/contract/documentSchema.ts';
import type { SegmentMark } from '../../src-preload/contract/translation.ts';

export interface AssemblySegment {
  source: string;
  sourceMarks: readonly SegmentMark[];
  target: string;
}

export interface AssemblyInput {
  /** The source body (ProseMirror JSON). */
  doc: unknown;
  /** The segments of each live block by its path ("headline", "standfirst", "0", "2.1.0"), in order. */
  blocks: ReadonlyMap<string, readonly AssemblySegment[]>;
  /** Source claim id -> the target's copy. */
  claims: ReadonlyMap<string, string>;
}

export interface AssembledTarget {
  doc: { type: 'doc'; content: unknown[] };
  /** The headline's target text ('' when not translated yet). */
  title: string;
  standfirst: string;
}

interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: unknown[];
  marks?: unknown[];
  text?: string;
}

const textBlocks = new Set(['paragraph', 'heading', 'codeBlock']);
const cells = new Set(['tableCell', 'tableHeader']);
const maxDepth = 200;

export function assembleTarget(input: AssemblyInput): AssembledTarget {
  const schema = getDocumentSchema();
  const plain = (path: string) =>
    (input.blocks.get(path) ?? [])
      .map((s) => s.target.trim())
      .filter((t) => t !== '')
      .join(' ')
      // Headline and standfirst are one line of text.
      .replace(/[\s\u0000-\u001f\u007f]+/g, ' '); // eslint-disable-line no-control-regex -- removing them is the point

  const visit = (node: unknown, path: number[]): JsonNode | null => {
    if (typeof node !== 'object' || node === null || path.length > maxDepth) return null;
    const n = node as JsonNode;
    if (typeof n.type !== 'string') return null;
    if (textBlocks.has(n.type)) {
      const segments = input.blocks.get(path.join('.')) ?? [];
      const content = inlineContent(schema, segments, input.claims, n.type !== 'codeBlock');
      return content.length === 0 ? null : { ...copyNode(n), content };
    }
    if (!Array.isArray(n.content)) return copyNode(n); // an image, a rule: kept as it is
    const children = n.content.map((child, i) => visit(child, [...path, i])).filter((c): c is JsonNode => c !== null);
    if (cells.has(n.type)) return { ...copyNode(n), content: children.length > 0 ? children : [{ type: 'paragraph' }] };
    if (n.type === 'listItem' && children.length > 0 && children[0]!.type !== 'paragraph') children.unshift({ type: 'paragraph' });
    if (n.type === 'tableRow') return { ...copyNode(n), content: children };
    if (n.type === 'table') return children.some(hasText) ? { ...copyNode(n), content: children } : null;
    return children.length === 0 ? null : { ...copyNode(n), content: children };
  };

  const source = input.doc as JsonNode | null;
  const content = Array.isArray(source?.content) ? source.content.map((child, i) => visit(child, [i])).filter((c): c is JsonNode => c !== null) : [];
  return {
    doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] },
    title: plain('headline'),
    standfirst: plain('standfirst'),
  };
}

function copyNode(n: JsonNode): JsonNode {
  const out: JsonNode = { type: n.type };
  if (n.attrs) out.attrs = n.attrs;
  if (n.type === 'text' || !Array.isArray(n.content)) {
    if (n.content) out.content = n.content;
    if (n.marks) out.marks = n.marks;
  }
  return out;
}

function hasText(node: JsonNode): boolean {
  if (node.type === 'text') return (node.text ?? '') !== '';
  return Array.isArray(node.content) && (node.content as JsonNode[]).some(hasText);
}

/** A stretch of target text under one mark. */
interface Range {
  from: number;
  to: number;
  mark: Mark;
}

/** The block's target sentences as text nodes with their marks. */
function inlineContent(schema: Schema, segments: readonly AssemblySegment[], claims: ReadonlyMap<string, string>, withMarks: boolean): unknown[] {
  let text = '';
  const ranges: Range[] = [];
  for (const s of segments) {
    const target = s.target.trim();
    if (target === '') continue;
    if (text !== '') text += ' ';
    const at = text.length;
    text += target;
    if (withMarks) for (const r of targetMarks(schema, s, target, claims)) ranges.push({ from: at + r.from, to: at + r.to, mark: r.mark });
  }
  if (text === '') return [];
  // Cut the text wherever a mark starts or ends; each piece carries the marks over it.
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.from);
    cuts.add(r.to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: unknown[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    // addToSet orders marks by schema rank and drops ones excluded by another, as validation wants.
    const marks = ranges.filter((r) => r.from <= from && r.to >= to).reduce<readonly Mark[]>((set, r) => r.mark.addToSet(set), Mark.none);
    nodes.push(schema.text(text.slice(from, to), marks).toJSON());
  }
  return nodes;
}

/** Marks of one target sentence, offsets into `target`. */
function targetMarks(schema: Schema, segment: AssemblySegment, target: string, claims: ReadonlyMap<string, string>): Range[] {
  const out: Range[] = [];
  const whole = { from: 0, to: target.length };
  const taken = new Map<string, number>(); // mark type + substring -> where to look for its next occurrence
  for (const m of segment.sourceMarks) {
    if (m.type === claimMarkName) {
      const claimId = claims.get(String(m.attrs?.claimId ?? ''));
      if (claimId) out.push({ ...whole, mark: schema.mark(claimMarkName, { claimId }) });
      continue;
    }
    const type = schema.marks[m.type];
    if (!type) continue;
    let mark: Mark;
    try {
      mark = type.create(m.attrs ?? null);
    } catch {
      continue; // attributes this schema does not accept: the text stays, unmarked
    }
    const covered = segment.source.slice(m.from, m.to).trim();
    if (covered === '') continue;
    if (covered === segment.source.trim()) {
      out.push({ ...whole, mark });
      continue;
    }
    const seen = `${m.type}\u0000${covered}`;
    const from = target.indexOf(covered, taken.get(seen) ?? 0);
    if (from < 0) continue;
    taken.set(seen, from + covered.length);
    out.push({ from, to: from + covered.length, mark });
  }
  return out;
}
