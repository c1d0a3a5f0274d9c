import { Mark, type MarkType, type NodeType, type Schema } from '@tiptap/pm/model';
import { getDocumentSchema, isAllowedLinkHref } from '../../../src-preload/contract/documentSchema.ts';
import type { DocumentJson } from '../../../src-preload/contract/domain.ts';
import { groupWordListParagraphs } from './groupWordListParagraphs.ts';
import { parseHtmlTree, type HtmlNode } from './parseHtmlTree.ts';

/** An article body converted from HTML, with the headline taken out of it. */
export interface HtmlConversion {
  /** The first `<h1>` when it opens the document (removed from `doc`), else `<title>`, else the first `<h1>`; '' if none. */
  title: string;
  doc: DocumentJson;
  /** Things dropped or repaired on the way, in English, for logs and the import preview. */
  warnings: string[];
}

export interface HtmlToDocumentOptions {
  /** Schema to build for (default: the stored-document schema). Node types it lacks are dropped to their text. */
  schema?: Schema;
}

/** ProseMirror JSON, as stored. */
interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
  marks?: Record<string, unknown>[];
}

type Inline = { kind: 'text'; text: string; marks: readonly Mark[] } | { kind: 'node'; json: JsonNode };

interface Textblock {
  type: NodeType;
  attrs: Record<string, unknown> | undefined;
  items: Inline[];
  /** Code blocks keep whitespace and line breaks as typed. */
  pre: boolean;
}

/** An open container: blocks (doc, blockquote, list item, cell), a list, a table or a table row. */
interface Frame {
  kind: 'blocks' | 'list' | 'table' | 'row';
  node: JsonNode;
  textblock?: Textblock | undefined;
  /** Caption paragraphs of a table, placed before it when it closes. */
  captions?: JsonNode[];
  /** Set on the temporary frame that collects a caption. */
  captionOf?: Frame;
  /** Opened for stray content (text directly in a list), not by an element. */
  implicit?: boolean;
}

/** Elements dropped with everything inside: active content, embeds, forms, metadata, navigation. */
const droppedTags = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'audio', 'video', 'source', 'track', 'map', 'area', 'meta', 'link', 'base', 'form', 'input', 'button', 'select',
  'option', 'optgroup', 'textarea', 'datalist', 'output', 'progress', 'meter', 'dialog', 'xml', 'colgroup', 'col', 'param', 'nav',
]);
/** Office namespaces whose elements hold no article text (o:p holds only a non-breaking space). */
const droppedPrefixes = ['o:', 'v:', 'm:'];
/** Elements that only separate blocks; their content is kept, the element is not. */
const boundaryTags = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'figcaption', 'address', 'center', 'details',
  'summary', 'fieldset', 'legend', 'hgroup', 'dl', 'body', 'html', 'search',
]);
const headingTags: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Structural nesting kept as such; deeper lists, quotes and tables are flattened. */
const maxFrames = 40;

/**
 * Converts untrusted HTML (a pasted or saved web page, Word or Google Docs HTML, mammoth's output
 * for DOCX, marked's output for Markdown) into an article body. Nothing is copied through: the
 * body is rebuilt from an allow-list of our schema's nodes and marks, so scripts, event handlers,
 * styles, iframes, forms and unknown attributes cannot survive, and links keep only http, https
 * and mailto targets. Office junk is cleaned: Word's `mso-` list paragraphs become real lists,
 * `<o:p>` and smart tags go, Google Docs' `<b style="font-weight:normal">` wrapper does not make
 * everything bold, and styled spans become bold/italic/underline/strike marks. Node types the
 * schema lacks (tables, images) are dropped to their text. Runs in linear time and without
 * recursion, so hostile nesting cannot exhaust the stack.
 */
export function htmlToDocument(html: string, options: HtmlToDocumentOptions = {}): HtmlConversion {
  const schema = options.schema ?? getDocumentSchema();
  const builder = new DocumentBuilder(schema);
  builder.walk(parseHtmlTree(html));
  return builder.finish();
}

class DocumentBuilder {
  private readonly schema: Schema;
  private readonly frames: Frame[];
  private readonly root: JsonNode = { type: 'doc', content: [] };
  private marks: readonly Mark[] = Mark.none;
  private linkDepth = 0;
  /** Inside a table row flattened to one paragraph (no table support, or nested too deep). */
  private flat = 0;
  private pre = 0;
  private titleTag: string | undefined;
  private readonly warnings = new Set<string>();
  private readonly tables: boolean;

  constructor(schema: Schema) {
    this.schema = schema;
    this.frames = [{ kind: 'blocks', node: this.root }];
    const n = schema.nodes;
    this.tables = Boolean(n.table && n.tableRow && n.tableCell && n.tableHeader);
  }

  walk(tree: HtmlNode): void {
    type Work = { node: HtmlNode; exit?: () => void };
    const stack: Work[] = [{ node: tree }];
    while (stack.length > 0) {
      const work = stack.pop()!;
      if (work.exit) {
        work.exit();
        continue;
      }
      const node = work.node;
      if (node.type === 'text') {
        this.addText(node.data ?? '');
        continue;
      }
      let exit: (() => void) | undefined;
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const entered = this.enterElement(node);
        if (entered === 'skip') continue;
        exit = entered;
      } else if (node.type !== 'root') {
        continue; // comments, directives, CDATA
      }
      if (exit) stack.push({ node, exit });
      const children = groupWordListParagraphs(node.children ?? []);
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
    }
  }

  /** Applies an element; returns what to undo when it closes, or 'skip' to drop its subtree. */
  private enterElement(el: HtmlNode): (() => void) | 'skip' {
    const name = el.name ?? '';
    const attrs = el.attribs ?? {};
    if (droppedTags.has(name) || droppedPrefixes.some((p) => name.startsWith(p))) return 'skip';
    if (name === 'title') {
      this.titleTag ??= collapse(textOf(el)).trim();
      return 'skip';
    }
    const style = parseStyle(attrs.style);
    if ('hidden' in attrs || style.get('display') === 'none' || style.get('visibility') === 'hidden' || style.get('mso-hide') === 'all') return 'skip';

    // A list item or cell ends the list item or cell that stray text before it opened implicitly.
    if (name === 'li' || name === 'tr' || name === 'td' || name === 'th') this.closeImplicitFrames();
    const saved = { marks: this.marks, frames: this.frames.length, linkDepth: this.linkDepth, flat: this.flat, pre: this.pre };
    let boundary = false;
    let opened: Textblock | undefined;
    const classes = ` ${(attrs.class ?? '').toLowerCase()} `;

    switch (name) {
      case 'b':
      case 'strong':
        if (styleFlag(style, 'bold') !== false) this.addMark('bold');
        break;
      case 'i':
      case 'em':
        if (styleFlag(style, 'italic') !== false) this.addMark('italic');
        break;
      case 'u':
      case 'ins':
        if (styleFlag(style, 'underline') !== false && this.linkDepth === 0) this.addMark('underline');
        break;
      case 's':
      case 'strike':
      case 'del':
        if (styleFlag(style, 'strike') !== false) this.addMark('strike');
        break;
      case 'code':
      case 'kbd':
      case 'samp':
      case 'tt':
        if (this.pre === 0) this.addMark('code');
        break;
      case 'a': {
        const href = safeHref(attrs.href);
        if (href && this.schema.marks.link) {
          this.marks = this.schema.marks.link.create({ href }).addToSet(this.marks);
          this.linkDepth++;
        } else if (attrs.href && !/^\s*#/.test(attrs.href)) {
          this.warnings.add('links with unsafe or relative targets were kept as plain text');
        }
        break;
      }
      case 'p':
      case 'dt':
      case 'dd':
        if (/ (msotitle|title) /.test(classes)) opened = this.openTextblock('heading', { level: 1 });
        else if (/ mso(intense)?quote /.test(classes) && this.schema.nodes.blockquote && this.frames.length < maxFrames) {
          this.openFrame('blocks', { type: 'blockquote', content: [] }, 'blocks');
          opened = this.openTextblock('paragraph');
        } else opened = this.openTextblock('paragraph');
        boundary = true;
        break;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        opened = this.openTextblock('heading', { level: headingTags[name] });
        boundary = true;
        break;
      case 'pre':
        opened = this.openTextblock('codeBlock', undefined, true);
        if (opened) this.pre++;
        boundary = true;
        break;
      case 'br':
        this.addBreak();
        break;
      case 'hr':
        this.addBlockLeaf('horizontalRule');
        break;
      case 'img':
        this.addImage(attrs);
        break;
      case 'blockquote':
        if (this.structural() && this.schema.nodes.blockquote) this.openFrame('blocks', { type: 'blockquote', content: [] }, 'blocks');
        boundary = true;
        break;
      case 'ul':
      case 'ol': {
        const type = name === 'ol' ? 'orderedList' : 'bulletList';
        if (this.structural() && this.schema.nodes[type] && this.schema.nodes.listItem) {
          const start = Number.parseInt(attrs.start ?? '', 10);
          const listAttrs = type === 'orderedList' && Number.isInteger(start) && start >= 0 && start < 1e6 ? { start } : undefined;
          this.openFrame('list', { type, ...(listAttrs ? { attrs: listAttrs } : {}), content: [] }, 'blocks');
        }
        boundary = true;
        break;
      }
      case 'li':
        if (!this.structural() || !this.openFrame('blocks', { type: 'listItem', content: [] }, 'list')) opened = this.openTextblock('paragraph');
        boundary = true;
        break;
      case 'table':
        if (this.tables && this.structural()) this.openFrame('table', { type: 'table', content: [] }, 'blocks');
        else if (!this.tables) this.warnings.add('tables were turned into paragraphs');
        boundary = true;
        break;
      case 'caption': {
        const table = this.top();
        if (table.kind === 'table') {
          this.closeTextblock();
          this.frames.push({ kind: 'blocks', node: { type: 'caption', content: [] }, captionOf: table });
        } else opened = this.openTextblock('paragraph');
        boundary = true;
        break;
      }
      case 'tr':
        if (this.top().kind === 'table') this.openFrame('row', { type: 'tableRow', content: [] }, 'table');
        else if (this.flat === 0) {
          opened = this.openTextblock('paragraph');
          this.flat++;
        }
        boundary = true;
        break;
      case 'td':
      case 'th':
        if (this.top().kind === 'row') {
          const cellAttrs: Record<string, unknown> = {};
          for (const key of ['colspan', 'rowspan'] as const) {
            const value = Number.parseInt(attrs[key] ?? '', 10);
            if (Number.isInteger(value) && value > 1 && value <= 1000) cellAttrs[key] = value;
          }
          this.openFrame('blocks', { type: name === 'th' ? 'tableHeader' : 'tableCell', ...(Object.keys(cellAttrs).length ? { attrs: cellAttrs } : {}), content: [] }, 'row');
        } else if (this.flat > 0) this.separateCell();
        else boundary = true;
        break;
      default:
        if (boundaryTags.has(name)) boundary = true;
    }

    // Styled spans (Google Docs, Word, web pages) carry formatting in CSS only.
    if (name !== 'b' && name !== 'strong') this.styleMark(style, 'bold', 'bold');
    if (name !== 'i' && name !== 'em') this.styleMark(style, 'italic', 'italic');
    if (this.linkDepth === 0) this.styleMark(style, 'underline', 'underline');
    this.styleMark(style, 'strike', 'strike');

    if (boundary && !opened) this.boundary();
    return () => {
      if (opened && this.currentTextblock() === opened) this.closeTextblock();
      this.popFrames(saved.frames);
      if (boundary) this.boundary();
      this.marks = saved.marks;
      this.linkDepth = saved.linkDepth;
      this.flat = saved.flat;
      this.pre = saved.pre;
    };
  }

  private top(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  private closeImplicitFrames(): void {
    while (this.top().implicit) this.popFrames(this.frames.length - 1);
  }

  /** Whether lists, quotes and tables may still nest (outside flattened rows, below the depth cap). */
  private structural(): boolean {
    return this.flat === 0 && this.pre === 0 && this.frames.length < maxFrames;
  }

  private addMark(name: string): void {
    const type: MarkType | undefined = this.schema.marks[name];
    if (type) this.marks = type.create().addToSet(this.marks);
  }

  private styleMark(style: Map<string, string>, flag: StyleFlag, markName: string): void {
    const value = styleFlag(style, flag);
    const type = this.schema.marks[markName];
    if (value === undefined || !type) return;
    this.marks = value ? type.create().addToSet(this.marks) : type.removeFromSet(this.marks);
  }

  /** The innermost blocks frame, opening a list item inside a bare list; undefined inside a table or row. */
  private blockFrame(): Frame | undefined {
    const top = this.top();
    if (top.kind === 'blocks') return top;
    if (top.kind === 'list') {
      const item = this.openFrame('blocks', { type: 'listItem', content: [] }, 'list');
      if (item) item.implicit = true;
      return item;
    }
    return undefined;
  }

  /**
   * Opens a container inside a parent of kind `parent` (a list item inside a list, a cell inside a
   * row …). A blocks parent is found or made (a bare list gets a list item); any other parent
   * must be the innermost frame, or nothing is opened and the element only separates blocks.
   */
  private openFrame(kind: Frame['kind'], node: JsonNode, parent: Frame['kind']): Frame | undefined {
    if (parent === 'blocks' ? !this.blockFrame() : this.top().kind !== parent) return undefined;
    this.closeTextblock();
    const frame: Frame = { kind, node };
    this.frames.push(frame);
    return frame;
  }

  private popFrames(depth: number): void {
    while (this.frames.length > depth && this.frames.length > 1) {
      this.closeTextblock();
      const frame = this.frames.pop()!;
      const parent = this.top();
      if (frame.captionOf) {
        (frame.captionOf.captions ??= []).push(...(frame.node.content ?? []));
        continue;
      }
      if ((frame.node.content?.length ?? 0) === 0 && frame.kind !== 'blocks') continue;
      if (frame.captions) parent.node.content!.push(...frame.captions.filter(hasText));
      parent.node.content!.push(frame.node);
    }
  }

  private currentTextblock(): Textblock | undefined {
    return this.top().textblock;
  }

  private openTextblock(typeName: string, attrs?: Record<string, unknown>, pre = false): Textblock | undefined {
    if (this.flat > 0 || this.pre > 0) {
      this.appendText(' ', false);
      return undefined;
    }
    const type = this.schema.nodes[typeName] ?? this.schema.nodes.paragraph!;
    const frame = this.blockFrame();
    if (!frame) return undefined;
    this.closeTextblock();
    frame.textblock = { type, attrs: type === this.schema.nodes.paragraph ? undefined : attrs, items: [], pre };
    return frame.textblock;
  }

  private closeTextblock(): void {
    const frame = this.top();
    const block = frame.textblock;
    if (!block) return;
    frame.textblock = undefined;
    frame.node.content!.push(finishTextblock(block));
  }

  /** An element that separates blocks ended or started: following text starts a new paragraph. */
  private boundary(): void {
    if (this.flat > 0 || this.pre > 0) this.appendText(' ', false);
    else this.closeTextblock();
  }

  private separateCell(): void {
    const block = this.currentTextblock();
    if (block && block.items.length > 0) this.appendText(' | ', false);
  }

  private addText(raw: string): void {
    if (this.pre > 0) {
      this.appendText(raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' '), true);
      return;
    }
    // HTML whitespace rules; non-breaking spaces from Word and Docs are spacing, not content.
    const text = raw.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
    if (text === '') return;
    if (!this.currentTextblock() && text === ' ') return;
    this.appendText(text, false);
  }

  private appendText(text: string, pre: boolean): void {
    let block = this.currentTextblock();
    if (!block) {
      if (text.trim() === '') return;
      const frame = this.blockFrame();
      if (!frame) return;
      frame.textblock = { type: this.schema.nodes.paragraph!, attrs: undefined, items: [], pre: false };
      block = frame.textblock;
    }
    const last = block.items[block.items.length - 1];
    if (!pre && !block.pre) {
      const atLineStart = !last || (last.kind === 'node' && last.json.type === 'hardBreak');
      if (text.startsWith(' ') && (atLineStart || (last?.kind === 'text' && last.text.endsWith(' ')))) text = text.slice(1);
    }
    if (text === '') return;
    if (last?.kind === 'text' && Mark.sameSet(last.marks, this.marks)) last.text += text;
    else block.items.push({ kind: 'text', text, marks: this.marks });
  }

  private addBreak(): void {
    if (this.pre > 0) return this.appendText('\n', true);
    if (this.flat > 0) return this.appendText(' ', false);
    const block = this.currentTextblock();
    // A <br> between blocks separates nothing; inside a paragraph it is a line break.
    if (block && this.schema.nodes.hardBreak) {
      const last = block.items[block.items.length - 1];
      if (last?.kind === 'text') last.text = last.text.replace(/ $/, '');
      block.items.push({ kind: 'node', json: { type: 'hardBreak' } });
    }
  }

  private addBlockLeaf(typeName: string): void {
    if (this.flat > 0 || this.pre > 0 || !this.schema.nodes[typeName]) return this.boundary();
    const frame = this.blockFrame();
    if (!frame) return;
    this.closeTextblock();
    frame.node.content!.push({ type: typeName });
  }

  private addImage(attrs: Record<string, string>): void {
    const type = this.schema.nodes.image;
    const src = (attrs.src ?? '').replace(/\s+/g, '');
    if (!type || !/^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/]+=*$/i.test(src) || src.length > 10 * 1024 * 1024) {
      this.warnings.add('images were left out');
      return;
    }
    const json: JsonNode = { type: 'image', attrs: { src, alt: (attrs.alt ?? '').slice(0, 1000) || null } };
    if (type.isInline) {
      const block = this.currentTextblock() ?? this.openTextblock('paragraph');
      block?.items.push({ kind: 'node', json });
    } else {
      const frame = this.blockFrame();
      if (!frame) return;
      this.closeTextblock();
      frame.node.content!.push(json);
    }
  }

  finish(): HtmlConversion {
    this.popFrames(1);
    this.closeTextblock();
    const content = normalizeContainer(this.root, this.schema) ?? [];
    let title: string;
    const first = content[0];
    if (first?.type === 'heading' && first.attrs?.level === 1 && hasText(first)) {
      title = collapse(jsonText(first)).trim();
      content.shift();
    } else {
      title = this.titleTag || collapse(jsonText(content.find((n) => n.type === 'heading' && n.attrs?.level === 1) ?? { type: 'text' })).trim();
    }
    if (content.length === 0) content.push({ type: 'paragraph' });
    let doc: JsonNode = { type: 'doc', content };
    try {
      this.schema.nodeFromJSON(doc).check();
    } catch (error) {
      // A schema we did not foresee: keep the words rather than fail the import.
      this.warnings.add(`the structure could not be kept (${(error as Error).message}); imported as plain paragraphs`);
      doc = { type: 'doc', content: plainParagraphs(content) };
    }
    return { title, doc: doc as DocumentJson, warnings: [...this.warnings] };
  }
}

type StyleFlag = 'bold' | 'italic' | 'underline' | 'strike';

/** What inline CSS says about one kind of formatting: true, false (explicitly off), or undefined. */
function styleFlag(style: Map<string, string>, flag: StyleFlag): boolean | undefined {
  switch (flag) {
    case 'bold': {
      const weight = style.get('font-weight');
      if (weight === undefined) return undefined;
      if (/^(bold|bolder|[6-9]00)$/.test(weight)) return true;
      return /^(normal|lighter|[1-5]00)$/.test(weight) ? false : undefined;
    }
    case 'italic': {
      const value = style.get('font-style');
      if (value === undefined) return undefined;
      return value === 'italic' || value === 'oblique' ? true : value === 'normal' ? false : undefined;
    }
    default: {
      const decoration = style.get('text-decoration-line') ?? style.get('text-decoration');
      if (decoration === undefined) return undefined;
      if (decoration.includes(flag === 'underline' ? 'underline' : 'line-through')) return true;
      return decoration.startsWith('none') ? false : undefined;
    }
  }
}

/** Declarations of an inline style attribute, lower-cased; only the first 4 KB are read. */
function parseStyle(style: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!style) return map;
  for (const declaration of style.slice(0, 4096).split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) map.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase());
  }
  return map;
}

/**
 * A link target we keep, or undefined. Browsers ignore tabs and newlines inside URLs, so they are
 * removed before the protocol check ("java\nscript:" is javascript:). Google Docs' exported links
 * go through a google.com/url redirect; the real target is kept instead.
 */
function safeHref(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  let href = raw.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (href.startsWith('//')) href = `https:${href}`;
  if (href.length > 4096 || !isAllowedLinkHref(href)) return undefined;
  const redirect = /^https?:\/\/(www\.)?google\.[a-z.]+\/url\?/i.test(href) ? URL.parse(href)?.searchParams.get('q') : undefined;
  if (redirect && isAllowedLinkHref(redirect)) href = redirect;
  return href;
}

function finishTextblock(block: Textblock): JsonNode {
  const items = block.items;
  if (block.pre) {
    const first = items[0];
    if (first?.kind === 'text') first.text = first.text.replace(/^\n/, '');
    const last = items[items.length - 1];
    if (last?.kind === 'text') last.text = last.text.replace(/\n+$/, '');
  } else {
    while (items.length > 0 && items[items.length - 1]!.kind === 'node' && (items[items.length - 1] as { json: JsonNode }).json.type === 'hardBreak') items.pop();
    while (items.length > 0 && items[0]!.kind === 'node' && (items[0] as { json: JsonNode }).json.type === 'hardBreak') items.shift();
    const last = items[items.length - 1];
    if (last?.kind === 'text') last.text = last.text.replace(/ +$/, '');
  }
  const content: JsonNode[] = [];
  for (const item of items) {
    if (item.kind === 'node') {
      content.push(item.json);
      continue;
    }
    if (item.text === '') continue;
    const marks = block.type.spec.code ? [] : item.marks.filter((m) => block.type.allowsMarkType(m.type));
    content.push({ type: 'text', text: item.text, ...(marks.length ? { marks: marks.map((m) => m.toJSON() as Record<string, unknown>) } : {}) });
  }
  return { type: block.type.name, ...(block.attrs ? { attrs: block.attrs } : {}), ...(content.length ? { content } : {}) };
}

/**
 * Repairs a container's children to fit the schema's content rules (the HTML may be anything):
 * empty paragraphs between blocks go, list items start with a paragraph, empty lists, rows and
 * tables disappear, and every block container keeps at least one paragraph. Returns the content,
 * or undefined when the container itself should be dropped.
 */
function normalizeContainer(node: JsonNode, schema: Schema): JsonNode[] | undefined {
  // Iterative post-order, so the depth of the input does not matter.
  const order: JsonNode[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    order.push(n);
    for (const child of n.content ?? []) if (child.type !== 'text') stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i]!;
    const type = schema.nodes[n.type];
    if (!n.content || !type || type.inlineContent || n.type === 'text') continue;
    const content = n.content.filter((child) => !isDroppable(child));
    if (n.type === 'listItem') {
      const first = content[0];
      if (first?.type === 'heading') content[0] = { type: 'paragraph', ...(first.content ? { content: first.content } : {}) };
      else if (first?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
    }
    if (content.length === 0 && type.contentMatch.defaultType?.name === 'paragraph' && !type.contentMatch.validEnd) content.push({ type: 'paragraph' });
    n.content = content;
  }
  return node.content;
}

/** Empty paragraphs, headings and code blocks (Word's spacing), quotes without text, and lists, rows and tables without children. */
function isDroppable(node: JsonNode): boolean {
  if (['paragraph', 'heading', 'codeBlock'].includes(node.type)) return !node.content?.length;
  if (node.type === 'blockquote') return !hasText(node);
  return ['bulletList', 'orderedList', 'table', 'tableRow'].includes(node.type) && !node.content?.length;
}

function hasText(node: JsonNode): boolean {
  return /\S/.test(jsonText(node));
}

/** Text of a JSON node; block children are separated by newlines. */
function jsonText(node: JsonNode): string {
  const parts: string[] = [];
  const stack: JsonNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.text !== undefined) parts.push(n.text);
    else if (n.type === 'hardBreak') parts.push(' ');
    if (n.content) for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]!);
  }
  return parts.join('');
}

/** Every textblock of `content` as an unformatted paragraph: the last resort that keeps the words. */
function plainParagraphs(content: JsonNode[]): JsonNode[] {
  const out: JsonNode[] = [];
  const stack = [...content].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (['paragraph', 'heading', 'codeBlock'].includes(n.type)) {
      const text = collapse(jsonText(n)).trim();
      if (text) out.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    } else if (n.content) for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]!);
  }
  return out.length ? out : [{ type: 'paragraph' }];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Text of an HTML subtree, without recursion. */
function textOf(node: HtmlNode): string {
  let text = '';
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') text += n.data ?? '';
    else if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return text;
}
