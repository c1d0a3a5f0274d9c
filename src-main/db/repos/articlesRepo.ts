import type { Db } from '../openDatabase.ts';
import type { Article, ArticleSummary, Lang } from '../../../src-preload/contract/domain.ts';

interface ArticleRow {
  id: string;
  title: string;
  lang: Lang;
  doc: string;
  word_count: number;
  version: number;
  created_at: string;
  updated_at: string;
}

type SummaryRow = Omit<ArticleRow, 'doc' | 'version'>;

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    lang: row.lang,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** SQL for articles. Owns no rules: validation and versioning decisions live in the service. */
export class ArticlesRepo {
  private readonly db: Db;
  private readonly stmts;

  constructor(db: Db) {
    this.db = db;
    this.stmts = {
      list: db.prepare<[], SummaryRow>(
        'SELECT id, title, lang, word_count, created_at, updated_at FROM articles ORDER BY updated_at DESC, id',
      ),
      get: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO articles (id, title, lang, doc, word_count, version, created_at, updated_at)
         VALUES (@id, @title, @lang, @doc, @wordCount, 1, @now, @now)`,
      ),
      update: db.prepare(
        `UPDATE articles SET title = @title, doc = @doc, word_count = @wordCount, version = version + 1, updated_at = @now
         WHERE id = @id AND version = @baseVersion`,
      ),
      version: db.prepare<[string], { version: number }>('SELECT version FROM articles WHERE id = ?'),
    };
  }

  list(): ArticleSummary[] {
    return this.stmts.list.all().map(toSummary);
  }

  get(id: string): Article | undefined {
    const row = this.stmts.get.get(id);
    if (!row) return undefined;
    return { ...toSummary(row), doc: JSON.parse(row.doc) as Article['doc'], version: row.version };
  }

  insert(a: { id: string; title: string; lang: Lang; doc: string; wordCount: number; now: string }): void {
    this.stmts.insert.run(a);
  }

  /** Updates only when the stored version is still `baseVersion`; returns whether it did. */
  update(a: { id: string; title: string; doc: string; wordCount: number; now: string; baseVersion: number }): boolean {
    return this.stmts.update.run(a).changes === 1;
  }

  version(id: string): number | undefined {
    return this.stmts.version.get(id)?.version;
  }

  /** Runs `fn` in one immediate transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }
}
