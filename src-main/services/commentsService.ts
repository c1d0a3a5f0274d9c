import { randomUUID } from 'node:crypto';
import type { CommentsRepo } from '../db/repos/commentsRepo.ts';
import type { CommentThread } from '../../src-preload/contract/domain.ts';
import { AppError } from './appError.ts';

export interface CommentsServiceOptions {
  /** Clock, injectable for tests. Default: the system clock. */
  now?: () => Date;
  /** Name recorded as the author (the Settings user name). Default: ''. */
  author?: () => string;
}

/**
 * Comment threads on an article. The text holds only a `comment` mark with the thread id; a
 * thread outlives its mark (the renderer shows it as detached), so nothing here is ever deleted.
 */
export class CommentsService {
  private readonly repo: CommentsRepo;
  private readonly now: () => Date;
  private readonly author: () => string;

  constructor(repo: CommentsRepo, options: CommentsServiceOptions = {}) {
    this.repo = repo;
    this.now = options.now ?? (() => new Date());
    this.author = options.author ?? (() => '');
  }

  /** Threads of an article, oldest first, each with its messages. */
  list(articleId: string): CommentThread[] {
    if (!this.repo.articleExists(articleId)) throw new AppError('NOT_FOUND', `no article ${articleId}`);
    return this.repo.listThreads(articleId);
  }

  /** Starts a thread with its first message; returns it so the renderer can mark the text with its id. */
  create(input: { articleId: string; quote: string; body: string }): CommentThread {
    const id = randomUUID();
    const author = this.author();
    const now = this.now().toISOString();
    this.repo.transaction(() => {
      if (!this.repo.articleExists(input.articleId)) throw new AppError('NOT_FOUND', `no article ${input.articleId}`);
      this.repo.insertThread({ id, articleId: input.articleId, quote: input.quote, author, now });
      this.repo.insertMessage({ id: randomUUID(), threadId: id, author, body: input.body, now });
    });
    return this.get(id);
  }

  /** Adds a reply. Replying to a resolved thread is allowed and leaves it resolved. */
  reply(input: { threadId: string; body: string }): CommentThread {
    this.repo.transaction(() => {
      this.get(input.threadId);
      this.repo.insertMessage({ id: randomUUID(), threadId: input.threadId, author: this.author(), body: input.body, now: this.now().toISOString() });
    });
    return this.get(input.threadId);
  }

  /** Resolves a thread; resolving a resolved thread keeps who resolved it first. */
  resolve(threadId: string): CommentThread {
    this.repo.transaction(() => {
      this.get(threadId);
      this.repo.resolve({ id: threadId, author: this.author(), now: this.now().toISOString() });
    });
    return this.get(threadId);
  }

  /** Opens a resolved thread again. */
  reopen(threadId: string): CommentThread {
    this.repo.transaction(() => {
      this.get(threadId);
      this.repo.reopen(threadId);
    });
    return this.get(threadId);
  }

  private get(threadId: string): CommentThread {
    const thread = this.repo.getThread(threadId);
    if (!thread) throw new AppError('NOT_FOUND', `no comment thread ${threadId}`);
    return thread;
  }
}
