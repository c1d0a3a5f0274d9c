import type { Db } from '../openDatabase.ts';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { MtEngineId, SegmentMark, SegmentOrigin, SegmentStatus } from '../../../src-preload/contract/translation.ts';
import type { StoredBlock, StoredSegment } from '../../translation/syncSegments.ts';

/** A translation link as stored. */
export interface TranslationRecord {
  targetArticleId: string;
  sourceArticleId: string;
  sourceLang: Lang;
  targetLang: Lang;
  nextBlockKey: number;
  createdBy: string;
  createdAt: string;
  /** The source body version and standfirst the segments were last synced with. */
  sourceVersion: number;
  sourceStandfirst: string;
  /** The target article version the desk last assembled (0: never). */
  assembledVersion: number;
}

/** A segment as stored: the source side sync manages and the target side the translator writes. */
export interface SegmentRecord extends StoredSegment {
  status: SegmentStatus;
  origin: SegmentOrigin | null;
  /** The engine that wrote the target, when origin is 'mt'. */
  mtEngine: MtEngineId | null;
  matchScore: number | null;
  updatedBy: string;
  updatedAt: string;
}

interface TranslationRow {
  target_article_id: string;
  source_article_id: string;
  source_lang: Lang;
  target_lang: Lang;
  next_block_key: number;
  created_by: string;
  created_at: string;
  source_version: number;
  source_standfirst: string;
  assembled_version: number;
}

interface SegmentRow {
  id: string;
  ord: number;
  block_type: string;
  source: string;
  source_marks: string;
  target: string;
  status: SegmentStatus;
  origin: SegmentOrigin | null;
  mt_engine: MtEngineId | null;
  match_score: number | null;
  source_changed: number;
  previous_source: string | null;
  removed: number;
  updated_by: string;
  updated_at: string;
}

interface BlockRow {
  key: number;
  ord: number;
  path: string;
  block_type: string;
  text: string;
  next_position: number;
  removed: number;
}

function toTranslation(row: TranslationRow): TranslationRecord {
  return {
    targetArticleId: row.target_article_id,
    sourceArticleId: row.source_article_id,
    sourceLang: row.source_lang,
    targetLang: row.target_lang,
    nextBlockKey: row.next_block_key,
    createdBy: row.created_by,
    createdAt: row.created_at,
    sourceVersion: row.source_version,
    sourceStandfirst: row.source_standfirst,
    assembledVersion: row.assembled_version,
  };
}

/** A JSON column written by this repo; an unreadable one reads as no marks rather than failing the view. */
function marksOf(text: string): SegmentMark[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as SegmentMark[]) : [];
  } catch {
    return [];
  }
}

function toSegment(row: SegmentRow): SegmentRecord {
  return {
    id: row.id,
    ord: row.ord,
    blockType: row.block_type,
    source: row.source,
    sourceMarks: marksOf(row.source_marks),
    target: row.target,
    status: row.status,
    origin: row.origin,
    mtEngine: row.mt_engine,
    matchScore: row.match_score,
    sourceChanged: row.source_changed === 1,
    previousSource: row.previous_source,
    removed: row.removed === 1,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/** SQL for translation links, their source blocks, segments and carried-over claims. */
export class TranslationsRepo {
  private readonly db: Db;
  private readonly stmts;

  constructor(db: Db) {
    this.db = db;
    this.stmts = {
      get: db.prepare<[string], TranslationRow>('SELECT * FROM translations WHERE target_article_id = ?'),
      listFor: db.prepare<[string, string], TranslationRow>(
        'SELECT * FROM translations WHERE source_article_id = ? OR target_article_id = ? ORDER BY created_at, rowid',
      ),
      insert: db.prepare(
        `INSERT INTO translations (target_article_id, source_article_id, source_lang, target_lang, created_by, created_at)
         VALUES (@targetArticleId, @sourceArticleId, @sourceLang, @targetLang, @by, @now)`,
      ),
      setAssembled: db.prepare<[number, string]>('UPDATE translations SET assembled_version = ? WHERE target_article_id = ?'),
      setSynced: db.prepare(
        'UPDATE translations SET source_version = @version, source_standfirst = @standfirst, next_block_key = @nextBlockKey WHERE target_article_id = @id',
      ),
      blocks: db.prepare<[string], BlockRow>('SELECT * FROM segment_blocks WHERE article_id = ? ORDER BY ord'),
      deleteBlocks: db.prepare<[string]>('DELETE FROM segment_blocks WHERE article_id = ?'),
      insertBlock: db.prepare(
        `INSERT INTO segment_blocks (article_id, key, ord, path, block_type, text, next_position, removed)
         VALUES (@articleId, @key, @ord, @path, @type, @text, @nextPosition, @removed)`,
      ),
      segments: db.prepare<[string], SegmentRow>('SELECT * FROM segments WHERE article_id = ? ORDER BY ord'),
      segment: db.prepare<[string, string], SegmentRow>('SELECT * FROM segments WHERE article_id = ? AND id = ?'),
      insertSegment: db.prepare(
        `INSERT INTO segments (article_id, id, ord, block_type, source, source_marks, target, source_changed, previous_source, removed, updated_by, updated_at)
         VALUES (@articleId, @id, @ord, @blockType, @source, @sourceMarks, @target, @sourceChanged, @previousSource, @removed, @by, @now)`,
      ),
      updateSource: db.prepare(
        `UPDATE segments SET ord = @ord, block_type = @blockType, source = @source, source_marks = @sourceMarks,
           source_changed = @sourceChanged, previous_source = @previousSource, removed = @removed
         WHERE article_id = @articleId AND id = @id`,
      ),
      updateTarget: db.prepare(
        `UPDATE segments SET target = @target, status = @status, origin = @origin, mt_engine = @mtEngine, match_score = @matchScore,
           source_changed = @sourceChanged, previous_source = @previousSource, updated_by = @by, updated_at = @now
         WHERE article_id = @articleId AND id = @id`,
      ),
      claims: db.prepare<[string], { source_claim_id: string; target_claim_id: string }>(
        'SELECT source_claim_id, target_claim_id FROM translation_claims WHERE article_id = ?',
      ),
      insertClaim: db.prepare(
        'INSERT OR IGNORE INTO translation_claims (article_id, source_claim_id, target_claim_id) VALUES (@articleId, @sourceClaimId, @targetClaimId)',
      ),
    };
  }

  get(targetArticleId: string): TranslationRecord | undefined {
    const row = this.stmts.get.get(targetArticleId);
    return row ? toTranslation(row) : undefined;
  }

  /** Translations the article is the source or the target of, oldest first. */
  listFor(articleId: string): TranslationRecord[] {
    return this.stmts.listFor.all(articleId, articleId).map(toTranslation);
  }

  insert(t: { targetArticleId: string; sourceArticleId: string; sourceLang: Lang; targetLang: Lang; by: string; now: string }): void {
    this.stmts.insert.run(t);
  }

  setAssembled(id: string, version: number): void {
    this.stmts.setAssembled.run(version, id);
  }

  setSynced(id: string, s: { version: number; standfirst: string; nextBlockKey: number }): void {
    this.stmts.setSynced.run({ id, ...s });
  }

  blocks(articleId: string): StoredBlock[] {
    return this.stmts.blocks.all(articleId).map((r) => ({
      key: r.key,
      ord: r.ord,
      path: r.path,
      type: r.block_type,
      text: r.text,
      nextPosition: r.next_position,
      removed: r.removed === 1,
    }));
  }

  replaceBlocks(articleId: string, blocks: readonly StoredBlock[]): void {
    this.stmts.deleteBlocks.run(articleId);
    for (const b of blocks) this.stmts.insertBlock.run({ articleId, ...b, removed: b.removed ? 1 : 0 });
  }

  segments(articleId: string): SegmentRecord[] {
    return this.stmts.segments.all(articleId).map(toSegment);
  }

  segment(articleId: string, id: string): SegmentRecord | undefined {
    const row = this.stmts.segment.get(articleId, id);
    return row ? toSegment(row) : undefined;
  }

  insertSegment(articleId: string, s: StoredSegment, by: string, now: string): void {
    this.stmts.insertSegment.run({ articleId, ...sourceParams(s), target: s.target, by, now });
  }

  /** Writes the source side of a segment (order, source text, marks, flags); the target is untouched. */
  updateSource(articleId: string, s: StoredSegment): void {
    this.stmts.updateSource.run({ articleId, ...sourceParams(s) });
  }

  updateTarget(
    articleId: string,
    s: {
      id: string;
      target: string;
      status: SegmentStatus;
      origin: SegmentOrigin | null;
      /** Kept only with origin 'mt'. */
      mtEngine?: MtEngineId | null;
      matchScore: number | null;
      sourceChanged: boolean;
      previousSource: string | null;
    },
    by: string,
    now: string,
  ): void {
    const mtEngine = s.origin === 'mt' ? (s.mtEngine ?? null) : null;
    this.stmts.updateTarget.run({ articleId, ...s, mtEngine, sourceChanged: s.sourceChanged ? 1 : 0, by, now });
  }

  /** Source claim id -> the target's copy. */
  claimMap(articleId: string): Map<string, string> {
    return new Map(this.stmts.claims.all(articleId).map((r) => [r.source_claim_id, r.target_claim_id]));
  }

  insertClaimCopy(articleId: string, sourceClaimId: string, targetClaimId: string): void {
    this.stmts.insertClaim.run({ articleId, sourceClaimId, targetClaimId });
  }

  /** Runs `fn` in one immediate transaction (a savepoint inside an outer one). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  inTransaction(): boolean {
    return this.db.inTransaction;
  }
}

function sourceParams(s: StoredSegment) {
  return {
    id: s.id,
    ord: s.ord,
    blockType: s.blockType,
    source: s.source,
    sourceMarks: JSON.stringify(s.sourceMarks),
    sourceChanged: s.sourceChanged ? 1 : 0,
    previousSource: s.previousSource,
    removed: s.removed ? 1 : 0,
  };
}
