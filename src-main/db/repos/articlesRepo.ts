import type Database from 'better-sqlite3';
import type { Db } from '../openDatabase.ts';
import type {
  Article,
  ArticleListFilter,
  ArticleMeta,
  ArticleStatus,
  ArticleSummary,
  Lang,
  StatusChange,
  TagCount,
} from '../../../src-preload/contract/domain.ts';

interface ArticleRow {
  id: string;
  title: string;
  lang: Lang;
  doc: string;
  word_count: number;
  version: number;
  created_at: string;
  updated_at: string;
  status: ArticleStatus;
  byline: string;
  deleted_at: string | null;
  standfirst: string;
  dateline_place: string;
  dateline_date: string | null;
  outlet: string;
  notes: string;
}

type SummaryRow = Pick<ArticleRow, 'id' | 'title' | 'lang' | 'word_count' | 'created_at' | 'updated_at' | 'status' | 'byline' | 'deleted_at'>;

const summaryColumns = 'id, title, lang, word_count, created_at, updated_at, status, byline, deleted_at';

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    lang: row.lang,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    status: row.status,
    byline: row.byline,
    deletedAt: row.deleted_at,
  };
}

/** Metadata fields as columns; only these names ever reach SQL in `updateMeta`. */
const metaColumns = {
  standfirst: 'standfirst',
  byline: 'byline',
  datelinePlace: 'dateline_place',
  datelineDate: 'dateline_date',
  outlet: 'outlet',
  notes: 'notes',
} as const satisfies Record<Exclude<keyof ArticleMeta, 'tags'>, string>;

/** Library sort keys as SQL; the secondary key `id` makes equal values come out in a stable order. */
const sortColumns = {
  updated: 'updated_at',
  created: 'created_at',
  title: 'title COLLATE NOCASE',
  wordCount: 'word_count',
  deleted: 'deleted_at',
} as const;

/** A tag as stored: `key` (lower case) decides uniqueness, `name` is shown. */
export interface TagRow {
  key: string;
  name: string;
}

/** SQL for articles. Owns no rules: validation and versioning decisions live in the service. */
export class ArticlesRepo {
  private readonly db: Db;
  private readonly stmts;
  /** Statements built from whitelisted fragments (list filters, metadata patches), prepared once each. */
  private readonly listStatements = new Map<string, Database.Statement>();

  constructor(db: Db) {
    this.db = db;
    this.stmts = {
      get: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO articles (id, title, lang, doc, word_count, version, created_at, updated_at)
         VALUES (@id, @title, @lang, @doc, @wordCount, 1, @now, @now)`,
      ),
      update: db.prepare(
        // CAST: the save path passes the body as UTF-8 bytes (services/storedBlocks.ts); it is stored as text.
        `UPDATE articles SET title = @title, doc = CAST(@doc AS TEXT), word_count = @wordCount, version = version + 1, updated_at = @now
         WHERE id = @id AND version = @baseVersion`,
      ),
      version: db.prepare<[string], { version: number }>('SELECT version FROM articles WHERE id = ?'),
      summaries: db.prepare<[string], SummaryRow>(`SELECT ${summaryColumns} FROM articles WHERE id IN (SELECT value FROM json_each(?))`),
      searchSource: db.prepare<[string], Pick<ArticleRow, 'title' | 'standfirst' | 'doc' | 'deleted_at'>>(
        'SELECT title, standfirst, doc, deleted_at FROM articles WHERE id = ?',
      ),
      tags: db.prepare<[string], TagRow>('SELECT tag_key AS key, name FROM article_tags WHERE article_id = ? ORDER BY position'),
      deleteTags: db.prepare<[string]>('DELETE FROM article_tags WHERE article_id = ?'),
      insertTag: db.prepare('INSERT INTO article_tags (article_id, tag_key, name, position) VALUES (@id, @key, @name, @position)'),
      listTags: db.prepare<[], TagCount>(
        `SELECT min(t.name) AS name, count(*) AS count FROM article_tags t JOIN articles a ON a.id = t.article_id
         WHERE a.deleted_at IS NULL GROUP BY t.tag_key ORDER BY min(t.name) COLLATE NOCASE, t.tag_key`,
      ),
      status: db.prepare<[string], { status: ArticleStatus }>('SELECT status FROM articles WHERE id = ?'),
      setStatus: db.prepare('UPDATE articles SET status = @to, updated_at = @now WHERE id = @id'),
      insertStatusChange: db.prepare(
        'INSERT INTO status_history (article_id, from_status, to_status, changed_by, changed_at, note) VALUES (@id, @from, @to, @by, @now, @note)',
      ),
      statusHistory: db.prepare<[string], StatusChange>(
        'SELECT from_status AS "from", to_status AS "to", changed_by AS "by", changed_at AS "at", note FROM status_history WHERE article_id = ? ORDER BY id DESC',
      ),
      archivedFrom: db.prepare<[string], { from_status: ArticleStatus | null }>(
        "SELECT from_status FROM status_history WHERE article_id = ? AND to_status = 'archived' ORDER BY id DESC LIMIT 1",
      ),
      trash: db.prepare<[{ id: string; now: string }]>('UPDATE articles SET deleted_at = @now WHERE id = @id AND deleted_at IS NULL'),
      untrash: db.prepare<[string]>('UPDATE articles SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL'),
      purgeTrash: db.prepare('DELETE FROM articles WHERE deleted_at IS NOT NULL'),
      // Per-article settings (proofreading's "ignore all" words) have no foreign key to cascade on.
      purgeTrashSettings: db.prepare("DELETE FROM settings WHERE key IN (SELECT 'proofreading.ignored.' || id FROM articles WHERE deleted_at IS NOT NULL)"),
      deletedAt: db.prepare<[string], { deleted_at: string | null }>('SELECT deleted_at FROM articles WHERE id = ?'),
    };
  }

  /**
   * Summaries matching `filter`, sorted (`tag` is a tag key). Filters and sort keys map to fixed
   * SQL fragments (never to caller text), and each combination's statement is prepared once.
   */
  list(filter: ArticleListFilter = {}): ArticleSummary[] {
    const sortKey = filter.sort ?? (filter.trashed ? 'deleted' : 'updated');
    const direction = (filter.direction ?? (sortKey === 'title' ? 'asc' : 'desc')) === 'asc' ? 'ASC' : 'DESC';
    const where = [filter.trashed ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
    const params: Record<string, string> = {};
    if (filter.status !== undefined) {
      where.push('status = @status');
      params.status = filter.status;
    }
    if (filter.lang !== undefined) {
      where.push('lang = @lang');
      params.lang = filter.lang;
    }
    if (filter.tag !== undefined) {
      where.push('id IN (SELECT article_id FROM article_tags WHERE tag_key = @tag)');
      params.tag = filter.tag; // the caller passes the tag's key (see normaliseTag)
    }
    const sql = `SELECT ${summaryColumns} FROM articles WHERE ${where.join(' AND ')} ORDER BY ${sortColumns[sortKey]} ${direction}, id ${direction}`;
    let stmt = this.listStatements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare<[Record<string, string>], SummaryRow>(sql);
      this.listStatements.set(sql, stmt);
    }
    return (stmt.all(params) as SummaryRow[]).map(toSummary);
  }

  /** Summaries of the given articles, in no particular order (missing ids are skipped). */
  summaries(ids: readonly string[]): ArticleSummary[] {
    if (ids.length === 0) return [];
    return this.stmts.summaries.all(JSON.stringify(ids)).map(toSummary);
  }

  get(id: string): Article | undefined {
    const row = this.stmts.get.get(id);
    if (!row) return undefined;
    return {
      ...toSummary(row),
      standfirst: row.standfirst,
      datelinePlace: row.dateline_place,
      datelineDate: row.dateline_date,
      outlet: row.outlet,
      tags: this.tags(id).map((t) => t.name),
      notes: row.notes,
      doc: JSON.parse(row.doc) as Article['doc'],
      version: row.version,
    };
  }

  /** Stored body JSON text and standfirst of an article (what the search index needs to rebuild its row). */
  searchSource(id: string): { title: string; standfirst: string; doc: string; deletedAt: string | null } | undefined {
    const row = this.stmts.searchSource.get(id);
    return row ? { title: row.title, standfirst: row.standfirst, doc: row.doc, deletedAt: row.deleted_at } : undefined;
  }

  /** Sets the given metadata columns (not tags) and `updated_at`; returns whether the article exists. */
  updateMeta(id: string, patch: Partial<Omit<ArticleMeta, 'tags'>>, now: string): boolean {
    const keys = (Object.keys(metaColumns) as (keyof typeof metaColumns)[]).filter((k) => patch[k] !== undefined);
    const sets = [...keys.map((k) => `${metaColumns[k]} = @${k}`), 'updated_at = @now'];
    const sql = `UPDATE articles SET ${sets.join(', ')} WHERE id = @id`;
    let stmt = this.listStatements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.listStatements.set(sql, stmt);
    }
    const params: Record<string, unknown> = { id, now };
    for (const k of keys) params[k] = patch[k];
    return stmt.run(params).changes === 1;
  }

  /** Tags of an article in the order they were entered. */
  tags(id: string): TagRow[] {
    return this.stmts.tags.all(id);
  }

  /** Replaces the tags of an article (already normalised and unique by key). */
  replaceTags(id: string, tags: readonly TagRow[]): void {
    this.stmts.deleteTags.run(id);
    tags.forEach((t, position) => this.stmts.insertTag.run({ id, key: t.key, name: t.name, position }));
  }

  /** Tags used by articles outside the trash, with counts, alphabetical. */
  listTags(): TagCount[] {
    return this.stmts.listTags.all();
  }

  /** Current status, or undefined for an unknown article. */
  status(id: string): ArticleStatus | undefined {
    return this.stmts.status.get(id)?.status;
  }

  /** Sets the status and records the change with who and when. */
  setStatus(change: { id: string; from: ArticleStatus; to: ArticleStatus; by: string; now: string; note?: string }): void {
    this.stmts.setStatus.run({ id: change.id, to: change.to, now: change.now });
    this.stmts.insertStatusChange.run({ ...change, note: change.note ?? '' });
  }

  /** Status changes of an article, newest first. */
  statusHistory(id: string): StatusChange[] {
    return this.stmts.statusHistory.all(id);
  }

  /** The status an archived article had when it was last archived (null when unknown). */
  archivedFrom(id: string): ArticleStatus | null {
    return this.stmts.archivedFrom.get(id)?.from_status ?? null;
  }

  /** Moves an article to the trash; false when it is unknown or already there. */
  trash(id: string, now: string): boolean {
    return this.stmts.trash.run({ id, now }).changes === 1;
  }

  /** Takes an article out of the trash; false when it is unknown or not in the trash. */
  untrash(id: string): boolean {
    return this.stmts.untrash.run(id).changes === 1;
  }

  /** Deletes every article in the trash for good (tags, history and other rows go with them); returns how many. */
  purgeTrash(): number {
    this.stmts.purgeTrashSettings.run();
    return this.stmts.purgeTrash.run().changes;
  }

  /** When the article went to the trash: null when it is not there, undefined when it does not exist. */
  deletedAt(id: string): string | null | undefined {
    const row = this.stmts.deletedAt.get(id);
    return row ? row.deleted_at : undefined;
  }

  insert(a: { id: string; title: string; lang: Lang; doc: string; wordCount: number; now: string }): void {
    this.stmts.insert.run(a);
  }

  /** Updates only when the stored version is still `baseVersion`; returns whether it did. `doc` as text or UTF-8 bytes. */
  update(a: { id: string; title: string; doc: string | Buffer; wordCount: number; now: string; baseVersion: number }): boolean {
    return this.stmts.update.run(a).changes === 1;
  }

  version(id: string): number | undefined {
    return this.stmts.version.get(id)?.version;
  }

  /** Runs `fn` in one immediate transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** Whether a transaction is open, i.e. what was just written may still be rolled back. */
  inTransaction(): boolean {
    return this.db.inTransaction;
  }
}
