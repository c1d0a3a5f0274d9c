import type { Db } from '../openDatabase.ts';
import type { ClaimEvent, ClaimFigure, ClaimReasonKind, ClaimStatus, Evidence } from '../../../src-preload/contract/factcheck.ts';

/** A claim as stored, without its evidence, history or orphan state (the service adds those). */
export interface ClaimRecord {
  id: string;
  articleId: string;
  text: string;
  status: ClaimStatus;
  verdictNote: string;
  reasons: ClaimReasonKind[];
  figures: ClaimFigure[];
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

interface ClaimRow {
  id: string;
  article_id: string;
  quote: string;
  status: ClaimStatus;
  verdict_note: string;
  reasons: string;
  figures: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

/** An evidence row without the file's bytes (listing never loads them). */
interface EvidenceRow {
  id: string;
  claim_id: string;
  title: string;
  url: string;
  publisher: string;
  published_on: string | null;
  excerpt: string;
  file_name: string | null;
  file_type: string | null;
  file_size: number | null;
  source_id: string | null;
  created_by: string;
  created_at: string;
}

interface EventRow {
  claim_id: string;
  action: ClaimEvent['action'];
  detail: string;
  changed_by: string;
  changed_at: string;
}

/** Columns of an evidence row for listing: everything but the file's bytes, and the file's size instead. */
const evidenceColumns = `e.id, e.claim_id, e.title, e.url, e.publisher, e.published_on, e.excerpt, e.file_name, e.file_type,
  length(e.file_bytes) AS file_size, e.source_id, e.created_by, e.created_at`;

/** A JSON column written by this repo; a hand-edited unreadable one reads as empty rather than failing the list. */
function jsonArray<T>(text: string): T[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

function toClaim(row: ClaimRow): ClaimRecord {
  return {
    id: row.id,
    articleId: row.article_id,
    text: row.quote,
    status: row.status,
    verdictNote: row.verdict_note,
    reasons: jsonArray<ClaimReasonKind>(row.reasons),
    figures: jsonArray<ClaimFigure>(row.figures),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

function toEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    publisher: row.publisher,
    publishedOn: row.published_on,
    excerpt: row.excerpt,
    file: row.file_name === null ? null : { name: row.file_name, mediaType: row.file_type ?? 'application/octet-stream', byteSize: row.file_size ?? 0 },
    sourceId: row.source_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function toEvent(row: EventRow): ClaimEvent {
  return { action: row.action, detail: row.detail, by: row.changed_by, at: row.changed_at };
}

/** Groups rows by their claim id, keeping their order. */
function byClaim<R extends { claim_id: string }, T>(rows: R[], map: (row: R) => T): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.claim_id) ?? [];
    list.push(map(row));
    grouped.set(row.claim_id, list);
  }
  return grouped;
}

/** A claim record with its evidence (oldest first) and history (newest first). */
export interface ClaimWithDetails extends ClaimRecord {
  evidence: Evidence[];
  history: ClaimEvent[];
}

/** SQL for the fact-check desk's claims, their evidence (files kept in the row) and their history. */
export class ClaimsRepo {
  private readonly db: Db;
  private readonly stmts;

  constructor(db: Db) {
    this.db = db;
    this.stmts = {
      articleExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM articles WHERE id = ?'),
      articleVersion: db.prepare<[string], { version: number }>('SELECT version FROM articles WHERE id = ?'),
      articleBody: db.prepare<[string], { doc: string; version: number }>('SELECT doc, version FROM articles WHERE id = ?'),
      sourceExists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM sources WHERE id = ?'),
      insertClaim: db.prepare(
        `INSERT INTO claims (id, article_id, quote, reasons, figures, created_by, created_at, updated_by, updated_at)
         VALUES (@id, @articleId, @text, @reasons, @figures, @by, @now, @by, @now)`,
      ),
      getClaim: db.prepare<[string], ClaimRow>('SELECT * FROM claims WHERE id = ?'),
      claimStatus: db.prepare<[string], { status: ClaimStatus }>('SELECT status FROM claims WHERE id = ?'),
      listClaims: db.prepare<[string], ClaimRow>('SELECT * FROM claims WHERE article_id = ? ORDER BY created_at, rowid'),
      updateClaim: db.prepare(
        'UPDATE claims SET status = @status, verdict_note = @verdictNote, updated_by = @by, updated_at = @now WHERE id = @id',
      ),
      touchClaim: db.prepare('UPDATE claims SET updated_by = @by, updated_at = @now WHERE id = @id'),
      deleteClaim: db.prepare<[string]>('DELETE FROM claims WHERE id = ?'),
      insertEvent: db.prepare(
        'INSERT INTO claim_events (claim_id, action, detail, changed_by, changed_at) VALUES (@claimId, @action, @detail, @by, @now)',
      ),
      claimEvents: db.prepare<[string], EventRow>('SELECT * FROM claim_events WHERE claim_id = ? ORDER BY id DESC'),
      articleEvents: db.prepare<[string], EventRow>(
        'SELECT e.* FROM claim_events e JOIN claims c ON c.id = e.claim_id WHERE c.article_id = ? ORDER BY e.id DESC',
      ),
      insertEvidence: db.prepare(
        `INSERT INTO claim_evidence (id, claim_id, title, url, publisher, published_on, excerpt, file_name, file_type, file_bytes, source_id, created_by, created_at)
         VALUES (@id, @claimId, @title, @url, @publisher, @publishedOn, @excerpt, @fileName, @fileType, @fileBytes, @sourceId, @by, @now)`,
      ),
      claimEvidence: db.prepare<[string], EvidenceRow>(
        `SELECT ${evidenceColumns} FROM claim_evidence e WHERE e.claim_id = ? ORDER BY e.created_at, e.rowid`,
      ),
      articleEvidence: db.prepare<[string], EvidenceRow>(
        `SELECT ${evidenceColumns} FROM claim_evidence e JOIN claims c ON c.id = e.claim_id WHERE c.article_id = ? ORDER BY e.created_at, e.rowid`,
      ),
      evidenceTitle: db.prepare<[string, string], { title: string }>('SELECT title FROM claim_evidence WHERE id = ? AND claim_id = ?'),
      deleteEvidence: db.prepare<[string]>('DELETE FROM claim_evidence WHERE id = ?'),
      evidenceFile: db.prepare<[string], { file_name: string | null; file_type: string | null; file_bytes: Buffer | null }>(
        'SELECT file_name, file_type, file_bytes FROM claim_evidence WHERE id = ?',
      ),
      countByStatus: db.prepare<[string, string], { n: number }>(
        'SELECT count(*) AS n FROM claims WHERE article_id = ? AND status IN (SELECT value FROM json_each(?))',
      ),
    };
  }

  articleExists(articleId: string): boolean {
    return this.stmts.articleExists.get(articleId) !== undefined;
  }

  /** The article's body version (undefined when there is no such article). */
  articleVersion(articleId: string): number | undefined {
    return this.stmts.articleVersion.get(articleId)?.version;
  }

  /** The stored body JSON text and its version. */
  articleBody(articleId: string): { doc: string; version: number } | undefined {
    return this.stmts.articleBody.get(articleId);
  }

  sourceExists(sourceId: string): boolean {
    return this.stmts.sourceExists.get(sourceId) !== undefined;
  }

  insertClaim(c: { id: string; articleId: string; text: string; reasons: readonly ClaimReasonKind[]; figures: readonly ClaimFigure[]; by: string; now: string }): void {
    this.stmts.insertClaim.run({ ...c, reasons: JSON.stringify(c.reasons), figures: JSON.stringify(c.figures) });
  }

  /** A claim's status (undefined when there is no such claim). */
  claimStatus(id: string): ClaimStatus | undefined {
    return this.stmts.claimStatus.get(id)?.status;
  }

  /** One claim with its evidence and history. */
  getClaim(id: string): ClaimWithDetails | undefined {
    const row = this.stmts.getClaim.get(id);
    if (!row) return undefined;
    return {
      ...toClaim(row),
      evidence: this.stmts.claimEvidence.all(id).map(toEvidence),
      history: this.stmts.claimEvents.all(id).map(toEvent),
    };
  }

  /** The claims of an article, oldest first, each with its evidence and history (three queries in all). */
  listClaims(articleId: string): ClaimWithDetails[] {
    const evidence = byClaim(this.stmts.articleEvidence.all(articleId), toEvidence);
    const history = byClaim(this.stmts.articleEvents.all(articleId), toEvent);
    return this.stmts.listClaims.all(articleId).map((row) => ({ ...toClaim(row), evidence: evidence.get(row.id) ?? [], history: history.get(row.id) ?? [] }));
  }

  updateClaim(c: { id: string; status: ClaimStatus; verdictNote: string; by: string; now: string }): void {
    this.stmts.updateClaim.run(c);
  }

  /** Records who changed the claim last and when (after an evidence change). */
  touchClaim(c: { id: string; by: string; now: string }): void {
    this.stmts.touchClaim.run(c);
  }

  /** Deletes a claim with its evidence and history; returns whether there was one. */
  deleteClaim(id: string): boolean {
    return this.stmts.deleteClaim.run(id).changes === 1;
  }

  insertEvent(e: { claimId: string; action: ClaimEvent['action']; detail: string; by: string; now: string }): void {
    this.stmts.insertEvent.run(e);
  }

  insertEvidence(e: {
    id: string;
    claimId: string;
    title: string;
    url: string;
    publisher: string;
    publishedOn: string | null;
    excerpt: string;
    fileName: string | null;
    fileType: string | null;
    fileBytes: Uint8Array | null;
    sourceId: string | null;
    by: string;
    now: string;
  }): void {
    this.stmts.insertEvidence.run(e);
  }

  /** The title of an evidence item of this claim (undefined when the claim has no such item). */
  evidenceTitle(claimId: string, evidenceId: string): string | undefined {
    return this.stmts.evidenceTitle.get(evidenceId, claimId)?.title;
  }

  deleteEvidence(evidenceId: string): void {
    this.stmts.deleteEvidence.run(evidenceId);
  }

  /** The file kept with an evidence item: undefined when there is no such item, null when it has no file. */
  evidenceFile(evidenceId: string): { name: string; mediaType: string; bytes: Uint8Array } | null | undefined {
    const row = this.stmts.evidenceFile.get(evidenceId);
    if (!row) return undefined;
    if (row.file_name === null || row.file_bytes === null) return null;
    return { name: row.file_name, mediaType: row.file_type ?? 'application/octet-stream', bytes: row.file_bytes };
  }

  /**
   * Copies a claim to another article as `id`: text, status, verdict, reasons, figures, authors and
   * dates, its evidence (files included, each under a new id from `evidenceId`) and its history.
   * Returns false when there is no such claim.
   */
  copyClaim(c: { sourceId: string; id: string; articleId: string; evidenceId: () => string }): boolean {
    const copied = this.db
      .prepare(
        `INSERT INTO claims (id, article_id, quote, status, verdict_note, reasons, figures, created_by, created_at, updated_by, updated_at)
         SELECT @id, @articleId, quote, status, verdict_note, reasons, figures, created_by, created_at, updated_by, updated_at FROM claims WHERE id = @sourceId`,
      )
      .run({ id: c.id, articleId: c.articleId, sourceId: c.sourceId });
    if (copied.changes !== 1) return false;
    const evidence = this.db.prepare<[string], { id: string }>('SELECT id FROM claim_evidence WHERE claim_id = ? ORDER BY created_at, rowid').all(c.sourceId);
    const copyEvidence = this.db.prepare(
      `INSERT INTO claim_evidence (id, claim_id, title, url, publisher, published_on, excerpt, file_name, file_type, file_bytes, source_id, created_by, created_at)
       SELECT @newId, @claimId, title, url, publisher, published_on, excerpt, file_name, file_type, file_bytes, source_id, created_by, created_at
       FROM claim_evidence WHERE id = @oldId`,
    );
    for (const e of evidence) copyEvidence.run({ newId: c.evidenceId(), claimId: c.id, oldId: e.id });
    this.db
      .prepare(
        `INSERT INTO claim_events (claim_id, action, detail, changed_by, changed_at)
         SELECT @id, action, detail, changed_by, changed_at FROM claim_events WHERE claim_id = @sourceId ORDER BY id`,
      )
      .run({ id: c.id, sourceId: c.sourceId });
    return true;
  }

  /** How many of the article's claims have one of `statuses` (orphaned or not). */
  countByStatus(articleId: string, statuses: readonly ClaimStatus[]): number {
    return this.stmts.countByStatus.get(articleId, JSON.stringify(statuses))?.n ?? 0;
  }

  /** Runs `fn` in one immediate transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** Runs reads in one deferred transaction: one snapshot, without taking the write lock. */
  read<T>(fn: () => T): T {
    return this.db.transaction(fn).deferred();
  }
}
