import PDFDocument from 'pdfkit';
import { parseDocument } from '../documentValidation.ts';
import { languageTags, type ExportableArticle } from './exportableArticle.ts';
import { blocksText, toExportBlocks, type ExportBlock, type ExportInline, type ExportPicture } from './toExportBlocks.ts';

type Family = 'serif' | 'sans' | 'mono';

/** PDF's 14 standard fonts need no embedding; Indonesian and English are Latin script. */
const fonts: Record<Family, [regular: string, bold: string, italic: string, boldItalic: string]> = {
  serif: ['Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic'],
  sans: ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'],
  mono: ['Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique'],
};
const bodySize = 11.5;
const headingSizes = [18, 15, 13, 12, 12, 12];
const textColor = '#1d1d1f';
const mutedColor = '#555555';
const linkColor = '#0b57d0';
const lineGap = 2.5;
const blockGap = 7;

/** Where a block is laid out. */
interface Box {
  x: number;
  width: number;
  italic: boolean;
  color: string;
}

/**
 * A PDF (A4) with pdfkit and the standard fonts, so nothing is embedded and nothing is read
 * but pdfkit's own font metrics: the headline, standfirst and byline, then headings, paragraphs
 * with bold, italic, underline, strike, code and clickable links, bulleted and numbered lists
 * (indented per level), indented quotes, code in Courier, rules, simple ruled tables and PNG or
 * JPEG pictures (GIF and WebP, which pdfkit cannot embed, as their alt text). The
 * document's language and title are set for screen readers. Characters outside the standard
 * fonts' Windows-1252 repertoire are transliterated (é stays, ő becomes o) or replaced by "?".
 */
export async function articleToPdf(article: ExportableArticle): Promise<Uint8Array> {
  const blocks = toExportBlocks(parseDocument(article.doc), article.media);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    info: { Title: article.title, Creator: 'Redaksi', ...(article.byline?.trim() ? { Author: article.byline.trim() } : {}) },
    ...(article.lang ? { lang: languageTags[article.lang] } : {}),
    displayTitle: true,
    pdfVersion: '1.7',
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  const page: Box = { x: pdf.page.margins.left, width: pdf.page.width - pdf.page.margins.left - pdf.page.margins.right, italic: false, color: textColor };
  const writer = new PdfWriter(pdf);
  if (article.title.trim()) writer.plain(article.title.trim(), page, 'sans', 22, true);
  if (article.standfirst?.trim()) writer.plain(article.standfirst.trim(), { ...page, italic: true, color: mutedColor }, 'serif', 13, false);
  if (article.byline?.trim()) writer.plain(article.byline.trim(), { ...page, color: mutedColor }, 'sans', 9.5, false);
  writer.blocks(blocks, page);
  pdf.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

class PdfWriter {
  private readonly pdf: PDFKit.PDFDocument;

  constructor(pdf: PDFKit.PDFDocument) {
    this.pdf = pdf;
  }

  blocks(blocks: readonly ExportBlock[], box: Box): void {
    for (const block of blocks) {
      switch (block.kind) {
        case 'paragraph':
          this.rich(block.inlines, box, 'serif', bodySize, false);
          break;
        case 'heading':
          this.gap(4);
          this.rich(block.inlines, box, 'sans', headingSizes[block.level - 1]!, true);
          break;
        case 'code':
          this.plain(block.text, box, 'mono', 9.5, false);
          break;
        case 'quote':
          this.blocks(block.blocks, { x: box.x + 18, width: box.width - 18, italic: true, color: mutedColor });
          break;
        case 'list':
          this.list(block, box);
          break;
        case 'rule': {
          const y = this.pdf.y + 4;
          this.pdf.moveTo(box.x, y).lineTo(box.x + box.width, y).lineWidth(0.5).strokeColor('#999999').stroke();
          this.pdf.x = box.x;
          this.pdf.y = y + blockGap + 4;
          break;
        }
        case 'table':
          this.table(block.rows, box);
          break;
        case 'image':
          if (!this.image(block.picture, box) && block.alt) this.plain(`[${block.alt}]`, { ...box, italic: true, color: mutedColor }, 'serif', bodySize, false);
          break;
      }
    }
  }

  /**
   * Draws a PNG or JPEG (what pdfkit embeds) at most the box's width and half the page's height,
   * never enlarged; false for GIF and WebP, a picture that is not stored, or one pdfkit cannot read.
   */
  private image(picture: ExportPicture | undefined, box: Box): boolean {
    if (!picture || (picture.mime !== 'image/png' && picture.mime !== 'image/jpeg') || !picture.width || !picture.height) return false;
    const maxHeight = (this.pdf.page.height - this.pdf.page.margins.top - this.pdf.page.margins.bottom) / 2;
    const scale = Math.min(1, box.width / picture.width, maxHeight / picture.height);
    const width = picture.width * scale;
    const height = picture.height * scale;
    this.keepLine(height);
    const y = this.pdf.y;
    try {
      this.pdf.image(Buffer.from(picture.bytes), box.x, y, { width, height });
    } catch {
      return false;
    }
    this.pdf.x = box.x;
    this.pdf.y = y + height;
    this.gap(blockGap);
    return true;
  }

  /** Unformatted text (headline, standfirst, code) in one font. */
  plain(text: string, box: Box, family: Family, size: number, bold: boolean): void {
    this.pdf
      .font(fonts[family][(bold ? 1 : 0) + (box.italic ? 2 : 0)]!)
      .fontSize(size)
      .fillColor(box.color)
      .text(toWinAnsi(text), box.x, this.pdf.y, { width: box.width, lineGap });
    this.gap(blockGap);
  }

  /**
   * A textblock with formatting: one pdfkit text call per run, chained with `continued`. pdfkit
   * drops a newline at the end of a continued run, so each hard break ends the chain and the next
   * line starts a new one at the same left edge.
   */
  rich(inlines: readonly ExportInline[], box: Box, family: Family, size: number, bold: boolean): void {
    type Segment = { text: string; font: string; underline: boolean; strike: boolean; link: string | null };
    const lines: Segment[][] = [[]];
    for (const inline of inlines) {
      if (!('text' in inline)) {
        lines.push([]);
        continue;
      }
      const face = inline.code ? 'mono' : family;
      const index = (bold || inline.bold ? 1 : 0) + (box.italic || inline.italic ? 2 : 0);
      const text = toWinAnsi(inline.text);
      if (text) lines[lines.length - 1]!.push({ text, font: fonts[face][index]!, underline: Boolean(inline.underline || inline.href), strike: Boolean(inline.strike), link: inline.href ?? null });
    }
    for (const segments of lines) {
      if (segments.length === 0) {
        this.pdf.font(fonts[family][0]).fontSize(size).text(' ', box.x, this.pdf.y, { width: box.width, lineGap });
        continue;
      }
      segments.forEach((segment, i) => {
        const options: PDFKit.Mixins.TextOptions = { width: box.width, lineGap, continued: i < segments.length - 1, underline: segment.underline, strike: segment.strike, link: segment.link };
        this.pdf.font(segment.font).fontSize(size).fillColor(segment.link ? linkColor : box.color);
        if (i === 0) this.pdf.text(segment.text, box.x, this.pdf.y, options);
        else this.pdf.text(segment.text, options);
      });
    }
    this.gap(blockGap);
  }

  private list(list: Extract<ExportBlock, { kind: 'list' }>, box: Box): void {
    const markerWidth = list.ordered ? 22 : 14;
    list.items.forEach((item, i) => {
      const marker = list.ordered ? `${list.start + i}.` : '\u2022';
      this.keepLine(bodySize * 1.6);
      const y = this.pdf.y;
      this.pdf.font(fonts.serif[0]).fontSize(bodySize).fillColor(box.color).text(marker, box.x, y, { width: markerWidth, lineBreak: false });
      this.pdf.y = y;
      const inner: Box = { ...box, x: box.x + markerWidth, width: box.width - markerWidth };
      if (item.length === 0) this.gap(bodySize + blockGap);
      else this.blocks(item, inner);
    });
  }

  private table(rows: Extract<ExportBlock, { kind: 'table' }>['rows'], box: Box): void {
    const columns = Math.max(1, ...rows.map((row) => row.reduce((n, cell) => n + cell.colspan, 0)));
    const columnWidth = box.width / columns;
    const pad = 4;
    const size = bodySize - 1.5;
    for (const row of rows) {
      const cells = row.map((cell) => ({ text: toWinAnsi(blocksText(cell.blocks)), width: columnWidth * cell.colspan, font: cell.header ? fonts.sans[1] : fonts.serif[0] }));
      const height = Math.max(size + 2 * pad, ...cells.map((c) => this.pdf.font(c.font).fontSize(size).heightOfString(c.text, { width: c.width - 2 * pad, lineGap: 1 }) + 2 * pad));
      this.keepLine(height);
      const y = this.pdf.y;
      let x = box.x;
      for (const cell of cells) {
        this.pdf.rect(x, y, cell.width, height).lineWidth(0.5).strokeColor('#999999').stroke();
        this.pdf.font(cell.font).fontSize(size).fillColor(box.color).text(cell.text, x + pad, y + pad, { width: cell.width - 2 * pad, lineGap: 1 });
        x += cell.width;
      }
      this.pdf.x = box.x;
      this.pdf.y = y + height;
    }
    this.gap(blockGap);
  }

  /** Starts a new page when less than `height` is left on this one. */
  private keepLine(height: number): void {
    const bottom = this.pdf.page.height - this.pdf.page.margins.bottom;
    if (this.pdf.y + height > bottom) this.pdf.addPage();
  }

  private gap(points: number): void {
    this.pdf.y += points;
  }
}

/** Code points the standard fonts can show (Windows-1252). */
const winAnsiExtras = new Set([0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178]);
const lookalikes: Readonly<Record<string, string>> = { '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2015': '\u2014', '\u2032': "'", '\u2033': '"', '\u2212': '-', '\u2009': ' ', '\u202f': ' ', '\u200b': '' };

function isWinAnsi(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a || winAnsiExtras.has(code);
}

/** Text the standard fonts can render: accents decomposed where needed, lookalikes, else "?". */
function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\t/g, '    ')) {
    const code = char.codePointAt(0)!;
    if (isWinAnsi(code)) out += char;
    else if (lookalikes[char] !== undefined) out += lookalikes[char];
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else {
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base && [...base].every((c) => isWinAnsi(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}
