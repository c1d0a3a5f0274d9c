import type { Db } from '../openDatabase.ts';
import type { Source, SourceFormat } from '../../../src-preload/contract/factcheck.ts';

interface SourceRow {
  id: string;
  title: string;
  file_name: string;
  format: SourceFormat;
  byte_size: number;
  imported_by: string;
  imported_at: string;
  passages: number;
}

function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    title: row.title,
    fileName: row.file_name,
    format: row.format,
    byteSize: row.byte_size,
    passages: row.passages,
    importedBy: row.imported_by,
    importedAt: row.imported_at,
  };
}

/** A passage that matched an FTS5 query; `marked` has hits wrapped in char(2) … char(3) (see searchRepo.ts). */
export interface PassageMatch {
  rowid: number;
  sourceId: string;
  sourceTitle: string;
  ordinal: number;
  text: string;
  marked: string;
}

/** Tokens of context around the hits in a passage snippet (FTS5 allows at most 64). */
const snippetTokens = 40;

const selectSource = `SELECT s.*, (SELECT count(*) FROM source_passages p WHERE p.source_id = s.id) AS passages FROM sources s`;

/** SQL for the source library: `sources`, their `source_passages`, and the FTS5 index `source_search` (migration 0006). */
export class SourcesRepo {
  private readonly db: Db;
  private readonly stmts;

  constructor(db: Db) {
    this.db = db;
    this.stmts = {
      insertSource: db.prepare(
        `INSERT INTO sources (id, title, file_name, format, byte_size, imported_by, imported_at)
         VALUES (@id, @title, @fileName, @format, @byteSize, @importedBy, @importedAt)`,
      ),
      insertPassage: db.prepare<[string, number, string]>('INSERT INTO source_passages (source_id, ordinal, text) VALUES (?, ?, ?)'),
      get: db.prepare<[string], SourceRow>(`${selectSource} WHERE s.id = ?`),
      list: db.prepare<[], SourceRow>(`${selectSource} ORDER BY s.imported_at DESC, s.rowid DESC`),
      remove: db.prepare<[string]>('DELETE FROM sources WHERE id = ?'),
      // bm25 over every match: a source library is thousands of passages, not millions. Snippets
      // are made in a second pass, for the rows returned only ("Find evidence" re-ranks 400 candidates by their text).
      top: db.prepare<[string, number], number>('SELECT rowid FROM source_search WHERE source_search MATCH ? ORDER BY bm25(source_search), rowid LIMIT ?').pluck(),
      // `+rowid` keeps the IN list away from the FTS5 cursor, which would otherwise re-run the query per row (see searchRepo.ts).
      marked: db.prepare<[string, string], PassageMatch>(
        `SELECT p.rowid AS rowid, p.source_id AS sourceId, s.title AS sourceTitle, p.ordinal AS ordinal, p.text AS text,
                snippet(source_search, 0, char(2), char(3), '…', ${snippetTokens}) AS marked
         FROM source_search JOIN source_passages p ON p.rowid = source_search.rowid JOIN sources s ON s.id = p.source_id
         WHERE source_search MATCH ? AND +source_search.rowid IN (SELECT value FROM json_each(?))`,
      ),
      plain: db.prepare<[string], Omit<PassageMatch, 'marked'>>(
        `SELECT p.rowid AS rowid, p.source_id AS sourceId, s.title AS sourceTitle, p.ordinal AS ordinal, p.text AS text
         FROM source_passages p JOIN sources s ON s.id = p.source_id WHERE p.rowid IN (SELECT value FROM json_each(?))`,
      ),
    };
  }

  /** Stores a source and its passages in one transaction: all of it or, on any failure, nothing. */
  insert(source: Omit<Source, 'passages'>, passages: readonly string[]): void {
    this.db
      .transaction(() => {
        this.stmts.insertSource.run(source);
        passages.forEach((text, i) => this.stmts.insertPassage.run(source.id, i, text));
      })
      .immediate();
  }

  get(id: string): Source | undefined {
    const row = this.stmts.get.get(id);
    return row ? toSource(row) : undefined;
  }

  /** Newest first. */
  list(): Source[] {
    return this.stmts.list.all().map(toSource);
  }

  /** Deletes a source; its passages go with it (ON DELETE CASCADE, and the trigger updates the index). False when there was none. */
  remove(id: string): boolean {
    return this.stmts.remove.run(id).changes > 0;
  }

  /** Passages matching an FTS5 query (already sanitised), best bm25 first. */
  search(ftsQuery: string, limit: number): PassageMatch[] {
    return this.marked(ftsQuery, this.stmts.top.all(ftsQuery, limit));
  }

  /** Passages matching an FTS5 query, best bm25 first, without snippets (cheaper, for re-ranking). */
  candidates(ftsQuery: string, limit: number): Omit<PassageMatch, 'marked'>[] {
    const rowids = this.stmts.top.all(ftsQuery, limit);
    return inOrder(rowids, rowids.length === 0 ? [] : this.stmts.plain.all(JSON.stringify(rowids)));
  }

  /** The given passages in the given order, with `ftsQuery`'s hits marked. */
  marked(ftsQuery: string, rowids: readonly number[]): PassageMatch[] {
    return inOrder(rowids, rowids.length === 0 ? [] : this.stmts.marked.all(ftsQuery, JSON.stringify(rowids)));
  }
}

function inOrder<T extends { rowid: number }>(rowids: readonly number[], rows: readonly T[]): T[] {
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  return rowids.flatMap((rowid) => {
    const row = byRowid.get(rowid);
    return row ? [row] : [];
  });
}
