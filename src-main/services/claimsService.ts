import { randomUUID } from 'node:crypto';
import type { ClaimsRepo, ClaimWithDetails } from '../db/repos/claimsRepo.ts';
import {
  unresolvedClaimStatuses,
  type Claim,
  type ClaimFigure,
  type ClaimReasonKind,
  type ClaimStatus,
  type EvidenceInput,
} from '../../src-preload/contract/factcheck.ts';
import type { z } from 'zod';
import { AppError } from './appError.ts';
import { claimIdsInDocument } from './claimIdsInDocument.ts';
import { evidenceMediaType } from './evidenceMediaType.ts';

/** Largest local file kept as evidence (bytes): a scanned report or a screenshot, not a video. */
export const maxEvidenceFileBytes = 20 * 1024 * 1024;

export interface ClaimsServiceOptions {
  /** Clock, injectable for tests. Default: the system clock. */
  now?: (() => Date) | undefined;
  /** Name recorded on every change (the Settings user name). Default: ''. */
  author?: () => string;
  /** Largest evidence file in bytes (default `maxEvidenceFileBytes`). */
  maxFileBytes?: number;
}

/** Where each claim's mark first appears in one version of an article's body. */
interface MarkOrder {
  version: number;
  position: Map<string, number>;
}

/**
 * Claims tracked by the fact-check desk. The article text holds only a `claim` mark with the
 * claim id; a claim outlives its mark and is then listed as orphaned (last), so deleting a
 * sentence never deletes what was found about it. Every change is recorded in the claim's history
 * with the Settings user name.
 */
export class ClaimsService {
  private readonly repo: ClaimsRepo;
  private readonly now: () => Date;
  private readonly author: () => string;
  private readonly maxFileBytes: number;
  /** Mark order of the last few articles listed, by body version (a version is never reused for another body). */
  private readonly markOrders = new Map<string, MarkOrder>();

  constructor(repo: ClaimsRepo, options: ClaimsServiceOptions = {}) {
    this.repo = repo;
    this.now = options.now ?? (() => new Date());
    this.author = options.author ?? (() => '');
    this.maxFileBytes = options.maxFileBytes ?? maxEvidenceFileBytes;
  }

  /**
   * The claims of an article (also one in the trash): in the order their marks appear in the
   * stored body, then the orphaned ones (no mark left) oldest first. Evidence oldest first,
   * history newest first.
   */
  listForArticle(articleId: string): Claim[] {
    return this.repo.read(() => {
      const stored = this.repo.listClaims(articleId);
      // Most articles have no claims: no need to read their body.
      if (stored.length === 0) {
        if (!this.repo.articleExists(articleId)) throw new AppError('NOT_FOUND', `no article ${articleId}`);
        return [];
      }
      const order = this.markOrder(articleId);
      const claims = stored.map((c) => this.toClaim(c, order));
      const rank = (c: Claim) => order.position.get(c.id) ?? Number.MAX_SAFE_INTEGER;
      // Array sort is stable: orphans keep their creation order.
      return claims.sort((a, b) => rank(a) - rank(b));
    });
  }

  /** One claim with its evidence, history and orphan state. */
  get(claimId: string): Claim {
    return this.repo.read(() => {
      const claim = this.repo.getClaim(claimId);
      if (!claim) throw new AppError('NOT_FOUND', `no claim ${claimId}`);
      return this.toClaim(claim, this.markOrder(claim.articleId));
    });
  }

  /**
   * Starts tracking a claim on `text`; the renderer then marks the text with the returned id
   * (until it saves, the new claim is listed as orphaned).
   */
  create(input: { articleId: string; text: string; reasons?: readonly ClaimReasonKind[] | undefined; figures?: readonly ClaimFigure[] | undefined }): Claim {
    const id = randomUUID();
    const by = this.author();
    const now = this.now().toISOString();
    this.repo.transaction(() => {
      if (!this.repo.articleExists(input.articleId)) throw new AppError('NOT_FOUND', `no article ${input.articleId}`);
      // The same reason twice says nothing more.
      const reasons = [...new Set(input.reasons ?? [])];
      this.repo.insertClaim({ id, articleId: input.articleId, text: input.text, reasons, figures: input.figures ?? [], by, now });
      this.repo.insertEvent({ claimId: id, action: 'created', detail: '', by, now });
    });
    return this.get(id);
  }

  /**
   * Changes the status and/or the verdict note. Each field that really changes is one history
   * entry ('status' with the new status, 'note'); a change to the same value records nothing.
   */
  update(input: { claimId: string; status?: ClaimStatus | undefined; verdictNote?: string | undefined }): Claim {
    const by = this.author();
    const now = this.now().toISOString();
    this.repo.transaction(() => {
      const claim = this.repo.getClaim(input.claimId);
      if (!claim) throw new AppError('NOT_FOUND', `no claim ${input.claimId}`);
      const status = input.status ?? claim.status;
      const verdictNote = input.verdictNote ?? claim.verdictNote;
      const statusChanged = status !== claim.status;
      const noteChanged = verdictNote !== claim.verdictNote;
      if (!statusChanged && !noteChanged) return;
      this.repo.updateClaim({ id: claim.id, status, verdictNote, by, now });
      if (statusChanged) this.repo.insertEvent({ claimId: claim.id, action: 'status', detail: status, by, now });
      if (noteChanged) this.repo.insertEvent({ claimId: claim.id, action: 'note', detail: '', by, now });
    });
    return this.get(input.claimId);
  }

  /** Stops tracking a claim: its evidence (with any kept file) and history go with it. */
  delete(claimId: string): { deleted: true } {
    this.repo.transaction(() => {
      if (!this.repo.deleteClaim(claimId)) throw new AppError('NOT_FOUND', `no claim ${claimId}`);
    });
    return { deleted: true };
  }

  /**
   * Adds an evidence item. The address must be http(s) (the contract checks; checked again here
   * because other callers than the bridge exist). A local file is kept in the row, at most
   * `maxFileBytes` (FILE_TOO_LARGE, nothing stored), with a media type read from its bytes.
   */
  addEvidence(input: { claimId: string; evidence: z.output<typeof EvidenceInput> }): Claim {
    const { evidence } = input;
    const url = evidence.url?.trim() ?? '';
    if (url !== '' && !/^https?:\/\/[^\s]+$/i.test(url)) throw new AppError('INVALID_INPUT', 'evidence address must be http or https');
    let file: { name: string; type: string; bytes: Buffer } | null = null;
    if (evidence.file) {
      // Decoded size first: the contract bounds the base64 text, which allows a few bytes over the limit.
      const bytes = Buffer.from(evidence.file.dataBase64, 'base64');
      if (bytes.byteLength > this.maxFileBytes) {
        throw new AppError('FILE_TOO_LARGE', `the file is ${bytes.byteLength} bytes; evidence files over ${this.maxFileBytes} bytes are not kept`);
      }
      if (bytes.byteLength === 0) throw new AppError('INVALID_INPUT', 'the evidence file is empty');
      file = { name: evidence.file.name, type: evidenceMediaType(bytes, evidence.file.name), bytes };
    }
    const by = this.author();
    const now = this.now().toISOString();
    this.repo.transaction(() => {
      if (!this.repo.getClaim(input.claimId)) throw new AppError('NOT_FOUND', `no claim ${input.claimId}`);
      if (evidence.sourceId !== undefined && !this.repo.sourceExists(evidence.sourceId)) throw new AppError('NOT_FOUND', `no source ${evidence.sourceId}`);
      this.repo.insertEvidence({
        id: randomUUID(),
        claimId: input.claimId,
        title: evidence.title,
        url,
        publisher: evidence.publisher ?? '',
        publishedOn: evidence.publishedOn ?? null,
        excerpt: evidence.excerpt ?? '',
        fileName: file?.name ?? null,
        fileType: file?.type ?? null,
        fileBytes: file?.bytes ?? null,
        sourceId: evidence.sourceId ?? null,
        by,
        now,
      });
      this.repo.touchClaim({ id: input.claimId, by, now });
      this.repo.insertEvent({ claimId: input.claimId, action: 'evidence-added', detail: evidence.title, by, now });
    });
    return this.get(input.claimId);
  }

  /** Removes an evidence item of this claim (NOT_FOUND when the claim has no such item). */
  removeEvidence(input: { claimId: string; evidenceId: string }): Claim {
    const by = this.author();
    const now = this.now().toISOString();
    this.repo.transaction(() => {
      if (!this.repo.getClaim(input.claimId)) throw new AppError('NOT_FOUND', `no claim ${input.claimId}`);
      const title = this.repo.evidenceTitle(input.claimId, input.evidenceId);
      if (title === undefined) throw new AppError('NOT_FOUND', `claim ${input.claimId} has no evidence ${input.evidenceId}`);
      this.repo.deleteEvidence(input.evidenceId);
      this.repo.touchClaim({ id: input.claimId, by, now });
      this.repo.insertEvent({ claimId: input.claimId, action: 'evidence-removed', detail: title, by, now });
    });
    return this.get(input.claimId);
  }

  /** The file kept with an evidence item, as given (NOT_FOUND when there is no item or it has no file). */
  evidenceFile(evidenceId: string): { fileName: string; mediaType: string; dataBase64: string } {
    const file = this.repo.evidenceFile(evidenceId);
    if (!file) throw new AppError('NOT_FOUND', file === null ? `evidence ${evidenceId} has no file` : `no evidence ${evidenceId}`);
    return { fileName: file.name, mediaType: file.mediaType, dataBase64: Buffer.from(file.bytes).toString('base64') };
  }

  /**
   * Carries claims over to another article (a translation): each copy keeps the status, verdict
   * note, evidence and history of its original, and gets a history line of its own ('created',
   * detail `translation`) saying who carried it over and when. Claims that no longer exist are
   * skipped. Returns original id -> copy id. Meant to run inside the caller's transaction.
   */
  copyToArticle(claimIds: readonly string[], articleId: string): Map<string, string> {
    const by = this.author();
    const now = this.now().toISOString();
    const copies = new Map<string, string>();
    this.repo.transaction(() => {
      for (const sourceId of claimIds) {
        const id = randomUUID();
        if (!this.repo.copyClaim({ sourceId, id, articleId, evidenceId: randomUUID })) continue;
        this.repo.insertEvent({ claimId: id, action: 'created', detail: 'translation', by, now });
        copies.set(sourceId, id);
      }
    });
    return copies;
  }

  /** The status of each of these claims (missing ones left out). */
  statuses(claimIds: readonly string[]): Map<string, ClaimStatus> {
    const out = new Map<string, ClaimStatus>();
    for (const id of claimIds) {
      const status = this.repo.claimStatus(id);
      if (status !== undefined) out.set(id, status);
    }
    return out;
  }

  /**
   * How many of the article's claims hold it back at the readiness gate (unchecked, in progress or
   * false), orphaned ones included: deleting a sentence does not make a false claim go away.
   */
  unresolvedCount(articleId: string): number {
    return this.repo.countByStatus(articleId, unresolvedClaimStatuses);
  }

  private toClaim(claim: ClaimWithDetails, order: MarkOrder): Claim {
    return { ...claim, orphaned: !order.position.has(claim.id) };
  }

  /** Where each claim mark first appears in the article's stored body, read once per body version. */
  private markOrder(articleId: string): MarkOrder {
    const version = this.repo.articleVersion(articleId);
    if (version === undefined) throw new AppError('NOT_FOUND', `no article ${articleId}`);
    const cached = this.markOrders.get(articleId);
    if (cached?.version === version) return cached;
    const body = this.repo.articleBody(articleId)!;
    let ids: string[] = [];
    try {
      ids = claimIdsInDocument(JSON.parse(body.doc));
    } catch {
      // Every stored body is JSON written by a save; an unreadable one leaves every claim orphaned, still listed.
    }
    const order: MarkOrder = { version: body.version, position: new Map(ids.map((id, i) => [id, i])) };
    this.markOrders.delete(articleId);
    this.markOrders.set(articleId, order);
    // A few articles are enough: the one open in the editor and the ones an export reads.
    while (this.markOrders.size > 4) this.markOrders.delete(this.markOrders.keys().next().value!);
    return order;
  }
}
