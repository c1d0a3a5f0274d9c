import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type ParagraphChild,
} from 'docx';
import { parseDocument } from '../documentValidation.ts';
import { languageTags, type ExportableArticle } from './exportableArticle.ts';
import { toExportBlocks, type ExportBlock, type ExportInline, type ExportPicture } from './toExportBlocks.ts';

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
/** Twips per list level and quote level. */
const indentStep = 720;

/** Where a block sits: quote depth, list level, whether it is a list item's first paragraph. */
interface BlockContext {
  quote: number;
  listLevel: number;
  numbering?: { reference: string; level: number; instance: number } | undefined;
}

/**
 * A Word document (.docx) built with the `docx` package: headline in Word's "Title" style,
 * standfirst in "Subtitle", then headings (Heading 1–6), paragraphs with bold, italic,
 * underline, strike and code runs, hyperlinks, bullet and numbered lists (each numbered list
 * restarts, at its own start number), quotes in the "Quote" style, code blocks in "Code", hard
 * breaks, horizontal rules, tables and pictures (PNG, JPEG, GIF embedded with their alt text; WebP, which
 * Word cannot show, as its alt text). The proofing language is the article's, so Word spell-checks
 * Indonesian as Indonesian. Style names are the ones `importDocx` maps back.
 */
export async function articleToDocx(article: ExportableArticle): Promise<Uint8Array> {
  const blocks = toExportBlocks(parseDocument(article.doc), article.media);
  const numbering = new NumberingRegistry();
  const children: (Paragraph | Table)[] = [];
  if (article.title.trim()) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [run(article.title.trim())] }));
  if (article.standfirst?.trim()) children.push(new Paragraph({ style: 'Subtitle', children: [run(article.standfirst.trim())] }));
  if (article.byline?.trim()) children.push(new Paragraph({ style: 'Byline', children: [run(article.byline.trim())] }));
  children.push(...renderBlocks(blocks, { quote: 0, listLevel: 0 }, numbering));

  const language = article.lang ? { value: languageTags[article.lang] } : undefined;
  const document = new Document({
    creator: 'Redaksi',
    title: clean(article.title),
    ...(article.byline?.trim() ? { lastModifiedBy: clean(article.byline.trim()) } : {}),
    numbering: numbering.options(),
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, ...(language ? { language } : {}) } } },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, size: 26, color: '444444' } },
        { id: 'Byline', name: 'Byline', basedOn: 'Normal', next: 'Normal', run: { size: 20, color: '666666' } },
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '404040' }, paragraph: { indent: { left: indentStep } } },
        { id: 'Code', name: 'Code', basedOn: 'Normal', next: 'Normal', run: { font: 'Courier New', size: 19 }, paragraph: { spacing: { after: 0 } } },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function renderBlocks(blocks: readonly ExportBlock[], context: BlockContext, numbering: NumberingRegistry): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    // Only an item's first paragraph carries the bullet or number; the rest are indented under it.
    const numbered = context.numbering;
    context = { ...context, numbering: undefined };
    const indent = context.listLevel > 0 && !numbered ? { indent: { left: indentStep * context.listLevel } } : {};
    const list = numbered ? { numbering: numbered } : {};
    switch (block.kind) {
      case 'paragraph':
        out.push(new Paragraph({ children: runs(block.inlines), ...(context.quote > 0 ? { style: 'Quote' } : {}), ...indent, ...list }));
        break;
      case 'heading':
        out.push(new Paragraph({ heading: headingLevels[block.level - 1], children: runs(block.inlines), ...indent, ...list }));
        break;
      case 'code':
        out.push(new Paragraph({ style: 'Code', children: block.text.split('\n').map((line, i) => new TextRun({ text: clean(line), ...(i > 0 ? { break: 1 } : {}) })), ...indent, ...list }));
        break;
      case 'quote':
        out.push(...renderBlocks(block.blocks, { ...context, quote: context.quote + 1 }, numbering));
        break;
      case 'list': {
        const reference = numbering.reference(block.ordered, block.start);
        const instance = numbering.nextInstance();
        for (const item of block.items) {
          const level = Math.min(context.listLevel, 8);
          const itemBlocks = item[0]?.kind === 'paragraph' || item[0]?.kind === 'heading' ? item : [{ kind: 'paragraph' as const, inlines: [] }, ...item];
          out.push(...renderBlocks(itemBlocks, { ...context, listLevel: context.listLevel + 1, numbering: { reference, level, instance } }, numbering));
        }
        break;
      }
      case 'rule':
        out.push(new Paragraph({ thematicBreak: true, children: [] }));
        break;
      case 'image': {
        const image = imageRun(block.picture, block.alt, block.title);
        // Word cannot show WebP, and a picture that is not stored has only its words: keep those.
        if (image) out.push(new Paragraph({ children: [image], ...indent, ...list }));
        else if (block.alt) out.push(new Paragraph({ children: [run(`[${block.alt}]`)], ...indent, ...list }));
        break;
      }
      case 'table': {
        const rows = block.rows.map(
          (row, r) =>
            new TableRow({
              tableHeader: r === 0 && row.every((c) => c.header),
              children: row.map((cell) => {
                const content = renderBlocks(cell.blocks, { quote: 0, listLevel: 0 }, numbering);
                return new TableCell({
                  // Word requires a paragraph in every cell, and after a nested table.
                  children: content.length && content[content.length - 1] instanceof Paragraph ? content : [...content, new Paragraph({ children: [] })],
                  ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
                  ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
                });
              }),
            }),
        );
        if (rows.length) out.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
        break;
      }
    }
  }
  return out;
}

function runs(inlines: readonly ExportInline[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let pendingBreak = false;
  for (const inline of inlines) {
    if (!('text' in inline)) {
      if (pendingBreak) out.push(new TextRun({ text: '', break: 1 }));
      pendingBreak = true;
      continue;
    }
    const textRun = new TextRun({
      text: clean(inline.text),
      ...(pendingBreak ? { break: 1 } : {}),
      ...(inline.bold ? { bold: true } : {}),
      ...(inline.italic ? { italics: true } : {}),
      ...(inline.underline ? { underline: {} } : {}),
      ...(inline.strike ? { strike: true } : {}),
      ...(inline.code ? { font: 'Courier New' } : {}),
      ...(inline.href ? { style: 'Hyperlink' } : {}),
    });
    pendingBreak = false;
    out.push(inline.href ? new ExternalHyperlink({ link: inline.href, children: [textRun] }) : textRun);
  }
  if (pendingBreak) out.push(new TextRun({ text: '', break: 1 }));
  return out;
}

/** Word's text width on A4 with its default margins, in the 96-per-inch pixels `ImageRun` takes. */
const maxImageWidth = 600;
const docxImageTypes: Partial<Record<ExportPicture['mime'], 'png' | 'jpg' | 'gif'>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' };

/** The picture embedded in the document (shrunk to the text width, never enlarged), with its alt text. */
function imageRun(picture: ExportPicture | undefined, alt: string, title: string): ImageRun | undefined {
  const type = picture ? docxImageTypes[picture.mime] : undefined;
  if (!picture || !type) return undefined;
  const width = picture.width ?? maxImageWidth;
  const height = picture.height ?? Math.round((maxImageWidth * 2) / 3);
  const scale = Math.min(1, maxImageWidth / width);
  return new ImageRun({
    type,
    data: picture.bytes,
    transformation: { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) },
    altText: { name: clean(alt.slice(0, 100)) || 'image', description: clean(alt), title: clean(title) },
  });
}

function run(text: string): TextRun {
  return new TextRun({ text: clean(text) });
}

/** XML 1.0 forbids most control characters; Word refuses a file that has one. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing them is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/\t/g, ' ');
}

/**
 * Numbering definitions: one bullet list definition, one numbered definition per start number.
 * Every list gets its own instance, so each numbered list counts from its own start.
 */
class NumberingRegistry {
  private readonly starts = new Set<number>();
  private instance = 0;

  reference(ordered: boolean, start: number): string {
    if (!ordered) return 'bullets';
    this.starts.add(start);
    return `numbers-${start}`;
  }

  nextInstance(): number {
    return ++this.instance;
  }

  options(): INumberingOptions {
    const bullets = ['\u2022', '\u25e6', '\u25aa'];
    const levels = (ordered: boolean, start: number) =>
      Array.from({ length: 9 }, (_, level) => ({
        level,
        format: ordered ? [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3]! : LevelFormat.BULLET,
        text: ordered ? `%${level + 1}.` : bullets[level % 3]!,
        start: level === 0 ? start : 1,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: indentStep * (level + 1), hanging: 360 } } },
      }));
    return {
      config: [
        { reference: 'bullets', levels: levels(false, 1) },
        ...Array.from(this.starts, (start) => ({ reference: `numbers-${start}`, levels: levels(true, start) })),
      ],
    };
  }
}
