import { randomUUID } from 'node:crypto';
import type { ArticlesRepo } from '../db/repos/articlesRepo.ts';
import type { SearchRepo } from '../db/repos/searchRepo.ts';
import type { Article, ArticleListFilter, ArticleSummary, DocumentJson, DocumentPatch, Lang, SaveReceipt } from '../../src-preload/contract/domain.ts';
import { documentPlainText, searchableText } from '../language/documentPlainText.ts';
import { normaliseTag } from '../language/normaliseTag.ts';
import { emptyDocument } from '../../src-preload/contract/documentSchema.ts';
import { countWords } from '../language/countWords.ts';
import { AppError } from './appError.ts';
import { parseBlock, parseDocument, topLevelIsRepetition } from './documentValidation.ts';
import type { SearchIndexer } from './searchIndexer.ts';
import { blockWords, patchStoredBlocks, StoredBlocksCache, storedBlocksFromText, storedBlocksOf, type StoredBlocks } from './storedBlocks.ts';

/** A save: headline and either the whole body or a patch of the body stored at `baseVersion`. */
export type SaveInput = { id: string; title: string; baseVersion: number } & ({ doc: DocumentJson } | { patch: DocumentPatch });

/** Article rules: creation, validation of bodies, versioned saves. */
export class ArticlesService {
  private readonly repo: ArticlesRepo;
  private readonly now: () => Date;
  private readonly savedHooks: ((articleId: string) => void)[] = [];
  private readonly search: SearchRepo;
  private readonly indexer: SearchIndexer;
  /** Bodies of the last saved articles, so a patched save touches only the blocks it changes. */
  private readonly bodies = new StoredBlocksCache();

  /**
   * `search` is the full-text index: creating, trashing and restoring update it in the same
   * transaction; saves leave it to `indexer`, which re-indexes off the save path.
   */
  constructor(repo: ArticlesRepo, now: () => Date = () => new Date(), search: SearchRepo, indexer: SearchIndexer) {
    this.repo = repo;
    this.now = now;
    this.search = search;
    this.indexer = indexer;
  }

  /**
   * Registers `hook` to run inside every save's transaction, after the update (the revisions
   * service adds its periodic 'auto' revision there). A hook that throws rolls the save back.
   */
  onSavedInTransaction(hook: (articleId: string) => void): void {
    this.savedHooks.push(hook);
  }

  /** Articles matching `filter` (by default: outside the trash, most recently updated first). */
  list(filter: ArticleListFilter = {}): ArticleSummary[] {
    if (filter.tag === undefined) return this.repo.list(filter);
    const tag = normaliseTag(filter.tag);
    return tag ? this.repo.list({ ...filter, tag: tag.key }) : [];
  }

  get(id: string): Article {
    const article = this.repo.get(id);
    if (!article) throw new AppError('NOT_FOUND', `no article ${id}`);
    return article;
  }

  create(input: { lang: Lang; title?: string | undefined }): Article {
    const id = randomUUID();
    const now = this.now().toISOString();
    const title = input.title ?? '';
    this.repo.transaction(() => {
      this.repo.insert({ id, title, lang: input.lang, doc: JSON.stringify(emptyDocument()), wordCount: 0, now });
      this.search.put(id, { title: searchableText(title), standfirst: '', body: '' });
    });
    return this.get(id);
  }

  /**
   * Saves title and body in one transaction if the stored version is still `baseVersion`.
   * The body is the whole document or a patch of its top-level blocks; every block written is
   * checked against the document schema first, and nothing is written on any error. A patch
   * that does not fit the stored body (another block count) is `CONFLICT`: send the whole body.
   * The search index follows shortly after, in its own transaction (SearchIndexer).
   */
  save(input: SaveInput): SaveReceipt {
    const now = this.now().toISOString();
    if ('doc' in input) {
      // Store the validated node, not the raw input: unknown attributes and extra keys are dropped.
      const body = storedBlocksOf(parseDocument(input.doc), input.baseVersion + 1);
      return this.commit(input, now, () => body);
    }
    const { patch } = input;
    // Checked before the transaction, like a whole document: pure CPU, and only the new blocks.
    const added = patch.blocks.map((json) => {
      const block = parseBlock(json);
      return { json: JSON.stringify(block.toJSON()), words: blockWords(block) };
    });
    return this.commit(input, now, () => {
      const base = this.bodies.get(input.id, input.baseVersion) ?? this.readBody(input.id, input.baseVersion);
      if (base.slots.length !== patch.baseBlockCount) {
        throw new AppError('CONFLICT', `article ${input.id} has ${base.slots.length} blocks, the patch expects ${patch.baseBlockCount}`);
      }
      if (base.slots.length - patch.deleteCount + added.length === 0) {
        throw new AppError('INVALID_INPUT', 'document does not match the article schema: a document needs at least one block');
      }
      const body = patchStoredBlocks(base, patch, added, input.baseVersion + 1);
      // Checking the new blocks is enough while the document is a plain run of blocks (doc(block+)).
      if (!topLevelIsRepetition()) parseDocument(JSON.parse(body.text.toString('utf8')));
      return body;
    });
  }

  /** The update, the search mark and the hooks in one transaction; `body` runs inside it, after the version check. */
  private commit(input: { id: string; title: string; baseVersion: number }, now: string, body: () => StoredBlocks): SaveReceipt {
    let saved: StoredBlocks | undefined;
    const receipt = this.repo.transaction(() => {
      const current = this.repo.version(input.id);
      if (current === undefined) throw new AppError('NOT_FOUND', `no article ${input.id}`);
      const conflict = () => new AppError('CONFLICT', `article ${input.id} is at version ${current}, not ${input.baseVersion}`);
      if (current !== input.baseVersion) throw conflict();
      saved = body();
      const wordCount = countWords(input.title) + saved.bodyWords;
      if (!this.repo.update({ id: input.id, title: input.title, doc: saved.text, wordCount, now, baseVersion: input.baseVersion })) throw conflict();
      // Same transaction: a crash before the re-index leaves the mark, and the next start repairs it.
      this.indexer.markStale(input.id);
      for (const hook of this.savedHooks) hook(input.id);
      return { id: input.id, version: input.baseVersion + 1, wordCount, updatedAt: now };
    });
    // Keep only a committed body: inside an outer transaction (a restore, an import) this save may still roll back.
    if (saved && !this.repo.inTransaction()) this.bodies.set(input.id, saved);
    this.indexer.schedule();
    return receipt;
  }

  /** The stored body at `version`, split into blocks (once after a start, a restore or another writer). */
  private readBody(id: string, version: number): StoredBlocks {
    const source = this.repo.searchSource(id);
    if (!source) throw new AppError('NOT_FOUND', `no article ${id}`);
    try {
      return storedBlocksFromText(source.doc, version);
    } catch (error) {
      throw new AppError('CONFLICT', `stored body of ${id} cannot be patched (${(error as Error).message}); send the whole document`);
    }
  }

  /**
   * Moves an article to the trash: it leaves the library list and the search, keeps everything
   * (text, revisions, comments) and can be restored until the trash is emptied. Moving an article
   * that is already there changes nothing.
   */
  delete(id: string): ArticleSummary {
    const now = this.now().toISOString();
    this.repo.transaction(() => {
      if (this.repo.deletedAt(id) === undefined) throw new AppError('NOT_FOUND', `no article ${id}`);
      if (this.repo.trash(id, now)) this.search.remove(id);
    });
    return this.summary(id);
  }

  /** Takes an article out of the trash, back into the list and the search. */
  restore(id: string): ArticleSummary {
    this.repo.transaction(() => {
      const source = this.repo.searchSource(id);
      if (!source) throw new AppError('NOT_FOUND', `no article ${id}`);
      if (!this.repo.untrash(id)) return;
      let body = '';
      try {
        body = documentPlainText(JSON.parse(source.doc));
      } catch {
        // Every stored body is JSON written by save(); an unreadable one is still restored, unsearchable.
      }
      this.search.put(id, { title: searchableText(source.title), standfirst: searchableText(source.standfirst), body });
    });
    return this.summary(id);
  }

  /** Deletes every article in the trash for good, with its revisions, comments, tags and history. */
  emptyTrash(): { deleted: number } {
    return { deleted: this.repo.transaction(() => this.repo.purgeTrash()) };
  }

  private summary(id: string): ArticleSummary {
    const summary = this.repo.summaries([id])[0];
    if (!summary) throw new AppError('NOT_FOUND', `no article ${id}`);
    return summary;
  }
}
