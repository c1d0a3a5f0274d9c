/**
 * Validation of XLIFF 2.0/2.1 documents against the specification: the schemas of the core and of
 * the modules (which attributes and children each element may have, and their value types) and
 * the processing requirements the schemas cannot express (inline codes that must pair up, editing
 * hints, fragment identifiers, references between elements, module constraints). `XliffReader`
 * only checks what it needs to read a translation; this catches the rest, so a file another tool
 * would refuse is refused here too, with the rule it breaks.
 *
 * `validateXliff2()` gives an `XmlHandler` fed the same tokenizer events as the reader: it builds a small element
 * tree (files are size-capped by the caller) with namespaces resolved, and `problem()` walks it.
 * Anything not XLIFF 2 is left alone (the reader says why it is not readable).
 *
 * References are to XLIFF Version 2.1 (OASIS Standard, 2018): core rules by the name of their part
 * of the core specification ("core: Inline Content"), module rules by section number as the OASIS
 * test files cite them: §5.1 Translation Candidates (mtc), §5.2 Glossary (gls), §5.3 Format Style
 * (fs), §5.4 Metadata (mda), §5.5 Resource Data (res), §5.6 Change Tracking (ctr), §5.7 Size and
 * Length Restriction (slr), §5.8 Validation (val), §5.9 ITS. Where the suite's Schematron
 * (schemas/*.sch) reads a rule more precisely than its prose, the code follows the Schematron.
 */
import type { XmlHandler } from './xmlTokenizer.ts';

const ns = {
  xlf: 'urn:oasis:names:tc:xliff:document:2.0',
  xml: 'http://www.w3.org/XML/1998/namespace',
  mtc: 'urn:oasis:names:tc:xliff:matches:2.0',
  gls: 'urn:oasis:names:tc:xliff:glossary:2.0',
  fs: 'urn:oasis:names:tc:xliff:fs:2.0',
  mda: 'urn:oasis:names:tc:xliff:metadata:2.0',
  res: 'urn:oasis:names:tc:xliff:resourcedata:2.0',
  ctr: 'urn:oasis:names:tc:xliff:changetracking:2.0',
  slr: 'urn:oasis:names:tc:xliff:sizerestriction:2.0',
  val: 'urn:oasis:names:tc:xliff:validation:2.0',
  its: 'http://www.w3.org/2005/11/its',
  itsm: 'urn:oasis:names:tc:xliff:itsm:2.1',
} as const;
/** The prefix we use in messages and tables for each namespace we know (documents may use others). */
const prefixOf = new Map<string, string>(Object.entries(ns).map(([prefix, uri]) => [uri, prefix]));

/** `mtc:match` for a module element, `~ext` for any other namespace. */
function moduleKey(uri: string, local: string): string {
  const prefix = prefixOf.get(uri);
  return prefix && prefix !== 'xml' ? `${prefix}:${local}` : '~ext';
}

/** Text is kept as one of these marks (see `Xliff2Validator.text`: no rule needs the words). */
const whiteSpace = ' ';
const someText = 't';

interface Attr {
  /** As written in the document (`my:flag`), for messages. */
  name: string;
  ns: string;
  local: string;
  value: string;
}
interface El {
  ns: string;
  local: string;
  /** `local` for core elements, `mtc:match` for module ones, `~ext` for unknown namespaces. */
  key: string;
  /** The attributes as the tokenizer gave them (kept as is: smaller than resolved copies); see `attr`, `attributesOf`. */
  raw: Record<string, string>;
  /** Prefix -> namespace in scope here (shared with the parent unless this element declares one). */
  scope: Map<string, string>;
  /** Child elements and text marks (`whiteSpace` or `someText`). */
  children: (El | string)[];
  parent: El | null;
}

/** A broken rule: `problem()` turns it into the message. */
class Broken extends Error {}
const fail = (message: string): never => {
  throw new Broken(message);
};
/** A name, id or value as it goes in a message: cut, so one message stays short. */
const cut = (value: string, max = 40) => (value.length > max ? `${value.slice(0, max)}…` : value);
const q = (value: string) => `"${cut(value)}"`;

/** An own property of a table, never one inherited from Object (an attribute may be named "constructor"). */
function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const isDeclaration = (name: string) => name === 'xmlns' || name.startsWith('xmlns:');

/** The value of an attribute by local name and namespace (none for an unprefixed one). */
function attr(el: El, local: string, namespace = ''): string | undefined {
  if (namespace === '') return lookup(el.raw, local);
  for (const name in el.raw) {
    const colon = name.indexOf(':');
    if (colon > 0 && !isDeclaration(name) && name.slice(colon + 1) === local && el.scope.get(name.slice(0, colon)) === namespace) return el.raw[name];
  }
  return undefined;
}

/** Every attribute with its namespace resolved (unprefixed ones are in no namespace, not the default one). */
function attributesOf(el: El): Attr[] {
  const list: Attr[] = [];
  for (const [name, value] of Object.entries(el.raw)) {
    if (isDeclaration(name)) continue;
    const colon = name.indexOf(':');
    list.push(colon < 0 ? { name, ns: '', local: name, value } : { name, ns: el.scope.get(name.slice(0, colon)) ?? '', local: name.slice(colon + 1), value });
  }
  return list;
}

/** Has the element an attribute with a prefix (the only way to carry a module attribute)? */
function hasPrefixedAttribute(el: El): boolean {
  for (const name in el.raw) if (name.includes(':') && !isDeclaration(name)) return true;
  return false;
}
const elements = (el: El): El[] => el.children.filter((c): c is El => typeof c !== 'string');
/** Every element below `el`, in document order. */
function descendants(el: El, into: El[] = []): El[] {
  for (const child of el.children) {
    if (typeof child === 'string') continue;
    into.push(child);
    descendants(child, into);
  }
  return into;
}
const ancestor = (el: El, keys: string[]): El | null => {
  for (let p = el.parent; p; p = p.parent) if (keys.includes(p.key)) return p;
  return null;
};
/** `<ph id="1">` / `<mtc:match>`: how an element is named in a message. */
function show(el: El): string {
  const id = attr(el, 'id') ?? attr(el, 'startRef');
  const which = id === undefined ? '' : ` ${attr(el, 'id') !== undefined ? 'id' : 'startRef'}=${q(id)}`;
  return `<${cut(el.key === '~ext' ? el.local : el.key)}${which}>`;
}
/** Where an element is: its unit (or group) and file, for messages. */
function where(el: El): string {
  const unit = el.key === 'unit' || el.key === 'group' ? el : ancestor(el, ['unit', 'group']);
  const file = el.key === 'file' ? el : ancestor(el, ['file']);
  const parts = [];
  if (unit && unit !== el) parts.push(`${unit.key} ${q(attr(unit, 'id') ?? '')}`);
  if (file && file !== el) parts.push(`file ${q(attr(file, 'id') ?? '')}`);
  return parts.length ? ` in ${parts.join(' of ')}` : '';
}

// --- Tree building -------------------------------------------------------------------------------

/**
 * Validates an XLIFF 2 document: a handler fed the same tokenizer events as `XliffReader` (see
 * readXliff); once the document has been fed, `problem()` says which rule it breaks, or null.
 */
export function validateXliff2(): XmlHandler & { problem(): string | null } {
  return new Xliff2Validator();
}

/** Collects an XLIFF 2 document as a tree with namespaces resolved; `problem()` validates it. */
class Xliff2Validator implements XmlHandler {
  private root: El | null = null;
  private current: El | null = null;
  /** Prefix -> namespace in scope at each open element. */
  private readonly scopes: Map<string, string>[] = [new Map([['xml', ns.xml]])];
  /** Not XLIFF 2: ignore the rest. */
  private off = false;
  private undeclared: string | null = null;
  /** Every element, in document order. */
  private readonly all: El[] = [];

  open(name: string, attributes: Record<string, string>): void {
    if (this.off) return;
    const inherited = this.scopes[this.scopes.length - 1]!;
    let scope = inherited;
    // Namespace declarations first: they apply to this element's own names.
    for (const k in attributes) {
      if (!isDeclaration(k)) continue;
      if (scope === inherited) scope = new Map(inherited);
      scope.set(k === 'xmlns' ? '' : k.slice(6), attributes[k] ?? '');
    }
    this.scopes.push(scope);
    const colon = name.indexOf(':');
    const uri = colon < 0 ? (scope.get('') ?? '') : this.namespaceOf(scope, name, colon);
    const local = colon < 0 ? name : name.slice(colon + 1);
    if (!this.root && uri !== ns.xlf) {
      this.off = true;
      return;
    }
    for (const k in attributes) {
      const at = k.indexOf(':');
      if (at > 0 && !isDeclaration(k)) this.namespaceOf(scope, k, at);
    }
    const key = uri === ns.xlf ? local : moduleKey(uri, local);
    const el: El = { ns: uri, local, key, raw: attributes, scope, children: [], parent: this.current };
    if (this.current) this.current.children.push(el);
    else this.root = el;
    this.all.push(el);
    this.current = el;
  }

  /** The namespace of a prefixed name; an undeclared prefix is remembered (the document is not namespace-well-formed). */
  private namespaceOf(scope: Map<string, string>, qname: string, colon: number): string {
    const uri = scope.get(qname.slice(0, colon));
    if (uri === undefined) this.undeclared ??= qname;
    return uri ?? `undeclared:${qname.slice(0, colon)}`;
  }

  close(): void {
    if (this.off) return;
    this.scopes.pop();
    this.current = this.current?.parent ?? null;
  }

  text(value: string): void {
    if (this.off || !this.current) return;
    // No rule reads the words, only whether there is text and whether it is only white space: keep a
    // one-character mark instead, so a large file's text is not held twice.
    const mark = /^[ \t\r\n]*$/.test(value) ? whiteSpace : someText;
    const children = this.current.children;
    const last = children.length - 1;
    if (last >= 0 && typeof children[last] === 'string') {
      if (mark === someText) children[last] = someText;
    } else children.push(mark);
  }

  /** The first rule the document breaks (without the "not valid" preamble), or null. */
  problem(): string | null {
    if (this.off || !this.root) return null;
    if (this.undeclared) return `the namespace prefix of ${q(this.undeclared)} is not declared`;
    try {
      validate(this.root, this.all);
      return null;
    } catch (error) {
      if (error instanceof Broken) return error.message;
      throw error;
    }
  }
}

function validate(root: El, all: El[]): void {
  checkSchema(root);
  for (const el of all) {
    // A file or unit inside an extension element is the extension's business (and was not schema-checked).
    if ((el.key === 'file' || el.key === 'unit') && ancestor(el, ['~ext'])) continue;
    if (el.key === 'file') checkFile(el);
    if (el.key === 'unit') checkUnit(el);
  }
  checkModules(root, all);
}

// --- Schemas: attributes, their types, children (core XSD and module XSDs) -----------------------

type ValueCheck = (value: string) => boolean;
const nmtokenPattern = /^[\w.:\-\u00B7\u00C0-\uFFFF]+$/;
const languageTag = /^([A-Za-z]{1,8})(-[A-Za-z0-9]{1,8})*$/;
const oneOf =
  (...values: string[]): ValueCheck =>
  (v) =>
    values.includes(v);
const type = {
  any: () => true,
  nmtoken: (v: string) => nmtokenPattern.test(v),
  nmtokens: (v: string) => v.trim() !== '' && v.trim().split(/[ \t\r\n]+/).every((t) => nmtokenPattern.test(t)),
  yesNo: oneOf('yes', 'no'),
  yesNoFirstNo: oneOf('yes', 'firstNo', 'no'),
  dir: oneOf('ltr', 'rtl', 'auto'),
  lang: (v: string) => v === '' || languageTag.test(v),
  space: oneOf('default', 'preserve'),
  /** `prefix:value`, for user-defined values (core: Attributes, type and subType). */
  userDefined: (v: string) => /^[^\s:]+:[^\s:]+$/.test(v),
  codeType: oneOf('fmt', 'ui', 'quote', 'link', 'image', 'other'),
  mrkType: (v: string) => ['generic', 'comment', 'term'].includes(v) || /^[^\s:]+:[^\s:]+$/.test(v),
  state: oneOf('initial', 'translated', 'reviewed', 'final'),
  positiveInteger: (v: string) => /^\+?0*[1-9]\d*$/.test(v.trim()),
  hex: (v: string) => /^([0-9A-Fa-f]{2})+$/.test(v),
  similarity: (v: string) => /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v.trim()) && Number(v) >= 0 && Number(v) <= 100,
  normalization: oneOf('none', 'nfc', 'nfd'),
};
const priority: ValueCheck = (v) => type.positiveInteger(v) && Number(v) <= 10;

interface ElementSpec {
  attrs: Record<string, ValueCheck>;
  required?: string[];
  /** Attributes from other namespaces allowed (`xs:anyAttribute namespace="##other"`). */
  other?: boolean;
  /** Text allowed between children. */
  mixed?: boolean;
  /** Children, in a small regular syntax over element keys; `#other` = any element of another namespace. */
  content: string;
}

const inline = '(cp|ph|pc|sc|ec|mrk|sm|em)*';
const codeAttrs = { canCopy: type.yesNo, canDelete: type.yesNo, canReorder: type.yesNoFirstNo, copyOf: type.nmtoken, subType: type.userDefined, type: type.codeType };
const structureAttrs = { id: type.nmtoken, name: type.any, canResegment: type.yesNo, translate: type.yesNo, srcDir: type.dir, trgDir: type.dir, type: type.userDefined, 'xml:space': type.space };
const markerAttrs = { id: type.nmtoken, translate: type.yesNo, type: type.mrkType, ref: type.any, value: type.any };

/** XLIFF 2 core (schema xliff_core_2.0.xsd, unchanged in 2.1), by element. */
const coreSpecs: Record<string, ElementSpec> = {
  xliff: { attrs: { version: type.any, srcLang: type.lang, trgLang: type.lang, 'xml:space': type.space }, required: ['version', 'srcLang'], other: true, content: 'file+' },
  file: { attrs: { id: type.nmtoken, canResegment: type.yesNo, original: type.any, translate: type.yesNo, srcDir: type.dir, trgDir: type.dir, 'xml:space': type.space }, required: ['id'], other: true, content: 'skeleton? #other* notes? (unit|group)+' },
  skeleton: { attrs: { href: type.any }, mixed: true, content: '#other*' },
  group: { attrs: structureAttrs, required: ['id'], other: true, content: '#other* notes? (unit|group)*' },
  unit: { attrs: structureAttrs, required: ['id'], other: true, content: '#other* notes? originalData? (segment|ignorable)+' },
  segment: { attrs: { id: type.nmtoken, canResegment: type.yesNo, state: type.state, subState: type.any }, content: 'source target?' },
  ignorable: { attrs: { id: type.nmtoken }, content: 'source target?' },
  notes: { attrs: {}, content: 'note+' },
  note: { attrs: { id: type.nmtoken, appliesTo: oneOf('source', 'target'), category: type.any, priority }, other: true, mixed: true, content: '' },
  originalData: { attrs: {}, content: 'data+' },
  data: { attrs: { id: type.nmtoken, dir: type.dir, 'xml:space': oneOf('preserve') }, required: ['id'], mixed: true, content: 'cp*' },
  source: { attrs: { 'xml:lang': type.lang, 'xml:space': type.space }, mixed: true, content: inline },
  target: { attrs: { 'xml:lang': type.lang, 'xml:space': type.space, order: type.positiveInteger }, mixed: true, content: inline },
  cp: { attrs: { hex: type.hex }, required: ['hex'], content: '' },
  ph: { attrs: { ...codeAttrs, disp: type.any, equiv: type.any, id: type.nmtoken, dataRef: type.nmtoken, subFlows: type.nmtokens }, required: ['id'], other: true, content: '' },
  pc: {
    attrs: { ...codeAttrs, canOverlap: type.yesNo, dispEnd: type.any, dispStart: type.any, equivEnd: type.any, equivStart: type.any, id: type.nmtoken, dataRefEnd: type.nmtoken, dataRefStart: type.nmtoken, subFlowsEnd: type.nmtokens, subFlowsStart: type.nmtokens, dir: type.dir },
    required: ['id'],
    other: true,
    mixed: true,
    content: inline,
  },
  sc: { attrs: { ...codeAttrs, canOverlap: type.yesNo, dataRef: type.nmtoken, dir: type.dir, disp: type.any, equiv: type.any, id: type.nmtoken, isolated: type.yesNo, subFlows: type.nmtokens }, required: ['id'], other: true, content: '' },
  ec: { attrs: { ...codeAttrs, canOverlap: type.yesNo, dataRef: type.nmtoken, dir: type.dir, disp: type.any, equiv: type.any, id: type.nmtoken, isolated: type.yesNo, startRef: type.nmtoken, subFlows: type.nmtokens }, other: true, content: '' },
  mrk: { attrs: markerAttrs, required: ['id'], other: true, mixed: true, content: inline },
  sm: { attrs: markerAttrs, required: ['id'], other: true, content: '' },
  em: { attrs: { startRef: type.nmtoken }, required: ['startRef'], content: '' },
};

/** Module elements (schemas matches.xsd, glossary.xsd, metadata.xsd...; ctr, which has none, from §5.6). */
const moduleSpecs: Record<string, ElementSpec> = {
  'mtc:matches': { attrs: {}, content: 'mtc:match+' },
  'mtc:match': {
    attrs: { id: type.nmtoken, matchQuality: type.similarity, matchSuitability: type.similarity, origin: type.any, ref: type.any, reference: type.yesNo, similarity: type.similarity, subType: type.userDefined, type: oneOf('am', 'mt', 'icm', 'idm', 'tb', 'tm', 'other') },
    required: ['ref'],
    other: true,
    content: 'mda:metadata? originalData? source target #other*',
  },
  'gls:glossary': { attrs: {}, content: 'gls:glossEntry+' },
  'gls:glossEntry': { attrs: { id: type.nmtoken, ref: type.any }, other: true, content: 'gls:term gls:translation* gls:definition? #other*' },
  'gls:term': { attrs: { source: type.any }, other: true, mixed: true, content: '' },
  'gls:translation': { attrs: { id: type.nmtoken, ref: type.any, source: type.any }, other: true, mixed: true, content: '' },
  'gls:definition': { attrs: { source: type.any }, other: true, mixed: true, content: '' },
  'mda:metadata': { attrs: { id: type.nmtoken }, content: 'mda:metaGroup+' },
  'mda:metaGroup': { attrs: { id: type.nmtoken, category: type.any, appliesTo: oneOf('source', 'target', 'ignorable') }, content: '(mda:metaGroup|mda:meta)+' },
  'mda:meta': { attrs: { type: type.any }, required: ['type'], mixed: true, content: '' },
  'res:resourceData': { attrs: { id: type.nmtoken }, content: 'res:resourceItemRef* res:resourceItem*' },
  'res:resourceItemRef': { attrs: { id: type.nmtoken, ref: type.nmtoken }, required: ['ref'], other: true, content: '' },
  'res:resourceItem': { attrs: { mimeType: type.any, id: type.nmtoken, context: type.yesNo }, other: true, content: 'res:source? res:target? res:reference*' },
  'res:source': { attrs: { href: type.any, 'xml:lang': type.lang }, other: true, content: '#other*' },
  'res:target': { attrs: { href: type.any, 'xml:lang': type.lang }, other: true, content: '#other*' },
  'res:reference': { attrs: { href: type.any, 'xml:lang': type.lang }, required: ['href'], other: true, content: '' },
  'ctr:changeTrack': { attrs: {}, content: 'ctr:revisions+' },
  'ctr:revisions': { attrs: { appliesTo: type.nmtoken, ref: type.nmtoken, currentVersion: type.nmtoken }, required: ['appliesTo'], other: true, content: 'ctr:revision+ #other*' },
  'ctr:revision': { attrs: { author: type.any, datetime: type.any, version: type.nmtoken }, other: true, content: 'ctr:item+ #other*' },
  'ctr:item': { attrs: { property: type.any }, required: ['property'], other: true, mixed: true, content: '' },
  'slr:profiles': { attrs: { generalProfile: type.any, storageProfile: type.any }, content: 'slr:normalization? #other*' },
  'slr:normalization': { attrs: { general: type.normalization, storage: type.normalization }, content: '' },
  'slr:data': { attrs: { profile: type.any }, required: ['profile'], other: true, content: '#other*' },
  'val:validation': { attrs: {}, other: true, content: 'val:rule+' },
  'val:rule': {
    attrs: { isPresent: type.any, occurs: type.positiveInteger, isNotPresent: type.any, startsWith: type.any, endsWith: type.any, existsInSource: type.yesNo, caseSensitive: type.yesNo, normalization: type.normalization, disabled: type.yesNo },
    other: true,
    content: '',
  },
};

/** Where each module's top element may be placed (the module sections' "Contained by"). */
const moduleParents: Record<string, string[]> = {
  'mtc:matches': ['unit'],
  'gls:glossary': ['unit'],
  'mda:metadata': ['file', 'group', 'unit', 'mtc:match', 'gls:glossEntry'],
  'res:resourceData': ['file', 'unit'],
  'ctr:changeTrack': ['file', 'group', 'unit'],
  'slr:profiles': ['file'],
  'slr:data': ['file', 'group', 'unit'],
  'val:validation': ['file', 'group', 'unit'],
};

const htmlElements = 'a b bdo big blockquote body br button caption center cite code col colgroup dd del div dl dt em h1 h2 h3 h4 h5 h6 head hr html i img label legend li ol p pre q s samp select small span strike strong sub sup table tbody td tfoot th thead title tr tt u ul'.split(' ');
const nonNegativeInteger: ValueCheck = (v) => /^\d+$/.test(v);
/** `*`, `n`, `n,m` or `n,*` (§5.7.6.1 sizeRestriction, §5.7.6.2 storageRestriction). */
const restriction: ValueCheck = (v) => /^(\*|\d+(,(\d+|\*))?)$/.test(v);
const unitInterval: ValueCheck = (v) => /^(0|1|0?\.\d+|0\.\d*|1\.0*)$/.test(v);

/** Module attributes allowed on other elements, by namespace (a known namespace has only these). */
const moduleAttributes: Record<string, Record<string, ValueCheck> | null> = {
  [ns.fs]: { fs: oneOf(...htmlElements), subFs: type.any },
  // sizeInfo's format depends on the size profile in use (§5.7), so only equivStorage is always a number.
  [ns.slr]: { equivStorage: nonNegativeInteger, sizeInfo: type.any, sizeInfoRef: type.nmtoken, sizeRestriction: restriction, storageRestriction: restriction },
  [ns.mtc]: {},
  [ns.gls]: {},
  [ns.mda]: {},
  [ns.res]: {},
  [ns.ctr]: {},
  [ns.val]: {},
  // ITS (§5.9) defines many attributes; only the numeric ones have a range to check.
  [ns.its]: null,
  [ns.itsm]: null,
};
const itsRanges: Record<string, ValueCheck> = {
  mtConfidence: unitInterval,
  taConfidence: unitInterval,
  termConfidence: unitInterval,
  locQualityIssueSeverity: (v) => /^\d+(\.\d+)?$/.test(v) && Number(v) <= 100,
  locQualityRatingScore: (v) => /^\d+(\.\d+)?$/.test(v) && Number(v) <= 100,
};

const compiled = new Map<ElementSpec, RegExp>();
/** `skeleton? #other* notes?` -> a regex over the space-terminated keys of the children. */
function contentPattern(spec: ElementSpec, own: string): RegExp {
  let pattern = compiled.get(spec);
  if (!pattern) {
    const model = spec.content;
    // Core: another namespace is a prefixed key or an unknown one; a module: anything not its own.
    const other = own === '' ? '(?:[^\\x20:]+:\\S+\\x20|~ext\\x20)' : `(?:(?!${own}:)\\S+\\x20)`;
    // Tokens first (the model's own spaces separate them), then drop those spaces.
    const body = model.replace(/[#\w:~]+/g, (token) => (token === '#other' ? other : `(?:${token}\\x20)`)).replace(/\s+/g, '');
    pattern = new RegExp(`^${body}$`);
    compiled.set(spec, pattern);
  }
  return pattern;
}

/** The schema of an element; undefined for extensions (and ITS elements); refuses unknown names in our namespaces. */
function specOf(el: El): ElementSpec | undefined {
  const spec = el.ns === ns.xlf ? lookup(coreSpecs, el.local) : lookup(moduleSpecs, el.key);
  if (!spec && el.key !== '~ext' && !(el.key.startsWith('its:') || el.key.startsWith('itsm:'))) fail(`${show(el)} is not an element of ${el.ns === ns.xlf ? 'XLIFF 2' : `the ${el.key.split(':')[0]} module`}${where(el)}`);
  return spec;
}

/** Every element against its schema: attributes, value types, children (core: Elements, Attributes; the module schemas). */
function checkSchema(el: El): void {
  const spec = specOf(el);
  if (!spec) {
    // Extensions are not ours to check; module elements inside them are (validated where found).
    for (const child of elements(el)) if (child.key !== '~ext' && lookup(moduleSpecs, child.key)) checkSchema(child);
    return;
  }
  const parentKey = el.parent?.key ?? '';
  const parents = lookup(moduleParents, el.key);
  if (parents && !parents.includes(parentKey) && el.parent?.key !== '~ext') fail(`${show(el)} is not allowed in <${parentKey}>${where(el)}`);
  for (const a of attributesOf(el)) checkAttribute(el, spec, a);
  for (const name of spec.required ?? []) if (attr(el, name) === undefined) fail(`${show(el)} has no ${name} attribute${where(el)}`);
  const own = el.ns === ns.xlf ? '' : (el.key.split(':')[0] ?? '');
  const children = elements(el);
  let keys = '';
  for (const child of children) keys += `${child.key} `;
  if (!contentPattern(spec, own).test(keys)) {
    // An unknown element says more than "not in that order".
    for (const child of children) specOf(child);
    const names = children.map((c) => `<${cut(c.key === '~ext' ? c.local : c.key, 20)}>`);
    fail(`${show(el)} may not contain ${names.length ? names.join(', ').slice(0, 80) : 'nothing'} in that order${where(el)}`);
  }
  if (!spec.mixed && el.children.includes(someText)) fail(`${show(el)} has text where only elements are allowed${where(el)}`);
  for (const child of children) checkSchema(child);
}

function checkAttribute(el: El, spec: ElementSpec, a: Attr): void {
  if (a.ns === '') {
    const check = lookup(spec.attrs, a.local);
    if (check && check(a.value)) return; // the common case, kept cheap
  }
  const name = cut(a.name, 60);
  const bad = () => fail(`${show(el)} has ${name}=${q(a.value)}, which is not a valid value${where(el)}`);
  const check = a.ns === '' ? lookup(spec.attrs, a.local) : a.ns === ns.xml ? lookup(spec.attrs, `xml:${a.local}`) : undefined;
  if (check) {
    if (!check(a.value)) bad();
    return;
  }
  if (a.ns === '' || (a.ns === ns.xml && !spec.other)) fail(`${show(el)} may not have the attribute ${name}${where(el)}`);
  if (!spec.other || a.ns === el.ns) fail(`${show(el)} may not have the attribute ${name} from another namespace${where(el)}`);
  const known = lookup(moduleAttributes, a.ns);
  if (known === undefined && a.ns !== ns.xml && codeKeys.includes(el.key) && el.ns === ns.xlf) fail(`${show(el)} may not have the extension attribute ${name}: codes take only module attributes${where(el)}`);
  if (known) {
    const moduleCheck = lookup(known, a.local);
    if (!moduleCheck) fail(`${show(el)} has ${name}, which is not an attribute of the ${prefixOf.get(a.ns)} module${where(el)}`);
    else if (!moduleCheck(a.value)) bad();
  } else if (known === null && lookup(itsRanges, a.local)?.(a.value) === false) bad();
}

// --- Core: structure (core: Elements) -----------------------------------------------------------

/** Per file: skeleton, ids of extension elements, sub-flows (core: skeleton, Extension Mechanisms, subFlows). */
function checkFile(file: El): void {
  for (const skeleton of elements(file).filter((c) => c.key === 'skeleton')) {
    const empty = skeleton.children.length === 0;
    if (empty && attr(skeleton, 'href') === undefined) fail(`the <skeleton> of file ${q(attr(file, 'id') ?? '')} is empty and has no href`);
    if (!empty && attr(skeleton, 'href') !== undefined) fail(`the <skeleton> of file ${q(attr(file, 'id') ?? '')} has both content and an href`);
  }
  // core: Extension Mechanisms: ids of extension elements are unique among those of the same file, group or unit.
  const inFile = descendants(file);
  const scopes = [file, ...inFile.filter((d) => d.key === 'group' || d.key === 'unit')];
  for (const scope of scopes) {
    const seen = new Set<string>();
    const visit = (el: El, inExtension: boolean) => {
      for (const child of elements(el)) {
        // Extensions live in extension points and module elements: core content other than a skeleton holds none.
        if (child.ns === ns.xlf && child.key !== 'skeleton') continue;
        const ext = inExtension || child.key === '~ext';
        if (ext) {
          const id = attr(child, 'id') ?? attr(child, 'id', ns.xml);
          if (id !== undefined && child.key === '~ext') {
            if (seen.has(id)) fail(`the extension id ${q(id)} is used twice${where(child)}`);
            seen.add(id);
          }
        }
        visit(child, ext);
      }
    };
    visit(scope, false);
  }
  const unitIds = new Set(inFile.filter((d) => d.key === 'unit').map((u) => attr(u, 'id')));
  for (const el of inFile) {
    if (el.ns !== ns.xlf || !codeKeys.includes(el.key)) continue;
    for (const name of ['subFlows', 'subFlowsStart', 'subFlowsEnd']) {
      const value = attr(el, name);
      if (value === undefined) continue;
      for (const id of value.trim().split(/[ \t\r\n]+/)) if (!unitIds.has(id)) fail(`${show(el)} has ${name} ${q(id)}, which is no unit of the file${where(el)}`);
    }
  }
}

interface Container {
  el: El;
  source: El;
  target: El | undefined;
  /** The elements inside source and target, in document order. */
  inSource: El[];
  inTarget: El[];
}

/** Per unit: everything about its segments and inline content. */
function checkUnit(unit: El): void {
  const containers: Container[] = [];
  for (const el of elements(unit)) {
    if (el.key !== 'segment' && el.key !== 'ignorable') continue;
    const source = elements(el).find((c) => c.key === 'source')!;
    const target = elements(el).find((c) => c.key === 'target');
    containers.push({ el, source, target, inSource: descendants(source), inTarget: target ? descendants(target) : [] });
  }
  checkSegments(containers);
  const codesById = new Map<string, El>();
  for (const c of containers) {
    for (const e of [...c.inSource, ...c.inTarget]) {
      const id = codeKeys.includes(e.key) ? attr(e, 'id') : undefined;
      if (id !== undefined) codesById.set(id, e);
    }
  }
  const sourceSequence = containers.flatMap((c) => c.inSource);
  const targetSequence = targetsInOrder(containers).flatMap((c) => c.inTarget);
  for (const [side, sequence] of [['source', sourceSequence], ['target', targetSequence]] as const) {
    checkCodePairs(side, sequence);
    checkMarkerPairs(sequence);
    checkCodeAttributes(codesById, sequence);
    checkReorderSequence(side, sequence);
    checkAnnotations(unit, sequence);
  }
  checkInlineIds(containers);
  checkTargetKeepsCodes(containers);
}

/** core: segment, target: state needs a target; same xml:space on source and target; unique orders (Segmentation). */
function checkSegments(containers: Container[]): void {
  const orders = new Map<number, El>();
  containers.forEach(({ el, source, target }, index) => {
    const state = attr(el, 'state');
    if (state && state !== 'initial' && !target) fail(`${show(el)} is ${state} but has no <target>${where(el)}`);
    if (target && space(source) !== space(target)) fail(`the <source> and <target> of ${show(el)} differ in xml:space${where(el)}`);
    const order = target && attr(target, 'order') !== undefined ? Number(attr(target, 'order')) : index + 1;
    if (order > containers.length) fail(`a <target> has order="${order}" but there are ${containers.length} segments${where(el)}`);
    if (orders.has(order)) fail(`two targets have order ${order}${where(el)}`);
    orders.set(order, el);
  });
}

/** The xml:space in effect at an element. */
function space(el: El): string {
  for (let p: El | null = el; p; p = p.parent) {
    const value = attr(p, 'space', ns.xml);
    if (value !== undefined) return value;
  }
  return 'default';
}

/** The unit's segments with a target, in translation order (`order`, core: Segmentation), for rules on the target side. */
function targetsInOrder(containers: Container[]): Container[] {
  return containers
    .map((c, index) => ({ c, order: c.target && attr(c.target, 'order') !== undefined ? Number(attr(c.target, 'order')) : index + 1 }))
    .filter(({ c }) => c.target !== undefined)
    .sort((a, b) => a.order - b.order)
    .map(({ c }) => c);
}

/** core: id: segment, ignorable and source inline ids are unique within a unit. */
function checkInlineIds(containers: Container[]): void {
  const seen = new Set<string>();
  for (const { el, inSource } of containers) {
    for (const e of [el, ...inSource]) {
      const id = attr(e, 'id');
      if (id === undefined || e.ns !== ns.xlf) continue;
      if (seen.has(id)) fail(`the id ${q(id)} is used twice${where(e)}`);
      seen.add(id);
    }
  }
}

// --- Core: inline codes and annotations (core: Inline Content) ---------------------------------

const codeKeys = ['ph', 'pc', 'sc', 'ec'];
const sameHints = ['canCopy', 'canDelete', 'canOverlap'];

/**
 * Where each start and end element of a kind sits in `sequence`: first start by id, and the
 * positions of the ends by startRef (in order), so pairing costs no rescans of the unit.
 */
function pairIndex(sequence: El[], start: string, end: string) {
  const starts = new Map<string, number>();
  const ends = new Map<string, number[]>();
  sequence.forEach((el, index) => {
    const id = el.key === start ? attr(el, 'id') : undefined;
    if (id !== undefined && !starts.has(id)) starts.set(id, index);
    const ref = el.key === end ? attr(el, 'startRef') : undefined;
    if (ref === undefined) return;
    const list = ends.get(ref);
    if (list) list.push(index);
    else ends.set(ref, [index]);
  });
  return {
    /** Is there a start with this id before `index`? */
    startBefore: (id: string, index: number) => (starts.get(id) ?? Infinity) < index,
    /** The position of the first end for `id` after `index` (binary search: the positions are ascending). */
    endAfter: (id: string, index: number): number | undefined => {
      const list = ends.get(id) ?? [];
      let [low, high] = [0, list.length];
      while (low < high) {
        const mid = (low + high) >> 1;
        if (list[mid]! > index) high = mid;
        else low = mid + 1;
      }
      return list[low];
    },
    hasEnd: (id: string) => ends.has(id),
  };
}

/** core: Inline Content, sc/ec: a start code pairs with a later end code in the same unit unless isolated. */
function checkCodePairs(side: string, sequence: El[]): void {
  const pairs = pairIndex(sequence, 'sc', 'ec');
  sequence.forEach((el, index) => {
    if (el.key === 'sc') {
      const id = attr(el, 'id')!;
      if (attr(el, 'isolated') === 'yes') {
        if (pairs.hasEnd(id)) fail(`${show(el)} is isolated but its <ec> is in the same unit${where(el)}`);
        return;
      }
      const at = pairs.endAfter(id, index);
      if (at === undefined) fail(`${show(el)} in the ${side} has no <ec> after it (and is not isolated)${where(el)}`);
      const end = sequence[at!]!;
      for (const hint of sameHints) if ((attr(el, hint) ?? 'yes') !== (attr(end, hint) ?? 'yes')) fail(`${show(el)} and its <ec> differ in ${hint}${where(el)}`);
      // A run of fixed codes ends with "no" on the end code of a "firstNo" start (core: Editing Hints).
      const reorder = attr(el, 'canReorder') ?? 'yes';
      const expected = reorder === 'firstNo' ? 'no' : reorder;
      if (expected !== (attr(end, 'canReorder') ?? 'yes')) fail(`the <ec> of ${show(el)} must have canReorder="${expected}"${where(el)}`);
    } else if (el.key === 'ec') {
      const startRef = attr(el, 'startRef');
      if (attr(el, 'isolated') === 'yes') {
        if (startRef !== undefined || attr(el, 'id') === undefined) fail(`an isolated <ec> must have an id and no startRef${where(el)}`);
        return;
      }
      if (startRef === undefined) fail(`${show(el)} has no startRef (or isolated="yes")${where(el)}`);
      if (attr(el, 'id') !== undefined) fail(`${show(el)} is not isolated, so it may not have an id${where(el)}`);
      if (!pairs.startBefore(startRef!, index)) fail(`${show(el)} has no <sc id=${q(startRef!)}> before it${where(el)}`);
    }
  });
}

/** core: Inline Content, sm/em: a start marker pairs with a later end marker in the same unit. */
function checkMarkerPairs(sequence: El[]): void {
  const pairs = pairIndex(sequence, 'sm', 'em');
  sequence.forEach((el, index) => {
    if (el.key === 'sm' && pairs.endAfter(attr(el, 'id')!, index) === undefined) fail(`${show(el)} has no <em> after it${where(el)}`);
    if (el.key === 'em' && !pairs.startBefore(attr(el, 'startRef')!, index)) fail(`${show(el)} has no <sm> before it${where(el)}`);
  });
}

/** Attributes of codes that depend on others: type/subType, copyOf, dataRef, equiv (core: Attributes, Inline Content). */
function checkCodeAttributes(codesById: Map<string, El>, sequence: El[]): void {
  for (const el of sequence) {
    if (!codeKeys.includes(el.key)) continue;
    const typeValue = attr(el, 'type');
    const subType = attr(el, 'subType');
    if (subType !== undefined) {
      if (typeValue === undefined) fail(`${show(el)} has a subType without a type${where(el)}`);
      const required = subType === 'xlf:var' ? 'ui' : ['xlf:lb', 'xlf:pb', 'xlf:b', 'xlf:i', 'xlf:u'].includes(subType) ? 'fmt' : subType.startsWith('xlf:') ? 'none' : null;
      if (required && typeValue !== required) fail(`${show(el)} has subType ${q(subType)}, which ${required === 'none' ? 'XLIFF does not define' : `needs type="${required}"`}${where(el)}`);
    }
    const copyOf = attr(el, 'copyOf');
    if (copyOf !== undefined) {
      const base = codesById.get(copyOf);
      if (!base || base === el) fail(`${show(el)} has copyOf=${q(copyOf)}, which is no code of the unit${where(el)}`);
      if (attr(base!, 'canCopy') === 'no') fail(`${show(el)} copies ${show(base!)}, which has canCopy="no"${where(el)}`);
      if (['dataRef', 'dataRefStart', 'dataRefEnd'].some((n) => attr(el, n) !== undefined)) fail(`${show(el)} has both copyOf and original data${where(el)}`);
    }
    if (el.key === 'pc') {
      for (const [a, b] of [['dataRefStart', 'dataRefEnd'], ['equivStart', 'equivEnd'], ['subFlowsStart', 'subFlowsEnd']] as const) {
        const [has, lacks] = attr(el, a) === undefined ? [b, a] : [a, b];
        if (attr(el, lacks) === undefined && attr(el, has) !== undefined) fail(`${show(el)} has ${has} without ${lacks}${where(el)}`);
      }
    }
  }
}

/**
 * core: Editing Hints: a code that cannot be reordered cannot be copied or deleted either, and
 * a run of such codes starts with canReorder="firstNo" and goes on with "no", with no movable code
 * in between (as xliff_core_2.1.sch reads it: inside a <pc>, the pc and the codes before it in the pc;
 * elsewhere, the element just before it).
 */
function checkReorderSequence(side: string, sequence: El[]): void {
  const movable = (e: El) => codeKeys.includes(e.key) && (attr(e, 'canReorder') ?? 'yes') === 'yes';
  const encloses = (outer: El, el: El) => {
    for (let p = el.parent; p; p = p.parent) if (p === outer) return true;
    return false;
  };
  let seenFirstNo = false;
  /** Parents in which a movable code has been seen so far (the sequence is in document order). */
  const movableSeenIn = new Set<El>();
  sequence.forEach((el, index) => {
    const reorder = attr(el, 'canReorder') ?? 'yes';
    if (movable(el)) movableSeenIn.add(el.parent!);
    if (!codeKeys.includes(el.key) || reorder === 'yes') return;
    if (reorder === 'firstNo') seenFirstNo = true;
    if (el.key !== 'ec' && (attr(el, 'canDelete') !== 'no' || attr(el, 'canCopy') !== 'no')) fail(`${show(el)} has canReorder="${reorder}" so it needs canDelete="no" and canCopy="no"${where(el)}`);
    if (reorder !== 'no') return;
    if (!seenFirstNo) fail(`${show(el)} in the ${side} has canReorder="no" but no code with canReorder="firstNo" comes before it${where(el)}`);
    const follows = () => fail(`${show(el)} in the ${side} follows a code that can be reordered${where(el)}`);
    const parent = el.parent!;
    if (ancestor(el, ['pc'])) {
      if ((parent.key === 'pc' && movable(parent)) || movableSeenIn.has(parent)) follows();
      return;
    }
    let before = index - 1;
    while (before >= 0 && encloses(sequence[before]!, el)) before--;
    const previous = sequence[before];
    if (previous && movable(previous)) follows();
  });
}

/** core: Annotations: a comment has either a value or a ref to a note of its unit. */
function checkAnnotations(unit: El, sequence: El[]): void {
  const noteIds = new Set(
    elements(unit)
      .filter((c) => c.key === 'notes')
      .flatMap(elements)
      .map((n) => attr(n, 'id')),
  );
  for (const el of sequence) {
    if (el.key !== 'mrk' && el.key !== 'sm') continue;
    const ref = attr(el, 'ref');
    if (ref !== undefined && ref.startsWith('#')) checkFragment(el, ref);
    if (attr(el, 'type') !== 'comment') continue;
    const value = attr(el, 'value');
    if ((ref === undefined) === (value === undefined)) fail(`the comment ${show(el)} must have either a value or a ref, not ${ref === undefined ? 'neither' : 'both'}${where(el)}`);
    if (ref !== undefined) {
      const fragment = ref.startsWith('#') ? parseFragment(ref) : null;
      const selectors = typeof fragment === 'string' || fragment === null ? [] : fragment;
      const leaf = selectors.at(-1);
      const noteId = leaf?.prefix === 'n' && inUnitScope(selectors.slice(0, -1), unit) ? leaf.id : null;
      if (noteId === null || !noteIds.has(noteId)) fail(`the comment ${show(el)} has ref=${q(ref)}, which is no note of its unit${where(el)}`);
    }
  }
}

/** core: Editing Hints, canDelete="no": a target present in the segment keeps the code (in some target of the unit). */
function checkTargetKeepsCodes(containers: Container[]): void {
  const inTargets = new Set(containers.flatMap((c) => c.inTarget.filter((e) => codeKeys.includes(e.key))).map(codeIdentity));
  for (const { target, inSource, inTarget } of containers) {
    if (!target) continue;
    const sourceCodes = inSource.filter((e) => codeKeys.includes(e.key));
    for (const code of sourceCodes) if (attr(code, 'canDelete') === 'no' && !inTargets.has(codeIdentity(code))) fail(`${show(code)} has canDelete="no" but is missing from the target${where(code)}`);
    if (sourceCodes.some((code) => attr(code, 'canReorder') === 'no')) checkKeptInPlace(sourceCodes, inTarget);
  }
}

/** How a code is matched between source and target: an end code by its start, others by id. */
function codeIdentity(el: El): string {
  return el.key === 'ec' && attr(el, 'startRef') !== undefined ? `ec>${attr(el, 'startRef')}` : `${el.key === 'ec' ? 'ec' : 'code'}#${attr(el, 'id')}`;
}

/** For each code, the code just before it among its siblings (if any). */
function previousCodes(codes: El[]): Map<El, El | undefined> {
  const previous = new Map<El, El | undefined>();
  const lastIn = new Map<El, El>();
  for (const code of codes) {
    previous.set(code, lastIn.get(code.parent!));
    lastIn.set(code.parent!, code);
  }
  return previous;
}

/** core: Editing Hints, canReorder="no": in the target a fixed code keeps the code before it (or its enclosing pc). */
function checkKeptInPlace(sourceCodes: El[], inTarget: El[]): void {
  const targetCodes = inTarget.filter((e) => codeKeys.includes(e.key));
  const targetByIdentity = new Map(targetCodes.map((e) => [codeIdentity(e), e]));
  const sourceBefore = previousCodes(sourceCodes);
  const targetBefore = previousCodes(targetCodes);
  for (const code of sourceCodes) {
    if (attr(code, 'canReorder') !== 'no') continue;
    const before = sourceBefore.get(code);
    const parentPc = code.parent?.key === 'pc' ? code.parent : null;
    const moved = targetByIdentity.get(codeIdentity(code));
    if ((!before && !parentPc) || !moved) continue;
    const movedBefore = targetBefore.get(moved);
    const ok = before ? movedBefore !== undefined && codeIdentity(movedBefore) === codeIdentity(before) : !movedBefore && moved.parent?.key === 'pc' && attr(moved.parent, 'id') === attr(parentPc!, 'id');
    if (!ok) fail(`${show(code)} has canReorder="no" but moved in the target${where(code)}`);
  }
}

// --- Fragment identifiers (core: Fragment Identification) --------------------------------------

interface Selector {
  prefix: string | null;
  id: string;
}
/** One-letter prefixes are the core's; modules and registered extensions have longer ones. */
const corePrefixes = ['f', 'g', 'u', 'n', 'd', 't'];
/** The modules', ITS's, and TBX's (ISO 30042, registered for extensions, used by the suite's valid files). */
const registeredPrefixes = ['mtc', 'gls', 'mda', 'res', 'ctr', 'slr', 'val', 'its', 'tbx'];

/** `#/f=f1/u=u1/n=n1` -> its selectors, or a message why it is not one. */
function parseFragment(ref: string): Selector[] | string {
  const body = ref.slice(1).replace(/^\//, '');
  const selectors: Selector[] = [];
  for (const part of body.split('/')) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      if (!nmtokenPattern.test(part)) return 'is not a fragment identifier';
      selectors.push({ prefix: null, id: part });
      continue;
    }
    const prefix = part.slice(0, eq);
    const id = part.slice(eq + 1);
    if (!/^[A-Za-z_][\w.-]*$/.test(prefix)) return `has the prefix ${q(prefix)}, which is not a name`;
    if (!nmtokenPattern.test(id)) return `has the id ${q(id)}, which is not a name`;
    if (prefix.length === 1 && !corePrefixes.includes(prefix)) return `has the prefix ${q(prefix)}, which is not an XLIFF core prefix`;
    if (prefix.length > 1 && !registeredPrefixes.includes(prefix)) return `has the prefix ${q(prefix)}, which is not registered`;
    selectors.push({ prefix, id });
  }
  // Order: file, groups, unit, then one leaf (note, data, target code, module item or plain id).
  const rank = (s: Selector) => (s.prefix === 'f' ? 0 : s.prefix === 'g' ? 1 : s.prefix === 'u' ? 2 : 3);
  let previous = -1;
  for (const [i, selector] of selectors.entries()) {
    const r = rank(selector);
    if (r === 3 && i !== selectors.length - 1) return 'has more than one leaf, or one that is not last';
    if (r < previous) return 'has its parts out of order (file, group, unit, then the item)';
    if (r !== 1 && r === previous) return `repeats the prefix ${q(selector.prefix ?? '')}`;
    previous = r;
  }
  return selectors;
}

function checkFragment(el: El, ref: string): Selector[] {
  const parsed = parseFragment(ref);
  if (typeof parsed === 'string') fail(`${show(el)} has ref=${q(ref)}, which ${parsed}${where(el)}`);
  return parsed as Selector[];
}

/** Do these container selectors name the unit itself (`f=file/u=unit`), or are they absent (relative to it)? */
function inUnitScope(containers: Selector[], unit: El): boolean {
  if (containers.length === 0) return true;
  const file = ancestor(unit, ['file']);
  const last = containers.at(-1)!;
  return last.prefix === 'u' && last.id === attr(unit, 'id') && containers.every((s) => s.prefix !== 'f' || s.id === attr(file!, 'id'));
}

/** Does `#id` (any element of a segment) or `#t=id` (one in a target) point into the unit (§5.1.6.5, §5.2)? */
function pointsIntoUnit(selectors: Selector[], unit: El): boolean {
  const leaf = selectors.at(-1);
  if (!leaf || (leaf.prefix !== null && leaf.prefix !== 't') || !inUnitScope(selectors.slice(0, -1), unit)) return false;
  const ids = spanIds(unit);
  return (leaf.prefix === 't' ? ids.target : ids.any).has(leaf.id);
}

const spanIdCache = new WeakMap<El, { any: Set<string>; target: Set<string> }>();
/** Ids of the unit's segments and the elements in them, and of those in its targets (once per unit). */
function spanIds(unit: El): { any: Set<string>; target: Set<string> } {
  let ids = spanIdCache.get(unit);
  if (!ids) {
    ids = { any: new Set(), target: new Set() };
    for (const container of elements(unit).filter((c) => c.key === 'segment' || c.key === 'ignorable')) {
      for (const e of [container, ...descendants(container)]) {
        const id = attr(e, 'id');
        if (id === undefined || e.ns !== ns.xlf) continue;
        ids.any.add(id);
        if (ancestor(e, ['target', 'source'])?.key === 'target') ids.target.add(id);
      }
    }
    spanIdCache.set(unit, ids);
  }
  return ids;
}

// --- Modules (§5) ------------------------------------------------------------------------------

function checkModules(root: El, all: El[]): void {
  for (const el of all) {
    switch (el.key) {
      case 'mtc:matches':
        checkMatches(el);
        break;
      case 'gls:glossary':
        checkGlossary(el);
        break;
      case 'mda:metadata':
        checkMetadata(el);
        break;
      case 'res:resourceData':
        checkResourceData(el, root);
        break;
      case 'ctr:changeTrack':
        checkChangeTrack(el);
        break;
      case 'val:rule':
        checkValidationRule(el);
        break;
    }
    // Module attributes are namespaced: most elements have none.
    if (el.ns === ns.xlf && hasPrefixedAttribute(el)) {
      checkFormatStyle(el);
      checkSizeRestriction(el);
    }
  }
}

/** Ids unique among `elements` (the module sections' "id Constraints"). */
function uniqueIds(list: El[], scope: string): void {
  const seen = new Set<string>();
  for (const el of list) {
    const id = attr(el, 'id');
    if (id === undefined) continue;
    if (seen.has(id)) fail(`the id ${q(id)} is used twice in ${scope}${where(el)}`);
    seen.add(id);
  }
}

/** §5.1 Translation Candidates: unique ids, no xml:lang, subType needs type, ref to a span of the unit. */
function checkMatches(matches: El): void {
  const list = elements(matches);
  uniqueIds(list, '<mtc:matches>');
  const unit = ancestor(matches, ['unit']);
  if (!unit) return; // only inside an extension element (elsewhere the schema check refused it)
  for (const match of list) {
    if (attr(match, 'lang', ns.xml) !== undefined) fail(`${show(match)} may not have xml:lang${where(match)}`);
    if (attr(match, 'subType') !== undefined && attr(match, 'type') === undefined) fail(`${show(match)} has a subType without a type${where(match)}`);
    const ref = attr(match, 'ref')!;
    if (!ref.startsWith('#')) fail(`${show(match)} has ref=${q(ref)}, which is not a fragment identifier (#id)${where(match)}`);
    if (!pointsIntoUnit(checkFragment(match, ref), unit)) fail(`${show(match)} has ref=${q(ref)}, which points to no span of its unit${where(match)}`);
  }
}

/** §5.2 Glossary: unique ids, an entry has a translation or definition, refs point into the unit. */
function checkGlossary(glossary: El): void {
  const entries = elements(glossary);
  uniqueIds([...entries, ...entries.flatMap(elements).filter((e) => e.key === 'gls:translation')], '<gls:glossary>');
  const unit = ancestor(glossary, ['unit']);
  if (!unit) return; // only inside an extension element (elsewhere the schema check refused it)
  for (const entry of entries) {
    if (!elements(entry).some((e) => e.key === 'gls:translation' || e.key === 'gls:definition')) fail(`${show(entry)} has neither a <gls:translation> nor a <gls:definition>${where(entry)}`);
    for (const el of [entry, ...elements(entry)]) {
      const ref = attr(el, 'ref');
      if (ref === undefined) continue;
      // "#id", a fragment identifier, or a plain id (what glossary.sch accepts: the part after any "#").
      const selectors = ref.includes('#') ? checkFragment(el, ref.slice(ref.indexOf('#'))) : [{ prefix: null, id: ref }];
      if (!pointsIntoUnit(selectors, unit)) fail(`${show(el)} has ref=${q(ref)}, which points to no span of its unit${where(el)}`);
    }
  }
}

/** §5.4 Metadata: metaGroup ids unique within the metadata element. */
function checkMetadata(metadata: El): void {
  uniqueIds(descendants(metadata).filter((e) => e.key === 'mda:metaGroup'), '<mda:metadata>');
}

/** §5.5 Resource Data: unique ids, href xor content, the source language of the document. */
function checkResourceData(data: El, root: El): void {
  const items = elements(data);
  uniqueIds(items, '<res:resourceData>');
  for (const item of items) {
    if (item.key === 'res:resourceItemRef') continue;
    for (const side of elements(item)) {
      if (side.key === 'res:reference') continue;
      const hasContent = side.children.length > 0;
      const href = attr(side, 'href') !== undefined;
      if (hasContent === href) fail(`<${side.key}> of ${show(item)} must have ${href ? 'content or an href, not both' : 'an href when it is empty'}${where(item)}`);
      // §5.5.4.5: a source resource is in the document's source language. (The suite's valid files give
      // <res:target> other languages than trgLang, so that side is not checked.)
      const lang = attr(side, 'lang', ns.xml);
      const srcLang = attr(root, 'srcLang') ?? '';
      if (side.key === 'res:source' && lang !== undefined && lang.toLowerCase() !== srcLang.toLowerCase()) fail(`<res:source> of ${show(item)} has xml:lang ${q(lang)} where the document says ${q(srcLang)}${where(item)}`);
    }
  }
}

const trackedCache = new WeakMap<El, { byId: Map<string, El>; withIds: Map<string, number> }>();
/** What revisions in `owner` can be about: its elements outside change tracking, by id, and how many of each name have ids. */
function trackedElements(owner: El): { byId: Map<string, El>; withIds: Map<string, number> } {
  let tracked = trackedCache.get(owner);
  if (!tracked) {
    tracked = { byId: new Map(), withIds: new Map() };
    for (const e of descendants(owner)) {
      const id = attr(e, 'id');
      if (id === undefined || e.ns === ns.ctr || ancestor(e, ['ctr:changeTrack'])) continue;
      if (!tracked.byId.has(id)) tracked.byId.set(id, e);
      tracked.withIds.set(e.local, (tracked.withIds.get(e.local) ?? 0) + 1);
    }
    trackedCache.set(owner, tracked);
  }
  return tracked;
}

/** §5.6 Change Tracking: revisions point to an element of their parent, items name content or an attribute of it. */
function checkChangeTrack(track: El): void {
  const owner = track.parent!;
  const { byId, withIds } = trackedElements(owner);
  for (const revisions of elements(track)) {
    const appliesTo = attr(revisions, 'appliesTo')!;
    const ref = attr(revisions, 'ref');
    let referenced: El | undefined;
    if (ref !== undefined) {
      referenced = byId.get(ref);
      if (!referenced) fail(`${show(revisions)} has ref=${q(ref)}, which is no element of its ${owner.key}${where(revisions)}`);
    } else if ((withIds.get(appliesTo) ?? 0) > 1) {
      fail(`<ctr:revisions appliesTo=${q(appliesTo)}> needs a ref: there are several <${appliesTo}> with ids${where(revisions)}`);
    }
    for (const revision of elements(revisions).filter((e) => e.key === 'ctr:revision')) {
      const properties = new Set<string>();
      for (const item of elements(revision).filter((e) => e.key === 'ctr:item')) {
        const property = attr(item, 'property')!;
        if (properties.has(property)) fail(`a <ctr:revision> records property ${q(property)} twice${where(revision)}`);
        properties.add(property);
        if (referenced && referenced.local === appliesTo && property !== 'content' && attr(referenced, property) === undefined) {
          fail(`<ctr:item property=${q(property)}> names no attribute of ${show(referenced)}${where(item)}`);
        }
      }
    }
  }
}

/** §5.8 Validation: a rule has exactly one test (or a custom one), occurs with isPresent, existsInSource with a pattern. */
function checkValidationRule(rule: El): void {
  const tests = ['isPresent', 'isNotPresent', 'startsWith', 'endsWith'].filter((n) => attr(rule, n) !== undefined);
  const custom = attributesOf(rule).some((a) => a.ns !== '' && a.ns !== ns.val && a.ns !== ns.xml);
  if (tests.length > 1) fail(`a <val:rule> has ${tests.join(' and ')}: only one test is allowed${where(rule)}`);
  if (tests.length === 0 && !custom) fail(`a <val:rule> has no test (isPresent, isNotPresent, startsWith or endsWith)${where(rule)}`);
  if (attr(rule, 'occurs') !== undefined && tests[0] !== 'isPresent') fail(`a <val:rule> has occurs without isPresent${where(rule)}`);
  if (attr(rule, 'existsInSource') !== undefined && !['isPresent', 'startsWith', 'endsWith'].includes(tests[0] ?? '')) fail(`a <val:rule> has existsInSource without isPresent, startsWith or endsWith${where(rule)}`);
}

/** §5.3 Format Style: subFs needs fs; on an end code only when it is isolated. */
function checkFormatStyle(el: El): void {
  const fs = attr(el, 'fs', ns.fs);
  const subFs = attr(el, 'subFs', ns.fs);
  if (subFs !== undefined && fs === undefined) fail(`${show(el)} has fs:subFs without fs:fs${where(el)}`);
  if ((fs !== undefined || subFs !== undefined) && el.key === 'ec' && attr(el, 'isolated') !== 'yes') fail(`${show(el)} may have fs:fs only when isolated${where(el)}`);
}

const sizeDataCache = new WeakMap<El, Set<string>>();
/** Ids inside the <slr:data> children of `parent` (once per parent). */
function sizeDataIds(parent: El): Set<string> {
  let ids = sizeDataCache.get(parent);
  if (!ids) {
    ids = new Set();
    for (const data of elements(parent).filter((c) => c.key === 'slr:data')) {
      for (const d of descendants(data)) {
        const id = attr(d, 'id');
        if (id !== undefined) ids.add(id);
      }
    }
    sizeDataCache.set(parent, ids);
  }
  return ids;
}

/** §5.7 Size and Length Restriction: sizeInfo xor sizeInfoRef, end codes only when isolated, refs to a slr:data in scope. */
function checkSizeRestriction(el: El): void {
  const sizeInfo = attr(el, 'sizeInfo', ns.slr);
  const sizeInfoRef = attr(el, 'sizeInfoRef', ns.slr);
  if (sizeInfo !== undefined && sizeInfoRef !== undefined) fail(`${show(el)} has both slr:sizeInfo and slr:sizeInfoRef${where(el)}`);
  if (el.key === 'ec' && attr(el, 'isolated') !== 'yes') {
    for (const name of ['equivStorage', 'sizeInfo', 'sizeInfoRef']) if (attr(el, name, ns.slr) !== undefined) fail(`${show(el)} may have slr:${name} only when isolated${where(el)}`);
  }
  if (sizeInfoRef !== undefined) {
    let found = false;
    for (let p: El | null = el; p?.parent && !found; p = p.parent) found = sizeDataIds(p.parent).has(sizeInfoRef);
    if (!found) fail(`${show(el)} has slr:sizeInfoRef=${q(sizeInfoRef)}, which is in no <slr:data> beside it or its parents${where(el)}`);
  }
}
