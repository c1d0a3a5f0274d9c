/**
 * XLIFF 1.2 and 2.1 for a translation: written for another CAT tool, read back after it.
 * One `<trans-unit>` (1.2) or `<unit>` with one `<segment>` (2.1) per segment, the segment id
 * as both ids, plain text (no inline codes).
 *
 * Segment status <-> XLIFF state (both directions, so a round trip keeps every status):
 *
 * | Redaksi    | XLIFF 1.2 `state`          | XLIFF 2.1 `state` (+ `subState`)   |
 * |------------|----------------------------|------------------------------------|
 * | new        | needs-translation          | initial                            |
 * | draft      | needs-review-translation   | initial + subState `redaksi:draft` |
 * | translated | translated                 | translated                         |
 * | reviewed   | signed-off                 | reviewed                           |
 * | approved   | final                      | final                              |
 *
 * Read from other tools: 1.2 `new` is new; the other `needs-*` states are draft; 2.1 `initial`
 * with a target is draft, without one new. A unit without a state is translated when it has
 * a target (tools that do not track states), else new. A segment without a target element is
 * read with target ''.
 */
import type { SegmentStatus } from '../../src-preload/contract/translation.ts';
import { AppError } from '../services/appError.ts';
import { parseXml } from './parseXml.ts';
import { escapeXmlAttribute, escapeXmlText } from './tmxWriter.ts';
import { validateXliff2 } from './validateXliff2.ts';
import type { XmlHandler } from './xmlTokenizer.ts';

export interface XliffUnit {
  id: string;
  source: string;
  target: string;
  state: SegmentStatus;
}

export interface XliffDocument {
  sourceLang: string;
  targetLang: string;
  /** What the file was made from (our article's title or id). */
  original: string;
  units: XliffUnit[];
}

const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2';
const xliff2Namespace = 'urn:oasis:names:tc:xliff:document:2.0';

const toXliff12: Record<SegmentStatus, string> = {
  new: 'needs-translation',
  draft: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  approved: 'final',
};
const toXliff2: Record<SegmentStatus, { state: string; subState?: string }> = {
  new: { state: 'initial' },
  draft: { state: 'initial', subState: 'redaksi:draft' },
  translated: { state: 'translated' },
  reviewed: { state: 'reviewed' },
  approved: { state: 'final' },
};

/** Writes `doc` as XLIFF 1.2 or 2.1 (UTF-8, `xml:space="preserve"` so spacing survives). */
export function writeXliff(doc: XliffDocument, version: '1.2' | '2.1'): string {
  const a = escapeXmlAttribute;
  const t = escapeXmlText;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (version === '1.2') {
    lines.push(`<xliff version="1.2" xmlns="${xliff12Namespace}">`);
    lines.push(`  <file original="${a(doc.original)}" source-language="${a(doc.sourceLang)}" target-language="${a(doc.targetLang)}" datatype="plaintext" tool-id="redaksi">`);
    lines.push('    <header><tool tool-id="redaksi" tool-name="Redaksi"/></header>');
    lines.push('    <body>');
    for (const unit of doc.units) {
      lines.push(`      <trans-unit id="${a(unit.id)}" xml:space="preserve">`);
      lines.push(`        <source>${t(unit.source)}</source>`);
      lines.push(`        <target state="${toXliff12[unit.state]}">${t(unit.target)}</target>`);
      lines.push('      </trans-unit>');
    }
    lines.push('    </body>', '  </file>', '</xliff>');
  } else {
    lines.push(`<xliff xmlns="${xliff2Namespace}" version="2.1" srcLang="${a(doc.sourceLang)}" trgLang="${a(doc.targetLang)}">`);
    lines.push(`  <file id="f1" original="${a(doc.original)}">`);
    for (const unit of doc.units) {
      const { state, subState } = toXliff2[unit.state];
      lines.push(`    <unit id="${a(unit.id)}">`);
      lines.push(`      <segment id="${a(unit.id)}" state="${state}"${subState ? ` subState="${subState}"` : ''}>`);
      lines.push(`        <source xml:space="preserve">${t(unit.source)}</source>`);
      // XLIFF 2 has no empty-target convention: a segment not translated yet has no target.
      if (unit.target !== '' || unit.state !== 'new') lines.push(`        <target xml:space="preserve">${t(unit.target)}</target>`);
      lines.push('      </segment>', '    </unit>');
    }
    lines.push('  </file>', '</xliff>');
  }
  return `${lines.join('\n')}\n`;
}

/** Why a file is not a usable XLIFF document. */
function invalid(message: string): AppError {
  return new AppError('IMPORT_FAILED', `the XLIFF file is not valid: ${message}`);
}

const stateFrom12: Record<string, SegmentStatus> = {
  new: 'new',
  'needs-translation': 'new',
  'needs-adaptation': 'draft',
  'needs-l10n': 'draft',
  'needs-review-translation': 'draft',
  'needs-review-adaptation': 'draft',
  'needs-review-l10n': 'draft',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'approved',
};
/** Is `code` a character XML 1.0 allows in a document? */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
const states2 = new Set(['initial', 'translated', 'reviewed', 'final']);
/** BCP 47 in the shape XLIFF requires (`xs:language`). */
const languageTag = /^([A-Za-z]{2,8}|[iIxX])(-[A-Za-z0-9]{1,8})*$/;
const nmtoken = /^[\w.:\-\u00B7\u00C0-\uFFFF]+$/;

/** Inline elements whose content is text (kept); every other inline element is a code (dropped). */
const textInline12 = new Set(['g', 'mrk']);
const textInline2 = new Set(['pc', 'mrk']);

/**
 * Reads an XLIFF 1.2 (1.0, 1.1) or 2.0/2.1 file with the safe tokenizer. Checks what we rely on
 * and the core processing rules a reader can check without the schema: version and namespace,
 * required languages and ids, unique ids, a unit's segments, known states, and target languages
 * that agree with the file's. Throws `AppError` UNSUPPORTED_FORMAT (not XLIFF, or a version we
 * do not read) or IMPORT_FAILED (damaged, hostile, or invalid, with the reason).
 */
export function readXliff(bytes: Uint8Array): XliffDocument {
  const reader = new XliffReader();
  // XLIFF 2: the full specification's rules (schemas and processing requirements), checked on a tree.
  const validator = validateXliff2();
  parseXml(bytes, {
    open(name, attributes) {
      reader.open(name, attributes);
      validator.open(name, attributes);
    },
    close(name) {
      reader.close(name);
      validator.close(name);
    },
    text(text) {
      reader.text(text);
      validator.text(text);
    },
  });
  const doc = reader.finish();
  const problem = validator.problem();
  if (problem) throw invalid(problem);
  return doc;
}

class XliffReader implements XmlHandler {
  private version: '1' | '2' | null = null;
  private readonly doc: XliffDocument = { sourceLang: '', targetLang: '', original: '', units: [] };
  private readonly path: string[] = [];
  /** The `xml:lang` in effect at each open element (inherited when not set). */
  private readonly langs: (string | undefined)[] = [];
  /** Children seen per open element, by name (notes need a note, a file a unit...). */
  private readonly children: Map<string, number>[] = [];
  private dataIds = new Set<string>();
  private noteIds = new Set<string>();
  private files = 0;
  private readonly fileIds = new Set<string>();
  private unitIds = new Set<string>();
  private segmentIds = new Set<string>();
  // The unit being read.
  private unitId = '';
  private unitSegments = 0;
  private segment: { id: string; state: string; subState: string | undefined; source: string | null; target: string | null } | null = null;
  /** 'source' or 'target' while collecting its text; depth of inline codes being dropped. */
  private collecting: 'source' | 'target' | null = null;
  private collectDepth = 0;
  private dropDepth = 0;
  private collected = '';
  private state12: string | undefined;

  open(name: string, attributes: Record<string, string>): void {
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    const prefixed = name.includes(':');
    this.path.push(name);
    const counts = this.children.at(-1);
    counts?.set(local, (counts.get(local) ?? 0) + 1);
    this.children.push(new Map());
    this.langs.push(attributes['xml:lang'] ?? this.langs.at(-1));
    if (this.path.length === 1) return this.root(local, attributes);
    if (this.version === '2') this.checkInline2(local, attributes);
    if (this.collecting) {
      this.collectDepth++;
      const keep = this.version === '1' ? textInline12 : textInline2;
      if (this.dropDepth > 0 || !keep.has(local) || prefixed) this.dropDepth++;
      if (this.version === '2' && local === 'cp' && this.dropDepth === 1) {
        const hex = attributes.hex ?? '';
        const code = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : NaN;
        if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw invalid(`<cp hex="${hex.slice(0, 10)}"> is not a code point`);
        // <cp> exists for characters XML cannot carry; any other must be written as itself.
        if (isXmlChar(code)) throw invalid(`<cp hex="${hex.slice(0, 10)}"> codes a character XML allows`);
        this.collected += String.fromCodePoint(code);
      }
      return;
    }
    if (prefixed) return; // modules and extensions: not ours to read
    if (this.version === '1') this.open12(local, attributes);
    else this.open2(local, attributes);
  }

  close(name: string): void {
    const parentDepth = this.path.length - 1;
    this.path.pop();
    this.langs.pop();
    const counts = this.children.pop()!;
    if (this.version === '2' && !name.includes(':')) this.checkChildren2(name, counts);
    if (this.collecting) {
      if (this.collectDepth > 0) {
        this.collectDepth--;
        if (this.dropDepth > 0) this.dropDepth--;
        return;
      }
      this.endText();
      return;
    }
    if (name.includes(':')) return;
    if (this.version === '1') this.close12(name, parentDepth);
    else this.close2(name);
  }

  text(text: string): void {
    if (this.collecting && this.dropDepth === 0) this.collected += text;
  }

  finish(): XliffDocument {
    if (this.files === 0) throw invalid('it has no <file>');
    return this.doc;
  }

  private root(local: string, attributes: Record<string, string>): void {
    if (local !== 'xliff') throw new AppError('UNSUPPORTED_FORMAT', `this is not an XLIFF file (its root element is <${local.slice(0, 40)}>)`);
    const namespace = attributes.xmlns ?? '';
    const version = attributes.version ?? '';
    if (/^1\.[012]$/.test(version) && (namespace === '' || namespace.startsWith('urn:oasis:names:tc:xliff:document:1.'))) this.version = '1';
    else if (/^2\.[01]$/.test(version) && namespace === xliff2Namespace) {
      this.version = '2';
      const srcLang = attributes.srcLang;
      if (!srcLang) throw invalid('<xliff> has no srcLang');
      if (!languageTag.test(srcLang)) throw invalid(`srcLang "${srcLang.slice(0, 40)}" is not a language tag`);
      if (attributes.trgLang !== undefined && !languageTag.test(attributes.trgLang)) throw invalid(`trgLang "${attributes.trgLang.slice(0, 40)}" is not a language tag`);
      this.doc.sourceLang = srcLang;
      this.doc.targetLang = attributes.trgLang ?? '';
    } else throw new AppError('UNSUPPORTED_FORMAT', `XLIFF version "${version.slice(0, 20)}" is not one we read (1.2 or 2.1)`);
  }

  // --- XLIFF 1.x -------------------------------------------------------------------------------

  private open12(local: string, attributes: Record<string, string>): void {
    const parent = this.path.at(-2);
    switch (local) {
      case 'file':
        this.files++;
        if (this.files === 1) {
          this.doc.sourceLang = attributes['source-language'] ?? '';
          this.doc.targetLang = attributes['target-language'] ?? '';
          this.doc.original = attributes.original ?? '';
        }
        if (!attributes['source-language']) throw invalid('<file> has no source-language');
        break;
      case 'trans-unit': {
        const id = attributes.id;
        if (!id) throw invalid('a <trans-unit> has no id');
        if (this.unitIds.has(id)) throw invalid(`the trans-unit id "${id.slice(0, 40)}" is used twice`);
        this.unitIds.add(id);
        this.segment = { id, state: '', subState: undefined, source: null, target: null };
        break;
      }
      case 'source':
      case 'target':
        // Only the unit's own source and target; those inside <alt-trans> are suggestions.
        if (parent === 'trans-unit' && this.segment) {
          if (this.segment[local] !== null) throw invalid(`trans-unit "${this.segment.id.slice(0, 40)}" has two <${local}> elements`);
          if (local === 'target') this.state12 = attributes.state;
          this.startText(local);
        }
        break;
    }
  }

  private close12(name: string, depth: number): void {
    void depth;
    if (name === 'trans-unit' && this.segment) {
      const seg = this.segment;
      if (seg.source === null) throw invalid(`trans-unit "${seg.id.slice(0, 40)}" has no <source>`);
      const target = seg.target ?? '';
      let state: SegmentStatus;
      if (seg.state) {
        const known = stateFrom12[seg.state];
        // `x-` states are tool extensions the standard allows: read them by whether there is a target.
        if (!known && !seg.state.startsWith('x-')) throw invalid(`"${seg.state.slice(0, 40)}" is not an XLIFF 1.2 state`);
        state = known ?? (target ? 'draft' : 'new');
      } else state = target ? 'translated' : 'new';
      this.doc.units.push({ id: seg.id, source: seg.source, target, state });
      this.segment = null;
    }
  }

  // --- XLIFF 2.x -------------------------------------------------------------------------------

  private open2(local: string, attributes: Record<string, string>): void {
    const parent = this.path.at(-2);
    switch (local) {
      case 'file': {
        this.files++;
        const id = attributes.id;
        if (!id || !nmtoken.test(id)) throw invalid('a <file> has no valid id');
        if (this.fileIds.has(id)) throw invalid(`the file id "${id.slice(0, 40)}" is used twice`);
        this.fileIds.add(id);
        this.unitIds = new Set();
        if (this.files === 1) this.doc.original = attributes.original ?? '';
        break;
      }
      case 'group':
      case 'unit': {
        const id = attributes.id;
        if (!id || !nmtoken.test(id)) throw invalid(`a <${local}> has no valid id`);
        // Groups and units share one id space within a file.
        if (this.unitIds.has(id)) throw invalid(`the id "${id.slice(0, 40)}" is used twice in a file`);
        this.unitIds.add(id);
        if (local === 'unit') {
          this.unitId = id;
          this.unitSegments = 0;
          this.segmentIds = new Set();
          this.dataIds = new Set();
        }
        break;
      }
      case 'segment':
      case 'ignorable': {
        const id = attributes.id;
        if (id !== undefined) {
          if (!nmtoken.test(id)) throw invalid(`the ${local} id "${id.slice(0, 40)}" is not a name`);
          if (this.segmentIds.has(id)) throw invalid(`the id "${id.slice(0, 40)}" is used twice in unit "${this.unitId.slice(0, 40)}"`);
          this.segmentIds.add(id);
        }
        if (local === 'segment') {
          const state = attributes.state;
          if (state !== undefined && !states2.has(state)) throw invalid(`"${state.slice(0, 40)}" is not an XLIFF 2 state`);
          if (attributes.subState !== undefined && state === undefined) throw invalid('a subState without a state');
          this.unitSegments++;
          this.segment = { id: id ?? `${this.unitId}#${this.unitSegments}`, state: state ?? '', subState: attributes.subState, source: null, target: null };
        } else this.segment = null;
        break;
      }
      case 'notes':
        this.noteIds = new Set();
        break;
      case 'note': {
        const id = attributes.id;
        if (id !== undefined && this.noteIds.has(id)) throw invalid(`the note id "${id.slice(0, 40)}" is used twice`);
        if (id !== undefined) this.noteIds.add(id);
        break;
      }
      case 'data': {
        const id = attributes.id ?? '';
        if (this.dataIds.has(id)) throw invalid(`the data id "${id.slice(0, 40)}" is used twice in unit "${this.unitId.slice(0, 40)}"`);
        this.dataIds.add(id);
        break;
      }
      case 'source':
      case 'target':
        if (parent === 'segment' || parent === 'ignorable') {
          if (local === 'target' && !this.doc.targetLang) throw invalid('a <target> in a file without trgLang');
          const lang = this.langs.at(-1);
          const expected = local === 'source' ? this.doc.sourceLang : this.doc.targetLang;
          if (lang !== undefined && lang.toLowerCase() !== expected.toLowerCase()) throw invalid(`a <${local}> in ${lang.slice(0, 20)} where the file says ${expected}`);
          if (this.segment && this.segment[local] !== null) throw invalid(`a segment with two <${local}> elements`);
          if (this.segment) this.startText(local);
        }
        break;
    }
  }

  private close2(name: string): void {
    if (name === 'segment' && this.segment) {
      const seg = this.segment;
      if (seg.source === null) throw invalid(`a segment of unit "${this.unitId.slice(0, 40)}" has no <source>`);
      const target = seg.target ?? '';
      let state: SegmentStatus;
      if (seg.state === 'initial') state = seg.subState === 'redaksi:draft' || target ? 'draft' : 'new';
      else if (seg.state === 'translated') state = 'translated';
      else if (seg.state === 'reviewed') state = 'reviewed';
      else if (seg.state === 'final') state = 'approved';
      else state = target ? 'translated' : 'new';
      // A unit's one segment carries the unit's id when it has none (our files use the same id for both).
      this.doc.units.push({ id: seg.id, source: seg.source, target, state });
      this.segment = null;
    } else if (name === 'ignorable') {
      this.segment = null;
    } else if (name === 'unit' && this.unitSegments === 0) {
      throw invalid(`unit "${this.unitId.slice(0, 40)}" has no segment`);
    }
  }

  /** Rules on inline codes (XLIFF 2 §4.3): attribute values and references to original data. */
  private checkInline2(local: string, attributes: Record<string, string>): void {
    const lang = attributes['xml:lang'];
    if (lang !== undefined && lang !== '' && !languageTag.test(lang)) throw invalid(`xml:lang "${lang.slice(0, 40)}" is not a language tag`);
    if (!this.collecting) return;
    if (attributes.subType !== undefined && attributes.type === undefined) throw invalid(`<${local}> has a subType without a type`);
    if (attributes.type !== undefined && ['pc', 'ph', 'sc', 'ec'].includes(local) && !['fmt', 'ui', 'quote', 'link', 'image', 'other'].includes(attributes.type)) {
      throw invalid(`"${attributes.type.slice(0, 40)}" is not a type of inline code`);
    }
    for (const key of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
      const ref = attributes[key];
      if (ref !== undefined && !this.dataIds.has(ref)) throw invalid(`${key}="${ref.slice(0, 40)}" refers to no original data`);
    }
  }

  /** Elements that must not be empty (XLIFF 2 core). */
  private checkChildren2(name: string, counts: Map<string, number>): void {
    if (name === 'notes' && !counts.get('note')) throw invalid('a <notes> without a <note>');
    if (name === 'originalData' && !counts.get('data')) throw invalid('an <originalData> without <data>');
    if (name === 'file' && !counts.get('unit') && !counts.get('group')) throw invalid('a <file> without a unit or group');
    if ((name === 'segment' || name === 'ignorable') && !counts.get('source')) throw invalid(`a <${name}> without a <source>`);
  }

  private startText(which: 'source' | 'target'): void {
    this.collecting = which;
    this.collectDepth = 0;
    this.dropDepth = 0;
    this.collected = '';
  }

  private endText(): void {
    const which = this.collecting!;
    this.collecting = null;
    if (!this.segment) return;
    this.segment[which] = this.collected;
    if (which === 'target' && this.version === '1') this.segment.state = this.state12 ?? '';
  }
}
