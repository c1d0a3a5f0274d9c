import type { Node as PmNode } from '@tiptap/pm/model';
import { isAllowedLinkHref } from '../../../src-preload/contract/documentSchema.ts';
import { imageNodeName, isMediaSrc } from '../../../src-preload/contract/imageNode.ts';
import { inspectImage, type StorableImageType } from '../inspectImage.ts';
import type { ExportableArticle } from './exportableArticle.ts';

/** A run of text with the formatting every export format can show. */
export interface ExportRun {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  strike?: true;
  code?: true;
  /** Only http, https and mailto targets survive (checked again here, whatever was stored). */
  href?: string;
}

export type ExportInline = ExportRun | { hardBreak: true };

export interface ExportTableCell {
  header: boolean;
  colspan: number;
  rowspan: number;
  blocks: ExportBlock[];
}

/** A stored picture's bytes, checked again by their magic numbers (whatever the row says). */
export interface ExportPicture {
  mime: StorableImageType;
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
}

/** The article body reduced to what DOCX, HTML, Markdown, text and PDF all render. */
export type ExportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; inlines: ExportInline[] }
  | { kind: 'paragraph'; inlines: ExportInline[] }
  | { kind: 'code'; text: string }
  | { kind: 'quote'; blocks: ExportBlock[] }
  | { kind: 'list'; ordered: boolean; start: number; items: ExportBlock[][] }
  | { kind: 'rule' }
  | { kind: 'table'; rows: ExportTableCell[][] }
  /** `picture` is undefined when the picture is not stored (or no lookup was given): export the alt text. */
  | { kind: 'image'; src: string; alt: string; title: string; picture: ExportPicture | undefined };

type MediaLookup = ExportableArticle['media'];

/**
 * Reduces a validated document (`parseDocument`) to export blocks, so each exporter handles one
 * small closed set. Node types this code does not know (added to the schema later) are kept as
 * their text: a textblock becomes a paragraph, a container's children are exported in its place,
 * an atom without text is left out. Images carry their stored bytes when `media` finds them.
 * Marks other than bold, italic, underline, strike, code and link (comments, for example) are
 * not exported.
 */
export function toExportBlocks(doc: PmNode, media?: MediaLookup): ExportBlock[] {
  const blocks: ExportBlock[] = [];
  doc.forEach((child) => addBlock(child, blocks, media));
  return blocks;
}

function addBlock(node: PmNode, out: ExportBlock[], media: MediaLookup): void {
  switch (node.type.name) {
    case imageNodeName: {
      const src = String(node.attrs.src ?? '');
      out.push({ kind: 'image', src, alt: String(node.attrs.alt ?? ''), title: String(node.attrs.title ?? ''), picture: isMediaSrc(src) ? picture(media?.(src.slice('media/'.length))) : undefined });
      return;
    }
    case 'paragraph':
      out.push({ kind: 'paragraph', inlines: inlinesOf(node) });
      return;
    case 'heading': {
      const level = Number(node.attrs.level);
      out.push({ kind: 'heading', level: (level >= 1 && level <= 6 ? level : 2) as 1 | 2 | 3 | 4 | 5 | 6, inlines: inlinesOf(node) });
      return;
    }
    case 'codeBlock':
      out.push({ kind: 'code', text: node.textContent });
      return;
    case 'blockquote':
      out.push({ kind: 'quote', blocks: childBlocks(node, media) });
      return;
    case 'bulletList':
    case 'orderedList': {
      const start = Number(node.attrs.start ?? 1);
      const items: ExportBlock[][] = [];
      node.forEach((item) => items.push(childBlocks(item, media)));
      out.push({ kind: 'list', ordered: node.type.name === 'orderedList', start: Number.isInteger(start) ? start : 1, items });
      return;
    }
    case 'horizontalRule':
      out.push({ kind: 'rule' });
      return;
    case 'table': {
      const rows: ExportTableCell[][] = [];
      node.forEach((row) => {
        const cells: ExportTableCell[] = [];
        row.forEach((cell) =>
          cells.push({
            header: cell.type.name === 'tableHeader',
            colspan: positiveInt(cell.attrs.colspan),
            rowspan: positiveInt(cell.attrs.rowspan),
            blocks: childBlocks(cell, media),
          }),
        );
        rows.push(cells);
      });
      out.push({ kind: 'table', rows });
      return;
    }
    default:
      // Unknown to this exporter: keep the words.
      if (node.isTextblock) out.push({ kind: 'paragraph', inlines: inlinesOf(node) });
      else if (!node.isLeaf) node.forEach((child) => addBlock(child, out, media));
      else if (node.textContent) out.push({ kind: 'paragraph', inlines: [{ text: node.textContent }] });
  }
}

function childBlocks(node: PmNode, media: MediaLookup): ExportBlock[] {
  const blocks: ExportBlock[] = [];
  node.forEach((child) => addBlock(child, blocks, media));
  return blocks;
}

function picture(stored: { mime: string; bytes: Uint8Array } | undefined): ExportPicture | undefined {
  if (!stored) return undefined;
  const info = inspectImage(stored.bytes);
  return info ? { ...info, bytes: stored.bytes } : undefined;
}

function positiveInt(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function inlinesOf(node: PmNode): ExportInline[] {
  const inlines: ExportInline[] = [];
  node.forEach((child) => {
    if (child.type.name === 'hardBreak') {
      inlines.push({ hardBreak: true });
      return;
    }
    const text = child.isText ? (child.text ?? '') : child.textContent || String(child.type.spec.leafText?.(child) ?? '');
    if (!text) return;
    const run: ExportRun = { text };
    for (const mark of child.marks) {
      switch (mark.type.name) {
        case 'bold':
          run.bold = true;
          break;
        case 'italic':
          run.italic = true;
          break;
        case 'underline':
          run.underline = true;
          break;
        case 'strike':
          run.strike = true;
          break;
        case 'code':
          run.code = true;
          break;
        case 'link':
          if (typeof mark.attrs.href === 'string' && isAllowedLinkHref(mark.attrs.href)) run.href = mark.attrs.href;
          break;
      }
    }
    const last = inlines[inlines.length - 1];
    if (last && 'text' in last && sameFormatting(last, run)) last.text += run.text;
    else inlines.push(run);
  });
  return inlines;
}

function sameFormatting(a: ExportRun, b: ExportRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.code === b.code && a.href === b.href;
}

/** Plain text of inlines; hard breaks become `lineBreak`. */
export function inlineText(inlines: readonly ExportInline[], lineBreak = '\n'): string {
  return inlines.map((i) => ('text' in i ? i.text : lineBreak)).join('');
}

/** Plain text of blocks, one line per textblock (for table cells in formats without tables). */
export function blocksText(blocks: readonly ExportBlock[], separator = '\n'): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        parts.push(inlineText(block.inlines, ' '));
        break;
      case 'code':
        parts.push(block.text);
        break;
      case 'quote':
        parts.push(blocksText(block.blocks, separator));
        break;
      case 'list':
        for (const item of block.items) parts.push(blocksText(item, separator));
        break;
      case 'table':
        for (const row of block.rows) parts.push(row.map((c) => blocksText(c.blocks, ' ')).join(' | '));
        break;
      case 'image':
        if (block.alt) parts.push(block.alt);
        break;
      case 'rule':
        break;
    }
  }
  return parts.join(separator);
}
