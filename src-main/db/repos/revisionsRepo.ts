import type { Db } from '../openDatabase.ts';
import type { DocumentJson, Revision, RevisionKind } from '../../../src-preload/contract/domain.ts';

interface RevisionRow {
  id: string;
  article_id: string;
  number: number;
  article_version: number;
  title: string;
  word_count: number;
  kind: RevisionKind;
  name: string | null;
  restored_from: number | null;
  author: string;
  created_at: string;
}

/** A revision together with its stored body. */
export interface RevisionWithDoc extends Revision {
  doc: DocumentJson;
}

function toRevision(row: RevisionRow): Revision {
  return {
    id: row.id,
    articleId: row.article_id,
    number: row.number,
    articleVersion: row.article_version,
    title: row.title,
    kind: row.kind,
    name: row.name,
    restoredFrom: row.restored_from,
    author: row.author,
    wordCount: row.word_count,
    createdAt: row.created_at,
  };
}

const columns = 'id, article_id, number, article_version, title, word_count, kind, name, restored_from, author, created_at';

/** SQL for revisions. Rows are only ever inserted: nothing here updates or deletes one. */
export class RevisionsRepo {
  private readonly db: Db;
  private readonly stmts;

  constructor(db: Db) {
    this.db = db;
    this.stmts = {
      // Copies the article row inside SQLite: the body never round-trips through JavaScript.
      snapshot: db.prepare(
        `INSERT INTO revisions (id, article_id, number, article_version, title, doc, word_count, kind, name, restored_from, author, created_at)
         SELECT @id, a.id, COALESCE((SELECT MAX(r.number) FROM revisions r WHERE r.article_id = a.id), 0) + 1,
                a.version, a.title, a.doc, a.word_count, @kind, @name, @restoredFrom, @author, @now
         FROM articles a WHERE a.id = @articleId`,
      ),
      latestCreatedAt: db.prepare<[string], { created_at: string }>(
        'SELECT created_at FROM revisions WHERE article_id = ? ORDER BY number DESC LIMIT 1',
      ),
      list: db.prepare<[string], RevisionRow>(`SELECT ${columns} FROM revisions WHERE article_id = ? ORDER BY number DESC`),
      get: db.prepare<[string], RevisionRow & { doc: string }>(`SELECT ${columns}, doc FROM revisions WHERE id = ?`),
      getSummary: db.prepare<[string], RevisionRow>(`SELECT ${columns} FROM revisions WHERE id = ?`),
    };
  }

  /**
   * Inserts a snapshot of the article's stored headline and body as the next revision number.
   * Returns false when the article does not exist.
   */
  snapshot(r: { id: string; articleId: string; kind: RevisionKind; name: string | null; restoredFrom: number | null; author: string; now: string }): boolean {
    return this.stmts.snapshot.run(r).changes === 1;
  }

  /** When the article's latest revision was taken, if it has any. */
  latestCreatedAt(articleId: string): string | undefined {
    return this.stmts.latestCreatedAt.get(articleId)?.created_at;
  }

  /** Revisions of an article, newest first, without bodies. */
  list(articleId: string): Revision[] {
    return this.stmts.list.all(articleId).map(toRevision);
  }

  /** One revision without its body. */
  getSummary(id: string): Revision | undefined {
    const row = this.stmts.getSummary.get(id);
    return row ? toRevision(row) : undefined;
  }

  /** One revision with its body. */
  get(id: string): RevisionWithDoc | undefined {
    const row = this.stmts.get.get(id);
    if (!row) return undefined;
    return { ...toRevision(row), doc: JSON.parse(row.doc) as DocumentJson };
  }

  /** Runs `fn` in one immediate transaction (a savepoint when already inside one). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }
}
