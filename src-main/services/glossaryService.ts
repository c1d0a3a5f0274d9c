/**
 * The glossary: entries in both languages, import/export (TBX, CSV), and matching terms in a
 * text with Indonesian affixes and English inflections tolerated.
 *
 * One entry per Indonesian–English pair: saving a second entry with the same two terms (case and
 * spacing aside) is a CONFLICT, and an import updates the entry it repeats instead of adding a
 * copy. `all()` hands out one array until the glossary changes, which is what lets matchTerms
 * compile the glossary once per change rather than once per sentence.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Db } from '../db/openDatabase.ts';
import type { Output, ParsedInput } from '../../src-preload/contract/api.ts';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { GlossaryHit, GlossaryTerm } from '../../src-preload/contract/translation.ts';
import { type GlossaryDraft, glossaryFileLimits, uniqueVariants } from '../glossary/glossaryDraft.ts';
import { writeGlossaryCsv } from '../glossary/glossaryCsv.ts';
import { writeGlossaryTbx } from '../glossary/glossaryTbx.ts';
import { matchTerms } from '../glossary/matchTerms.ts';
import { readGlossaryFileInWorker } from '../interchange/runInterchangeWorker.ts';
import { AppError } from './appError.ts';

export interface GlossaryOptions {
  now?: () => Date;
  author: () => string;
}

interface Row {
  id: string;
  term_id: string;
  term_en: string;
  forbidden_id: string;
  forbidden_en: string;
  note: string;
  case_sensitive: number;
  updated_by: string;
  updated_at: string;
}

const fromRow = (r: Row): GlossaryTerm => ({
  id: r.id,
  termId: r.term_id,
  termEn: r.term_en,
  forbiddenId: JSON.parse(r.forbidden_id) as string[],
  forbiddenEn: JSON.parse(r.forbidden_en) as string[],
  note: r.note,
  caseSensitive: r.case_sensitive === 1,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

/** What makes two entries the same: both terms, case and spacing aside. */
const pairKey = (termId: string, termEn: string) =>
  `${termId.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}\u0000${termEn.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}`;

/** Folded for searching: no accents, lower case. */
const searchable = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// One collator for every comparison: localeCompare with options builds one per call (80x slower on 100k entries).
const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
const byTerms = (a: GlossaryTerm, b: GlossaryTerm) => collator.compare(a.termId || a.termEn, b.termId || b.termEn) || collator.compare(a.termEn, b.termEn);

export class GlossaryService {
  readonly db: Db;
  readonly options: GlossaryOptions;
  private cache: readonly GlossaryTerm[] | null = null;
  private insertStatement: Database.Statement | undefined;
  private updateStatement: Database.Statement | undefined;

  constructor(db: Db, options: GlossaryOptions) {
    this.db = db;
    this.options = options;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  /**
   * Entries in alphabetical order; with `query`, those whose term in either language (or a
   * forbidden variant) contains it, accents and case aside, entries starting with it first.
   */
  list(input: ParsedInput<'listGlossaryTerms'>): Output<'listGlossaryTerms'> {
    const limit = input.limit ?? 5000;
    const sorted = [...this.all()].sort(byTerms);
    const query = searchable(input.query?.trim() ?? '');
    if (!query) return sorted.slice(0, limit);
    const rank = (t: GlossaryTerm): number => {
      const terms = [t.termId, t.termEn].map(searchable);
      if (terms.some((s) => s.startsWith(query))) return 0;
      if (terms.some((s) => s.includes(query))) return 1;
      if ([...t.forbiddenId, ...t.forbiddenEn].some((s) => searchable(s).includes(query))) return 2;
      return -1;
    };
    return sorted
      .map((t) => ({ t, r: rank(t) }))
      .filter((x) => x.r >= 0)
      .sort((a, b) => a.r - b.r)
      .slice(0, limit)
      .map((x) => x.t);
  }

  /** Adds an entry (no id) or changes one (fields left out keep their value). */
  save(input: ParsedInput<'saveGlossaryTerm'>): Output<'saveGlossaryTerm'> {
    const id = input.id ?? randomUUID();
    this.db.transaction(() => {
      const existing = input.id ? this.row(input.id) : undefined;
      if (input.id && !existing) throw new AppError('NOT_FOUND', `no glossary entry ${input.id}`);
      const key = pairKey(input.termId, input.termEn);
      const twin = this.all().find((t) => t.id !== id && pairKey(t.termId, t.termEn) === key);
      if (twin) throw new AppError('CONFLICT', `the glossary already has an entry for "${input.termId}" / "${input.termEn}"`);
      const entry = {
        termId: input.termId.replace(/\s+/g, ' '),
        termEn: input.termEn.replace(/\s+/g, ' '),
        forbiddenId: uniqueVariants(input.forbiddenId ?? existing?.forbiddenId ?? []),
        forbiddenEn: uniqueVariants(input.forbiddenEn ?? existing?.forbiddenEn ?? []),
        note: input.note ?? existing?.note ?? '',
        caseSensitive: input.caseSensitive ?? existing?.caseSensitive ?? false,
      };
      if (existing) this.update(id, entry);
      else this.insert(id, entry);
    })();
    this.cache = null;
    return this.row(id)!;
  }

  delete(id: string): Output<'deleteGlossaryTerm'> {
    const { changes } = this.db.prepare('DELETE FROM glossary_terms WHERE id = ?').run(id);
    if (changes === 0) throw new AppError('NOT_FOUND', `no glossary entry ${id}`);
    this.cache = null;
    return { deleted: true };
  }

  /**
   * Imports a TBX or CSV file (by extension) in one transaction: a file that cannot be read
   * changes nothing. An entry that repeats an existing pair updates it: its note replaces the old
   * one when it has one, its forbidden variants are added. Entries without an Indonesian or
   * English term, or over the contract's caps, are skipped and counted. The file is parsed in a
   * worker with time and memory limits (runInterchangeWorker.ts); only the writing runs here.
   */
  async import(input: ParsedInput<'importGlossary'>): Promise<Output<'importGlossary'>> {
    const { drafts, skipped } = await readGlossaryFileInWorker(input.file.name, Buffer.from(input.file.dataBase64, 'base64'));
    let added = 0;
    let updated = 0;
    this.db.transaction(() => {
      const byKey = new Map(this.rows().map((r) => [pairKey(r.term_id, r.term_en), fromRow(r)]));
      for (const d of drafts) {
        const key = pairKey(d.termId, d.termEn);
        const existing = byKey.get(key);
        if (existing) {
          const merged = {
            termId: existing.termId,
            termEn: existing.termEn,
            forbiddenId: uniqueVariants([...existing.forbiddenId, ...d.forbiddenId]).slice(0, glossaryFileLimits.maxForbidden),
            forbiddenEn: uniqueVariants([...existing.forbiddenEn, ...d.forbiddenEn]).slice(0, glossaryFileLimits.maxForbidden),
            note: d.note || existing.note,
            caseSensitive: d.caseSensitive ?? existing.caseSensitive,
          };
          this.update(existing.id, merged);
          byKey.set(key, { ...existing, ...merged });
          updated++;
        } else {
          const id = randomUUID();
          const entry = { ...d, caseSensitive: d.caseSensitive ?? false };
          this.insert(id, entry);
          byKey.set(key, { id, ...entry, updatedAt: '', updatedBy: '' });
          added++;
        }
      }
    })();
    this.cache = null;
    return { added, updated, skipped };
  }

  /** The whole glossary as a file to save: CSV (spreadsheet-safe) or TBX-Basic. */
  export(input: ParsedInput<'exportGlossary'>): Output<'exportGlossary'> {
    const terms = [...this.all()].sort(byTerms);
    if (input.format === 'csv') {
      return { fileName: 'glosarium.csv', mediaType: 'text/csv', dataBase64: Buffer.from(writeGlossaryCsv(terms), 'utf8').toString('base64') };
    }
    return { fileName: 'glosarium.tbx', mediaType: 'application/x-tbx+xml', dataBase64: Buffer.from(writeGlossaryTbx(terms), 'utf8').toString('base64') };
  }

  /** Every entry (cached until the glossary changes): what QA and highlighting match against. */
  all(): readonly GlossaryTerm[] {
    this.cache ??= Object.freeze(this.rows().map(fromRow));
    return this.cache;
  }

  /** Glossary terms of `lang` found in `text`, with their translation into `targetLang`. */
  match(text: string, lang: Lang, targetLang: Lang): GlossaryHit[] {
    return matchTerms(text, lang, targetLang, this.all());
  }

  private rows(): Row[] {
    return this.db.prepare<[], Row>('SELECT * FROM glossary_terms ORDER BY rowid').all();
  }

  private row(id: string): GlossaryTerm | undefined {
    const r = this.db.prepare<[string], Row>('SELECT * FROM glossary_terms WHERE id = ?').get(id);
    return r ? fromRow(r) : undefined;
  }

  private insert(id: string, e: Omit<GlossaryDraft, 'caseSensitive'> & { caseSensitive: boolean }): void {
    this.insertStatement ??= this.db.prepare(
      `INSERT INTO glossary_terms (id, term_id, term_en, forbidden_id, forbidden_en, note, case_sensitive, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertStatement.run(id, e.termId, e.termEn, JSON.stringify(e.forbiddenId), JSON.stringify(e.forbiddenEn), e.note, e.caseSensitive ? 1 : 0, this.options.author(), this.now());
  }

  private update(id: string, e: Omit<GlossaryDraft, 'caseSensitive'> & { caseSensitive: boolean }): void {
    this.updateStatement ??= this.db.prepare(
      `UPDATE glossary_terms SET term_id = ?, term_en = ?, forbidden_id = ?, forbidden_en = ?, note = ?, case_sensitive = ?, updated_by = ?, updated_at = ?
       WHERE id = ?`,
    );
    this.updateStatement.run(e.termId, e.termEn, JSON.stringify(e.forbiddenId), JSON.stringify(e.forbiddenEn), e.note, e.caseSensitive ? 1 : 0, this.options.author(), this.now(), id);
  }
}
