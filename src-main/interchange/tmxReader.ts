/**
 * TMX 1.4b (and 1.1–1.3, which share the structure) read as a stream of translation units for
 * one language pair. Feed it to an `XmlTokenizer`; it calls `onUnit` per usable `<tu>`.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import { AppError } from '../services/appError.ts';
import type { XmlHandler } from './xmlTokenizer.ts';

/** One translation unit as stored in a memory. */
export interface TmxUnit {
  source: string;
  target: string;
  author: string;
  /** ISO timestamps; null when the file does not say. */
  createdAt: string | null;
  updatedAt: string | null;
}

/** Language codes that name our two languages; `in` is Indonesian's withdrawn ISO 639 code, still written by old tools. */
const languageAliases: Record<string, Lang> = { id: 'id', in: 'id', ind: 'id', en: 'en', eng: 'en' };

const languageCache = new Map<string, Lang | null>();

/** The app language a TMX `xml:lang` (id, id-ID, in, IN-ID, en, en-US, en_GB...) stands for, or null. */
export function tmxLanguage(tag: string): Lang | null {
  let lang = languageCache.get(tag);
  if (lang === undefined) {
    lang = languageAliases[tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''] ?? null;
    // A file repeats a handful of tags a million times; a hostile one cannot grow this much.
    if (languageCache.size < 1000) languageCache.set(tag, lang);
  }
  return lang;
}

const tmxDate = /^\s*(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\s*$/;
const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
let lastDate = '';
let lastIso: string | null = null;

/** `20250205T143000Z` (TMX's date format) as ISO 8601; null when it is not one. */
export function tmxDateToIso(value: string | undefined): string | null {
  if (value === undefined) return null;
  // Units of one file often share their dates; and this runs twice per unit of a million.
  if (value === lastDate) return lastIso;
  const m = tmxDate.exec(value);
  let iso: string | null = null;
  if (m) {
    const [, y, mo, d, h, mi, sec] = m as unknown as [string, string, string, string, string, string, string];
    const month = +mo;
    const day = +d;
    const leap = (+y % 4 === 0 && +y % 100 !== 0) || +y % 400 === 0;
    const valid = month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && !leap ? 28 : daysInMonth[month - 1]!) && +h <= 23 && +mi <= 59 && +sec <= 59;
    if (valid) iso = `${y}-${mo}-${d}T${h}:${mi}:${sec}.000Z`;
  }
  lastDate = value;
  lastIso = iso;
  return iso;
}

/** Inline codes whose content is the original format's markup, not text (`sub` sits inside them and goes too). */
const markupElements = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'sub']);

export interface TmxReaderOptions {
  sourceLang: Lang;
  targetLang: Lang;
  onUnit(unit: TmxUnit): void;
  /**
   * Longest side kept (default 20,000 = the contract's `maxSegmentText`, repeated here so the
   * import worker does not load zod and the contract just for one number).
   */
  maxTextChars?: number;
}

/** Counts a reader keeps. */
export interface TmxReadCounts {
  /** `<tu>` elements seen. */
  units: number;
  /** Units without text in both languages, or with a side longer than a segment may be. */
  skipped: number;
}

export class TmxReader implements XmlHandler {
  readonly counts: TmxReadCounts = { units: 0, skipped: 0 };
  private readonly options: TmxReaderOptions;
  private depth = 0;
  private rootChecked = false;
  private inTu = false;
  private tu: Record<string, string> = {};
  private tuvLang: Lang | null = null;
  private tuvAttributes: Record<string, string> = {};
  private segDepth = 0;
  /** Depth inside inline markup whose text is dropped. */
  private dropDepth = 0;
  private segText = '';
  private source: string | null = null;
  private target: string | null = null;
  private sourceMeta: Record<string, string> = {};

  constructor(options: TmxReaderOptions) {
    this.options = options;
  }

  open(name: string, attributes: Record<string, string>): void {
    this.depth++;
    if (!this.rootChecked) {
      this.rootChecked = true;
      if (name !== 'tmx') throw new AppError('UNSUPPORTED_FORMAT', `this is not a TMX file (its root element is <${name.slice(0, 40)}>)`);
      return;
    }
    if (this.segDepth > 0) {
      this.segDepth++;
      if (this.dropDepth > 0 || markupElements.has(name)) this.dropDepth++;
      return;
    }
    switch (name) {
      case 'tu':
        this.inTu = true;
        this.tu = attributes;
        this.source = null;
        this.target = null;
        this.sourceMeta = {};
        break;
      case 'tuv':
        if (this.inTu) {
          // TMX 1.1 wrote `lang`, 1.4 writes `xml:lang`.
          this.tuvLang = tmxLanguage(attributes['xml:lang'] ?? attributes.lang ?? '');
          this.tuvAttributes = attributes;
        }
        break;
      case 'seg':
        if (this.inTu) {
          this.segDepth = 1;
          this.dropDepth = 0;
          this.segText = '';
        }
        break;
    }
  }

  close(name: string): void {
    this.depth--;
    if (this.segDepth > 0) {
      this.segDepth--;
      if (this.dropDepth > 0) this.dropDepth--;
      if (this.segDepth === 0) this.endSeg();
      return;
    }
    if (name === 'tuv') this.tuvLang = null;
    else if (name === 'tu' && this.inTu) {
      this.inTu = false;
      this.endTu();
    }
  }

  text(text: string): void {
    if (this.segDepth > 0 && this.dropDepth === 0) this.segText += text;
  }

  private endSeg(): void {
    const { sourceLang, targetLang } = this.options;
    // The first variant of each language wins (a file may hold en-US and en-GB).
    if (this.tuvLang === sourceLang && this.source === null) {
      this.source = this.segText;
      this.sourceMeta = this.tuvAttributes;
    } else if (this.tuvLang === targetLang && this.target === null) this.target = this.segText;
  }

  private endTu(): void {
    this.counts.units++;
    const source = this.source?.trim() ?? '';
    const target = this.target?.trim() ?? '';
    const max = this.options.maxTextChars ?? 20_000;
    if (!source || !target || source.length > max || target.length > max) {
      this.counts.skipped++;
      return;
    }
    const meta = (key: string): string | undefined => this.tu[key] ?? this.sourceMeta[key];
    const createdAt = tmxDateToIso(meta('creationdate'));
    this.options.onUnit({
      source,
      target,
      author: (meta('changeid') ?? meta('creationid') ?? '').slice(0, 200),
      createdAt,
      updatedAt: tmxDateToIso(meta('changedate')) ?? createdAt,
    });
  }
}
