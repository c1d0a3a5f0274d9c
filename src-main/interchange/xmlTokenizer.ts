/**
 * A small streaming XML tokenizer for the interchange formats (TMX, XLIFF): text is pushed in
 * pieces (`write`), elements and text come out as callbacks. It exists instead of a general XML
 * parser because untrusted files must cost bounded time and memory:
 * - no DTD processing at all: a DOCTYPE with an internal subset (where entities are declared:
 *   XXE, billion laughs) is refused; a plain `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` is skipped and
 *   never fetched; only the five predefined entities and character references are decoded;
 * - nesting depth, attributes per element and the length of any one tag or text run are capped,
 *   so a 20 MB attribute or 100k nested tags fail fast instead of being buffered or recursed;
 * - well-formedness is checked (matching end tags, one root, no stray text), so a damaged file
 *   is refused rather than half read.
 * Namespaces are not resolved: names arrive as written (`xml:lang`), which is all TMX and XLIFF
 * readers need.
 */
import { AppError } from '../services/appError.ts';

export interface XmlHandler {
  /** A start tag (a self-closing one is followed at once by `close`). Attribute values are decoded. */
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Character data inside the root, entities decoded; one run may arrive in several calls. */
  text(text: string): void;
}

export interface XmlLimits {
  /** Deepest element nesting accepted (RELIABILITY.md: 64). */
  maxDepth: number;
  /** Attributes on one element. */
  maxAttributes: number;
  /** Longest single tag, comment or run of text (characters) held while waiting for its end. */
  maxTokenChars: number;
}

export const defaultXmlLimits: XmlLimits = { maxDepth: 64, maxAttributes: 256, maxTokenChars: 4 * 1024 * 1024 };

const predefined: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const namePattern = /^[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*$/;
const whitespaceOnly = /^[ \t\r\n]*$/;
const tagName = /[^\s>/]+/y;
/** One attribute with the white space before it: name, then the value in double or single quotes. */
const attribute = /[ \t\r\n]+([^\s=>/]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/y;
/** Names already checked against `namePattern` (a file repeats a few names a million times). */
const knownNames = new Set<string>();

/** A damaged file: the reason, with where it was noticed. */
function damaged(message: string): AppError {
  return new AppError('IMPORT_FAILED', `the file is not well-formed XML: ${message}`);
}

/** Is `code` a character XML 1.0 allows in a document? */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Replaces entity and character references in `raw`; any other entity is an error (there is no DTD to define one). */
export function decodeXmlEntities(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp);
    if (semi < 0 || semi - amp > 12) throw damaged(`a "&" that starts no entity near "${raw.slice(amp, amp + 12)}"`);
    const name = raw.slice(amp + 1, semi);
    let value: string | undefined;
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : /^#\d+$/.test(name) ? Number.parseInt(name.slice(1), 10) : NaN;
      if (!Number.isFinite(code) || !isXmlChar(code) || !/^#(x[0-9a-fA-F]+|\d+)$/.test(name)) throw damaged(`an invalid character reference &${name};`);
      value = String.fromCodePoint(code);
    } else {
      value = predefined[name];
      if (value === undefined) throw damaged(`the entity &${name}; is not defined (entities declared in a DTD are refused)`);
    }
    out += raw.slice(from, amp) + value;
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

/**
 * Tokenizes XML pushed in pieces. `write` as the text arrives, then `end`; errors are thrown as
 * `AppError('IMPORT_FAILED')` from the call that found them.
 */
export class XmlTokenizer {
  private buffer = '';
  private pos = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private readonly handler: XmlHandler;
  private readonly limits: XmlLimits;

  constructor(handler: XmlHandler, limits: Partial<XmlLimits> = {}) {
    this.handler = handler;
    this.limits = { ...defaultXmlLimits, ...limits };
  }

  write(chunk: string): void {
    this.buffer = this.pos === this.buffer.length ? chunk : this.buffer.slice(this.pos) + chunk;
    this.pos = 0;
    this.run();
    // Whatever is left waits for its end; a token that never ends must not grow without bound.
    if (this.buffer.length - this.pos > this.limits.maxTokenChars) {
      throw damaged(`a tag or text longer than ${this.limits.maxTokenChars} characters`);
    }
  }

  end(): void {
    this.run();
    const rest = this.buffer.slice(this.pos);
    if (!whitespaceOnly.test(rest)) {
      if (!this.rootSeen) throw new AppError('UNSUPPORTED_FORMAT', 'the file is not XML');
      if (this.stack.length > 0) throw damaged(`the file ends inside <${this.stack.at(-1)}>`);
      throw damaged('text after the end of the document');
    }
    if (!this.rootSeen) throw damaged('there is no element');
    if (this.stack.length > 0) throw damaged(`<${this.stack.at(-1)}> is never closed`);
  }

  /** Consumes every complete token in the buffer. */
  private run(): void {
    const buf = this.buffer;
    for (;;) {
      const lt = buf.indexOf('<', this.pos);
      if (lt < 0) {
        // Outside the root, text is an error at once (a binary or plain-text file); inside, a
        // text run ends at the next tag: wait for it.
        if (this.stack.length === 0 && !whitespaceOnly.test(buf.slice(this.pos, this.pos + 64))) this.emitText(buf.slice(this.pos, this.pos + 64));
        return;
      }
      if (lt > this.pos) this.emitText(buf.slice(this.pos, lt));
      this.pos = lt;
      if (lt + 1 >= buf.length) return;
      const next = buf.charCodeAt(lt + 1);
      let end: number;
      if (next === 0x2f /* / */) end = this.endTag(buf, lt);
      else if (next === 0x21 /* ! */) end = this.bang(buf, lt);
      else if (next === 0x3f /* ? */) end = this.processingInstruction(buf, lt);
      else end = this.startTag(buf, lt);
      if (end < 0) return;
      this.pos = end;
    }
  }

  private emitText(raw: string): void {
    if (this.stack.length === 0) {
      if (!whitespaceOnly.test(raw)) throw this.rootSeen ? damaged('text after the end of the document') : new AppError('UNSUPPORTED_FORMAT', 'the file is not XML');
      return;
    }
    this.handler.text(decodeXmlEntities(raw));
  }

  private endTag(buf: string, lt: number): number {
    const gt = buf.indexOf('>', lt);
    if (gt < 0) return -1;
    const name = buf.slice(lt + 2, gt).trimEnd();
    const open = this.stack.pop();
    if (open !== name) throw damaged(open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`);
    if (this.stack.length === 0) this.rootClosed = true;
    this.handler.close(name);
    return gt + 1;
  }

  private bang(buf: string, lt: number): number {
    if (buf.startsWith('<!--', lt)) {
      const end = buf.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (buf.startsWith('<![CDATA[', lt)) {
      const end = buf.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) throw damaged('a CDATA section outside the root element');
      this.handler.text(buf.slice(lt + 9, end));
      return end + 3;
    }
    if (buf.length - lt < 9) return -1;
    if (buf.startsWith('<!DOCTYPE', lt)) {
      if (this.rootSeen) throw damaged('a DOCTYPE inside the document');
      // An internal subset is where entities are declared; refusing it refuses XXE and entity bombs.
      let i = lt + 9;
      let quote = 0;
      for (; i < buf.length; i++) {
        const c = buf.charCodeAt(i);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x5b /* [ */) throw new AppError('IMPORT_FAILED', 'the file declares its own entities (a DOCTYPE with an internal subset), which is refused for safety');
        else if (c === 0x3e /* > */) return i + 1;
      }
      return -1;
    }
    throw damaged(`unexpected "${buf.slice(lt, lt + 9)}"`);
  }

  private processingInstruction(buf: string, lt: number): number {
    const end = buf.indexOf('?>', lt + 2);
    return end < 0 ? -1 : end + 2;
  }

  /** Parses `<name attr="v" ...>` or `<name/>` starting at `lt`; -1 when the tag is not complete yet. */
  private startTag(buf: string, lt: number): number {
    tagName.lastIndex = lt + 1;
    const nameMatch = tagName.exec(buf);
    if (!nameMatch) throw this.rootSeen ? damaged('a "<" that starts no tag') : new AppError('UNSUPPORTED_FORMAT', 'the file is not XML');
    if (tagName.lastIndex >= buf.length) return -1;
    const name = nameMatch[0];
    if (!knownNames.has(name)) {
      if (!namePattern.test(name)) throw this.rootSeen ? damaged(`"<${name.slice(0, 20)}" is not a tag`) : new AppError('UNSUPPORTED_FORMAT', 'the file is not XML');
      if (knownNames.size < 1000) knownNames.add(name);
    }
    const attributes: Record<string, string> = {};
    let count = 0;
    let i = tagName.lastIndex;
    for (;;) {
      // Sticky matches of one whole attribute (name = "value") at a time; the slow path below
      // only runs at the end of the tag, at the end of the buffer, or on an error.
      attribute.lastIndex = i;
      const m = attribute.exec(buf);
      if (m) {
        const key = m[1]!;
        const raw = m[2] ?? m[3]!;
        if (!knownNames.has(key) && !namePattern.test(key)) throw damaged(`a bad attribute name in <${name}>`);
        if (raw.includes('<')) throw damaged(`a "<" in the value of ${key} in <${name}>`);
        if (Object.hasOwn(attributes, key)) throw damaged(`the attribute ${key} appears twice in <${name}>`);
        if (++count > this.limits.maxAttributes) throw new AppError('IMPORT_FAILED', `an element has more than ${this.limits.maxAttributes} attributes`);
        // Attribute-value normalisation (XML 1.0 §3.3.3): literal white space becomes a space.
        attributes[key] = decodeXmlEntities(raw.includes('\t') || raw.includes('\n') || raw.includes('\r') ? raw.replace(/[\t\n\r]/g, ' ') : raw);
        i = attribute.lastIndex;
        if (i >= buf.length) return -1;
        const after = buf.charCodeAt(i);
        if (!isSpace(after) && after !== 0x3e && after !== 0x2f) throw damaged(`no space between attributes in <${name}>`);
        continue;
      }
      while (i < buf.length && isSpace(buf.charCodeAt(i))) i++;
      if (i >= buf.length) return -1;
      const c = buf.charCodeAt(i);
      if (c === 0x3e /* > */) {
        this.openElement(name, attributes, false);
        return i + 1;
      }
      if (c === 0x2f /* / */) {
        if (i + 1 >= buf.length) return -1;
        if (buf.charCodeAt(i + 1) !== 0x3e) throw damaged(`a stray "/" in <${name}>`);
        this.openElement(name, attributes, true);
        return i + 2;
      }
      // Not a complete attribute here: incomplete (wait for more) or malformed (say how).
      return this.attributeProblem(buf, i, name);
    }
  }

  /** At `i` an attribute did not match: -1 when it may just be cut off by the buffer's end, else the error. */
  private attributeProblem(buf: string, i: number, name: string): number {
    const rest = buf.slice(i, i + 4096);
    const head = /^([^\s=>/]*)(\s*)(=?)(\s*)(["']?)/.exec(rest)!;
    const [whole, key, , equals, , quote] = head as unknown as [string, string, string, string, string, string];
    const end = i + whole.length;
    if (end >= buf.length) return -1;
    if (!key || !namePattern.test(key)) throw damaged(`a bad attribute name in <${name}>`);
    if (!equals) throw damaged(`the attribute ${key} of <${name}> has no value`);
    if (!quote) throw damaged(`the value of ${key} in <${name}> is not quoted`);
    // An opened quote that does not close in the buffer: wait (write() caps how long).
    if (buf.indexOf(quote, end) < 0) return -1;
    throw damaged(`a bad attribute in <${name}>`);
  }

  private openElement(name: string, attributes: Record<string, string>, selfClosing: boolean): void {
    if (this.stack.length === 0) {
      if (this.rootClosed) throw damaged('a second root element');
      this.rootSeen = true;
    }
    if (this.stack.length >= this.limits.maxDepth) throw new AppError('IMPORT_FAILED', `elements are nested more than ${this.limits.maxDepth} deep`);
    this.handler.open(name, attributes);
    if (selfClosing) {
      if (this.stack.length === 0) this.rootClosed = true;
      this.handler.close(name);
    } else this.stack.push(name);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
