/**
 * Reader for hunspell `.aff` files: the parts our checker uses. Handles FLAG short/long/num/UTF-8,
 * AF flag aliases, PFX/SFX with strip, append, continuation flags and conditions, cross product,
 * NEEDAFFIX, CIRCUMFIX, ONLYINCOMPOUND, FORBIDDENWORD, KEEPCASE, NOSUGGEST, and REP/TRY/MAP/KEY
 * for suggestions. Compounding (COMPOUNDRULE etc.) is not implemented: en_US uses it only for
 * ordinals like "21st", which the checker accepts anyway because they contain digits.
 */

export type FlagType = 'short' | 'long' | 'num' | 'utf8';

export interface AffixEntry {
  kind: 'PFX' | 'SFX';
  flag: string;
  cross: boolean;
  /** Characters removed from the stem before appending (at its start for PFX, its end for SFX). */
  strip: string;
  append: string;
  /** Continuation flags of the affixed form (twofold affixes, circumfix, needaffix). */
  cont: ReadonlySet<string>;
  /** Tests the stem (before strip): anchored at its start for PFX, at its end for SFX. */
  condition: RegExp | null;
}

export interface AffixData {
  flagType: FlagType;
  encoding: string;
  prefixes: Map<string, AffixEntry[]>;
  suffixes: Map<string, AffixEntry[]>;
  needAffix: string | null;
  circumfix: string | null;
  onlyInCompound: string | null;
  forbiddenWord: string | null;
  keepCase: string | null;
  noSuggest: string | null;
  /** REP pairs in file order: a typical misspelling and its replacement (`_` is a space). */
  rep: Array<[from: string, to: string]>;
  /** Characters to try in suggestions, most frequent first. */
  tryChars: string;
  /** MAP groups: characters (or strings) that are related, e.g. accented variants. */
  map: string[][];
  /** KEY rows for keyboard adjacency, e.g. "qwertyuiop|asdfghjkl|zxcvbnm". */
  key: string[];
  /** Flag alias table (AF): index 1.. -> flag string in the declared flag type. */
  aliases: string[];
}

/** The `SET` encoding named in an .aff file's bytes, read before decoding the rest. */
export function affEncoding(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 8192)));
  const m = /^SET\s+(\S+)/m.exec(head);
  return normaliseEncoding(m?.[1] ?? 'ISO8859-1');
}

/** Maps hunspell's encoding names to TextDecoder labels. */
export function normaliseEncoding(name: string): string {
  const n = name.toUpperCase();
  if (n === 'UTF-8' || n === 'UTF8') return 'utf-8';
  const iso = /^ISO-?8859-?(\d+)$/.exec(n);
  if (iso) return iso[1] === '1' ? 'latin1' : `iso-8859-${iso[1]}`;
  return name.toLowerCase();
}

/** Splits a flag field into flags according to the flag type. */
export function splitFlags(field: string, flagType: FlagType, aliases: readonly string[] = []): string[] {
  if (field === '') return [];
  if (aliases.length > 0 && /^\d+$/.test(field)) return splitFlags(aliases[Number(field)] ?? '', flagType);
  switch (flagType) {
    case 'long': {
      const out: string[] = [];
      for (let i = 0; i < field.length; i += 2) out.push(field.slice(i, i + 2));
      return out;
    }
    case 'num':
      return field.split(',').filter((f) => f !== '');
    case 'utf8':
      return [...field];
    case 'short':
      return field.split('');
  }
}

const regexSpecial = /[\\^$.*+?()[\]{}|/-]/g;

/**
 * Compiles a hunspell condition ("[^aeiou]y", ".", "p[^l^r]") to an anchored RegExp, or null for
 * "." (matches anything). Hunspell has no ranges: every character inside brackets is literal.
 */
export function compileCondition(condition: string, kind: 'PFX' | 'SFX'): RegExp | null {
  if (condition === '' || condition === '.') return null;
  let source = '';
  for (let i = 0; i < condition.length; i++) {
    const ch = condition[i]!;
    if (ch === '.') source += '.';
    else if (ch === '[') {
      const close = condition.indexOf(']', i + 1);
      if (close < 0) throw new Error(`unclosed [ in condition ${condition}`);
      let body = condition.slice(i + 1, close);
      const negate = body.startsWith('^');
      if (negate) body = body.slice(1);
      source += `[${negate ? '^' : ''}${body.replace(regexSpecial, '\\$&')}]`;
      i = close;
    } else source += ch.replace(regexSpecial, '\\$&');
  }
  return new RegExp(kind === 'PFX' ? `^(?:${source})` : `(?:${source})$`, 'u');
}

/** Parses the text of an .aff file (already decoded with `affEncoding`). */
export function parseAffix(text: string): AffixData {
  const data: AffixData = {
    flagType: 'short',
    encoding: 'latin1',
    prefixes: new Map(),
    suffixes: new Map(),
    needAffix: null,
    circumfix: null,
    onlyInCompound: null,
    forbiddenWord: null,
    keepCase: null,
    noSuggest: null,
    rep: [],
    tryChars: '',
    map: [],
    key: [],
    aliases: [''],
  };
  const headers = new Map<string, { cross: boolean; remaining: number }>();
  const lines = text.split(/\r?\n/);
  // FLAG may come after other directives in theory; read it first so every flag splits right.
  for (const line of lines) {
    const m = /^FLAG\s+(\S+)/.exec(line);
    if (m) data.flagType = m[1] === 'long' ? 'long' : m[1] === 'num' ? 'num' : m[1]!.toUpperCase() === 'UTF-8' ? 'utf8' : 'short';
  }
  const single = (field: string | undefined): string | null => (field ? (splitFlags(field, data.flagType)[0] ?? null) : null);

  for (const raw of lines) {
    // Comments start with '#' at line start or after whitespace ("PFX B0 Y 2	# ber-").
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const parts = line.split(/\s+/);
    const head = parts[0]!;
    switch (head) {
      case 'SET':
        data.encoding = normaliseEncoding(parts[1] ?? 'ISO8859-1');
        break;
      case 'TRY':
        data.tryChars = parts[1] ?? '';
        break;
      case 'NEEDAFFIX':
      case 'PSEUDOROOT':
        data.needAffix = single(parts[1]);
        break;
      case 'CIRCUMFIX':
        data.circumfix = single(parts[1]);
        break;
      case 'ONLYINCOMPOUND':
        data.onlyInCompound = single(parts[1]);
        break;
      case 'FORBIDDENWORD':
        data.forbiddenWord = single(parts[1]);
        break;
      case 'KEEPCASE':
        data.keepCase = single(parts[1]);
        break;
      case 'NOSUGGEST':
        data.noSuggest = single(parts[1]);
        break;
      case 'KEY':
        data.key = (parts[1] ?? '').split('|');
        break;
      case 'AF':
        // The first AF line is the count; the rest are the aliases 1..n in order.
        if (parts.length >= 2 && !/^\d+$/.test(parts[1]!)) data.aliases.push(parts[1]!);
        break;
      case 'REP':
        if (parts.length >= 3) data.rep.push([parts[1]!.replace(/_/g, ' '), parts[2]!.replace(/_/g, ' ')]);
        break;
      case 'MAP':
        if (parts.length >= 2 && !/^\d+$/.test(parts[1]!)) data.map.push(splitMapGroup(parts[1]!));
        break;
      case 'PFX':
      case 'SFX': {
        const flag = parts[1] ?? '';
        const key = `${head} ${flag}`;
        const header = headers.get(key);
        if (!header || header.remaining === 0) {
          // Header: "SFX flag Y|N count".
          headers.set(key, { cross: parts[2] === 'Y', remaining: Number(parts[3] ?? 0) });
          break;
        }
        header.remaining--;
        const strip = parts[2] === '0' ? '' : (parts[2] ?? '');
        const [appendRaw = '', contRaw = ''] = (parts[3] ?? '').split('/');
        const append = appendRaw === '0' ? '' : appendRaw;
        // A missing condition means "any stem", as hunspell reads it (id_ID has such lines).
        const condition = compileCondition(parts[4] ?? '.', head);
        const entry: AffixEntry = {
          kind: head,
          flag,
          cross: header.cross,
          strip,
          append,
          cont: new Set(splitFlags(contRaw, data.flagType, data.aliases)),
          condition,
        };
        const table = head === 'PFX' ? data.prefixes : data.suffixes;
        const list = table.get(flag) ?? [];
        list.push(entry);
        table.set(flag, list);
        break;
      }
      default:
        break;
    }
  }
  return data;
}

function splitMapGroup(group: string): string[] {
  // "(ss)ß" style groups put multi-character members in parentheses.
  const out: string[] = [];
  for (let i = 0; i < group.length; i++) {
    if (group[i] === '(') {
      const close = group.indexOf(')', i);
      out.push(group.slice(i + 1, close < 0 ? undefined : close));
      i = close < 0 ? group.length : close;
    } else out.push(group[i]!);
  }
  return out;
}
