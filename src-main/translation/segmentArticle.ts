/**
 * The source article as translation segments: headline, standfirst and every text block of the
 * body (paragraphs, headings, the paragraphs inside quotes, list items and table cells; images and
 * rules carry no text), each split into sentences with their inline marks. Works on the stored
 * JSON, without the document schema, like documentPlainText.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { SegmentMark } from '../../src-preload/contract/translation.ts';
import { commentMarkName } from '../../src-preload/contract/commentMark.ts';
import { splitSentences } from '../language/splitSentences.ts';

/** One text block of the source: where it is, what kind, its text and marks (offsets into `text`). */
export interface SourceBlock {
  /** "headline", "standfirst", or the JSON child-index path from the body to the block ("2.0.1"). */
  path: string;
  /** What the translator sees: headline, standfirst, paragraph, heading, blockquote, bulletList, orderedList, table… */
  type: string;
  text: string;
  marks: SegmentMark[];
}

/** A sentence of a block: its text and the marks over it (offsets into the sentence). */
export interface SourceSentence {
  text: string;
  marks: SegmentMark[];
}

interface JsonNode {
  type?: unknown;
  text?: unknown;
  content?: unknown;
  marks?: unknown;
  attrs?: unknown;
}

/** Nodes whose children are inline text: each is one block of segments. */
const textBlocks = new Set(['paragraph', 'heading', 'codeBlock']);
/** Containers whose type names the block for the translator (the innermost one wins). */
const namedContainers = new Set(['blockquote', 'bulletList', 'orderedList', 'table']);
/** Deeper than any real article; a hostile body cannot make the walk overflow. */
const maxDepth = 200;

/** Headline, standfirst and the body's text blocks in reading order; blocks without text are left out. */
export function segmentArticle(article: { title: string; standfirst: string; doc: unknown }): SourceBlock[] {
  const out: SourceBlock[] = [];
  const plain = (path: string, text: string) => {
    // A headline or standfirst is one line: line breaks pasted into it are spaces.
    const t = text.replace(/\s+/g, ' ').trim();
    if (t !== '') out.push({ path, type: path, text: t, marks: [] });
  };
  plain('headline', article.title);
  plain('standfirst', article.standfirst);
  const visit = (node: unknown, path: number[], container: string | null): void => {
    if (typeof node !== 'object' || node === null || path.length > maxDepth) return;
    const { type, content } = node as JsonNode;
    if (typeof type !== 'string') return;
    if (textBlocks.has(type)) {
      const block = inlineText(content);
      if (block.text.trim() !== '') out.push({ path: path.join('.'), type: container ?? type, ...block });
      return;
    }
    const named = namedContainers.has(type) ? type : container;
    if (Array.isArray(content)) content.forEach((child, i) => visit(child, [...path, i], named));
  };
  const body = article.doc as JsonNode | null;
  if (body && Array.isArray(body.content)) body.content.forEach((child, i) => visit(child, [i], null));
  return out;
}

/** Text of a block's inline content (hard breaks as line breaks) and its marks, comments left out. */
export function inlineText(content: unknown): { text: string; marks: SegmentMark[] } {
  let text = '';
  const marks: SegmentMark[] = [];
  if (!Array.isArray(content)) return { text, marks };
  for (const child of content as JsonNode[]) {
    if (child?.type === 'text' && typeof child.text === 'string') {
      const from = text.length;
      text += child.text;
      if (Array.isArray(child.marks)) {
        for (const m of child.marks as JsonNode[]) {
          if (typeof m?.type !== 'string' || m.type === commentMarkName) continue;
          const attrs = typeof m.attrs === 'object' && m.attrs !== null ? (m.attrs as Record<string, unknown>) : undefined;
          addMark(marks, { type: m.type, from, to: text.length, ...(attrs ? { attrs } : {}) });
        }
      }
    } else if (child?.type === 'hardBreak') {
      text += '\n';
    }
  }
  return { text, marks };
}

/** Adds a mark, joining it to an equal mark that ends where it starts ("Rp" + "12.500" both bold). */
function addMark(marks: SegmentMark[], mark: SegmentMark): void {
  const same = marks.find((m) => m.type === mark.type && m.to === mark.from && JSON.stringify(m.attrs) === JSON.stringify(mark.attrs));
  if (same) same.to = mark.to;
  else marks.push(mark);
}

/** The block's sentences, each with the marks that overlap it, clipped and shifted to its own offsets. */
export function blockSentences(block: { text: string; marks: readonly SegmentMark[] }, lang: Lang): SourceSentence[] {
  return splitSentences(block.text, { lang }).map((s) => ({
    text: s.text,
    marks: block.marks
      .filter((m) => m.from < s.end && m.to > s.start)
      .map((m) => ({ ...m, from: Math.max(m.from, s.start) - s.start, to: Math.min(m.to, s.end) - s.start })),
  }));
}
