/**
 * Glossaries as TBX, the terminology exchange format of CAT tools: TBX 2 (`<martif>`,
 * termEntry/langSet/tig|ntig/term, ISO 30042:2008, TBX-Basic) and TBX 3 (`<tbx>`,
 * conceptEntry/langSec/termSec/term). Only the Indonesian and English sides are kept.
 *
 * Reading is event-based with htmlparser2 in XML mode: nothing is fetched, no DTD is read and no
 * entity is expanded. A file that declares entities or an internal DTD subset (the billion laughs,
 * XXE) is refused outright, as is one nested deeper than any termbase needs or carrying a huge
 * attribute or text run, so a hostile file costs one linear pass and changes nothing.
 */
import { Parser } from 'htmlparser2';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { GlossaryTerm } from '../../src-preload/contract/translation.ts';
import { type GlossaryDraft, glossaryFileLimits, importFailed, languageOf, uniqueVariants } from './glossaryDraft.ts';

/** A term of one language inside an entry, and whether its status forbids it. */
interface TbxTerm {
  text: string;
  forbidden: boolean;
  preferred: boolean;
}

interface EntryState {
  lang: Map<Lang, TbxTerm[]>;
  notes: string[];
}

/** The result of reading a TBX: entries with an Indonesian or English term, and entries without. */
export interface TbxGlossary {
  drafts: GlossaryDraft[];
  /** Entries with neither an Indonesian nor an English term (other language pairs). */
  otherLanguages: number;
}

const entryTags = new Set(['termentry', 'conceptentry']);
const langTags = new Set(['langset', 'langsec']);
const termGroupTags = new Set(['tig', 'ntig', 'termsec']);
// Metadata about who changed what when, cross-references and admin data are not notes a translator needs.
const ignoredTags = new Set(['transacgrp', 'transac', 'transacnote', 'date', 'xref', 'ref', 'admin', 'admingrp']);
const noteTags = new Set(['note', 'descrip']);
/** Terms one entry may list per language (a term, its synonyms and forbidden variants; real ones have a handful). */
const maxTermsPerLanguage = 200;
const statusTypes = /^(administrativestatus|normativeauthorization)$/i;
const forbiddenStatus = /deprecated|superseded/i;
const preferredStatus = /preferred/i;

/** Refuses what a safe reader must never process: internal DTD subsets and entity declarations. */
function refuseDangerousDeclarations(xml: string): void {
  if (/<!ENTITY/i.test(xml)) throw importFailed('the TBX declares XML entities, which Redaksi does not expand');
  const doctype = /<!DOCTYPE[^>[]*\[/i.exec(xml);
  if (doctype) throw importFailed('the TBX has an internal DTD subset, which Redaksi does not read');
}

/** Reads a TBX glossary (already decoded). Throws IMPORT_FAILED for hostile or non-TBX files. */
export function readGlossaryTbx(xml: string): TbxGlossary {
  refuseDangerousDeclarations(xml);
  const { maxDepth, maxAttributes, maxXmlValueChars, maxEntries } = glossaryFileLimits;
  const drafts: GlossaryDraft[] = [];
  let otherLanguages = 0;
  let root: string | null = null;
  const stack: string[] = [];
  let entry: EntryState | null = null;
  let lang: Lang | null | undefined; // undefined outside a langSet, null inside one of another language
  let group: TbxTerm[] | null = null; // terms of the current tig/ntig/termSec
  let text: string[] | null = null; // text being collected for a term or note
  let textChars = 0;
  let textKind: { kind: 'term' } | { kind: 'note'; label: string } | { kind: 'status' } | null = null;
  let statusIsFor: TbxTerm[] | null = null;
  let ignoredDepth = 0;
  let failure: Error | null = null;

  const fail = (message: string) => {
    failure ??= importFailed(message);
    parser.pause();
  };

  const finishEntry = (e: EntryState) => {
    const pick = (l: Lang) => {
      const terms = e.lang.get(l) ?? [];
      const allowed = terms.filter((t) => !t.forbidden);
      const main = allowed.find((t) => t.preferred) ?? allowed[0];
      return {
        term: main?.text ?? '',
        others: allowed.filter((t) => t !== main).map((t) => t.text),
        forbidden: uniqueVariants(terms.filter((t) => t.forbidden).map((t) => t.text)),
      };
    };
    const id = pick('id');
    const en = pick('en');
    if (!id.term && !en.term) {
      otherLanguages++;
      return;
    }
    if (drafts.length >= maxEntries) return fail(`the TBX has more than ${maxEntries} entries`);
    // Our entries hold one term per language: admitted synonyms are kept in the note.
    const synonyms = [...(id.others.length ? [`id: ${id.others.join('; ')}`] : []), ...(en.others.length ? [`en: ${en.others.join('; ')}`] : [])];
    drafts.push({
      termId: id.term,
      termEn: en.term,
      forbiddenId: id.forbidden,
      forbiddenEn: en.forbidden,
      note: [...new Set([...e.notes, ...synonyms])].join('\n'),
    });
  };

  const parser = new Parser(
    {
      onattribute(_name, value) {
        if (value.length > maxXmlValueChars) fail(`the TBX has an attribute longer than ${maxXmlValueChars} characters`);
      },
      onopentag(rawName, attribs) {
        if (failure) return;
        const name = rawName.toLowerCase();
        stack.push(name);
        if (stack.length > maxDepth) return fail(`the TBX is nested more than ${maxDepth} levels deep`);
        if (Object.keys(attribs).length > maxAttributes) return fail(`a TBX element has more than ${maxAttributes} attributes`);
        if (root === null) {
          root = name;
          if (name !== 'martif' && name !== 'tbx') return fail('the file is not TBX: its root element is neither <martif> nor <tbx>');
        }
        if (ignoredDepth > 0 || ignoredTags.has(name)) {
          ignoredDepth++;
          return;
        }
        if (entryTags.has(name)) {
          entry = { lang: new Map(), notes: [] };
        } else if (entry && langTags.has(name)) {
          lang = languageOf(attribs['xml:lang'] ?? attribs.lang ?? '');
        } else if (entry && lang && termGroupTags.has(name)) {
          group = [];
          statusIsFor = group;
        } else if (entry && lang !== null && name === 'term') {
          text = [];
          textChars = 0;
          textKind = { kind: 'term' };
        } else if (entry && lang !== null && name === 'termnote' && statusTypes.test(attribs.type ?? '')) {
          text = [];
          textChars = 0;
          textKind = { kind: 'status' };
        } else if (entry && lang !== null && noteTags.has(name)) {
          text = [];
          textChars = 0;
          const type = attribs.type ?? '';
          textKind = { kind: 'note', label: name === 'descrip' && type ? type : '' };
        }
      },
      ontext(data) {
        if (failure || ignoredDepth > 0 || !text) return;
        text.push(data);
        textChars += data.length;
        if (textChars > maxXmlValueChars) fail(`the TBX has a text longer than ${maxXmlValueChars} characters`);
      },
      onclosetag(rawName) {
        if (failure) return;
        const name = rawName.toLowerCase();
        // Unbalanced end tags are ignored; the stack follows the element actually closed.
        const at = stack.lastIndexOf(name);
        if (at === -1) return;
        stack.length = at;
        if (ignoredDepth > 0) {
          ignoredDepth--;
          return;
        }
        const raw = text?.join('') ?? '';
        const value = raw.replace(/\s+/g, ' ').trim();
        if (name === 'term' && textKind?.kind === 'term') {
          // A <termEntry/> inside the <term> (found by fuzzing) has already closed the entry: nothing to add to.
          const current: EntryState | null = entry;
          if (value && lang && current) {
            const term: TbxTerm = { text: value, forbidden: false, preferred: false };
            if (group) group.push(term);
            else statusIsFor = [term];
            const list = current.lang.get(lang) ?? [];
            if (list.length >= maxTermsPerLanguage) return fail(`a TBX entry has more than ${maxTermsPerLanguage} terms in one language`);
            list.push(term);
            current.lang.set(lang, list);
          }
        } else if (name === 'termnote' && textKind?.kind === 'status') {
          for (const t of statusIsFor ?? []) {
            if (forbiddenStatus.test(value)) t.forbidden = true;
            else if (preferredStatus.test(value)) t.preferred = true;
          }
        } else if (noteTags.has(name) && textKind?.kind === 'note' && entry && value) {
          // A note keeps its line breaks; the indentation of pretty-printed XML goes.
          const lines = raw
            .split(/\r\n|\r|\n/)
            .map((l) => l.replace(/[ \t]+/g, ' ').trim())
            .filter(Boolean)
            .join('\n');
          entry.notes.push(textKind.label ? `${textKind.label}: ${lines}` : lines);
        } else if (termGroupTags.has(name)) {
          group = null;
          statusIsFor = null;
        } else if (langTags.has(name)) {
          lang = undefined;
        } else if (entryTags.has(name) && entry) {
          finishEntry(entry);
          entry = null;
        }
        if (name === 'term' || name === 'termnote' || noteTags.has(name)) {
          text = null;
          textChars = 0;
          textKind = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  // A file cut off mid-way would otherwise be read up to the cut, its open elements closed for it.
  if (!failure && stack.length > 0) fail(`the TBX ends inside <${stack.at(-1)}>: the file is cut off`);
  if (!failure) parser.end();
  if (failure) throw failure;
  if (root === null) throw importFailed('the file is not TBX: it has no XML elements');
  return { drafts, otherLanguages };
}

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex -- characters XML 1.0 cannot carry at all
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

function langSet(lang: Lang, term: string, forbidden: readonly string[]): string {
  if (!term && forbidden.length === 0) return '';
  const tigs: string[] = [];
  if (term) tigs.push(`        <tig>\n          <term>${escapeXml(term)}</term>\n          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>\n        </tig>`);
  for (const f of forbidden) {
    tigs.push(`        <tig>\n          <term>${escapeXml(f)}</term>\n          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>\n        </tig>`);
  }
  return `      <langSet xml:lang="${lang}">\n${tigs.join('\n')}\n      </langSet>\n`;
}

/** The glossary as TBX-Basic (TBX 2, `<martif>`), valid against TBXcoreStructV02.dtd. */
export function writeGlossaryTbx(terms: readonly GlossaryTerm[]): string {
  const entries = terms.map((t) => {
    const note = t.note ? `      <note>${escapeXml(t.note)}</note>\n` : '';
    return `    <termEntry id="e-${escapeXml(t.id)}">\n${note}${langSet('id', t.termId, t.forbiddenId)}${langSet('en', t.termEn, t.forbiddenEn)}    </termEntry>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n' +
    '<martif type="TBX-Basic" xml:lang="id">\n' +
    '  <martifHeader>\n' +
    '    <fileDesc>\n      <sourceDesc>\n        <p>Redaksi glossary</p>\n      </sourceDesc>\n    </fileDesc>\n' +
    '    <encodingDesc>\n      <p type="XCSURI">TBXBasicXCSV02.xcs</p>\n    </encodingDesc>\n' +
    '  </martifHeader>\n' +
    '  <text>\n    <body>\n' +
    entries.join('') +
    '    </body>\n  </text>\n</martif>\n'
  );
}
