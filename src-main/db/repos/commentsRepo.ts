import type { Db } from '../openDatabase.ts';
import type { CommentMessage, CommentThread } from '../../../src-preload/contract/domain.ts';

interface ThreadRow {
  id: string;
  article_id: string;
  quote: string;
  created_by: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

interface MessageRow {
  id: string;
  thread_id: string;
  author: string;
  body: string;
  created_at: string;
}

function toMessage(row: MessageRow): CommentMessage {
  return { id: row.id, threadId: row.thread_id, author: row.author, body: row.body, createdAt: row.created_at };
}

function toThread(row: ThreadRow, messages: CommentMessage[]): CommentThread {
  return {
    id: row.id,
    articleId: row.article_id,
    quote: row.quote,
    createdBy: row.created_by,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    messages,
  };
}

/** SQL for comment threads and their messages. */
export class CommentsRepo {
  private readonly db: Db;
  private readonly stmts;

  constructor(db: Db) {
    this.db = db;
    this.stmts = {
      insertThread: db.prepare(
        `INSERT INTO comment_threads (id, article_id, quote, created_by, created_at) VALUES (@id, @articleId, @quote, @author, @now)`,
      ),
      insertMessage: db.prepare(
        `INSERT INTO comment_messages (id, thread_id, author, body, created_at) VALUES (@id, @threadId, @author, @body, @now)`,
      ),
      getThread: db.prepare<[string], ThreadRow>('SELECT * FROM comment_threads WHERE id = ?'),
      threadMessages: db.prepare<[string], MessageRow>('SELECT * FROM comment_messages WHERE thread_id = ? ORDER BY created_at, rowid'),
      listThreads: db.prepare<[string], ThreadRow>('SELECT * FROM comment_threads WHERE article_id = ? ORDER BY created_at, rowid'),
      articleMessages: db.prepare<[string], MessageRow>(
        `SELECT m.* FROM comment_messages m JOIN comment_threads t ON t.id = m.thread_id
         WHERE t.article_id = ? ORDER BY m.created_at, m.rowid`,
      ),
      resolve: db.prepare('UPDATE comment_threads SET resolved_at = @now, resolved_by = @author WHERE id = @id AND resolved_at IS NULL'),
      reopen: db.prepare('UPDATE comment_threads SET resolved_at = NULL, resolved_by = NULL WHERE id = ?'),
      articleExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM articles WHERE id = ?'),
    };
  }

  articleExists(articleId: string): boolean {
    return this.stmts.articleExists.get(articleId) !== undefined;
  }

  insertThread(t: { id: string; articleId: string; quote: string; author: string; now: string }): void {
    this.stmts.insertThread.run(t);
  }

  insertMessage(m: { id: string; threadId: string; author: string; body: string; now: string }): void {
    this.stmts.insertMessage.run(m);
  }

  /** One thread with its messages, oldest first. */
  getThread(id: string): CommentThread | undefined {
    const row = this.stmts.getThread.get(id);
    if (!row) return undefined;
    return toThread(row, this.stmts.threadMessages.all(id).map(toMessage));
  }

  /** Every thread of an article with its messages, oldest thread first. */
  listThreads(articleId: string): CommentThread[] {
    const byThread = new Map<string, CommentMessage[]>();
    for (const row of this.stmts.articleMessages.all(articleId)) {
      const list = byThread.get(row.thread_id) ?? [];
      list.push(toMessage(row));
      byThread.set(row.thread_id, list);
    }
    return this.stmts.listThreads.all(articleId).map((row) => toThread(row, byThread.get(row.id) ?? []));
  }

  /** Marks a thread resolved unless it already is; returns whether it changed. */
  resolve(r: { id: string; author: string; now: string }): boolean {
    return this.stmts.resolve.run(r).changes === 1;
  }

  reopen(id: string): void {
    this.stmts.reopen.run(id);
  }

  /** Runs `fn` in one immediate transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }
}
