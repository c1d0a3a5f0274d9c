import type { Db } from '../openDatabase.ts';

/** One stored picture as written. */
export interface MediaRow {
  /** sha256 of `bytes`, lowercase hex. */
  id: string;
  mime: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  createdAt: string;
  bytes: Uint8Array;
}

/** SQL for stored pictures (`media`). */
export class MediaRepo {
  private readonly db: Db;
  private readonly insertStmt;
  private readonly getStmt;
  private readonly infoStmt;

  constructor(db: Db) {
    this.db = db;
    // The id is the content's hash: a second copy of the same picture changes nothing.
    this.insertStmt = db.prepare<[string, string, number, number | null, number | null, string, Uint8Array]>(
      'INSERT INTO media (id, mime, byte_size, width, height, created_at, bytes) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
    );
    this.getStmt = db.prepare<[string], { mime: string; bytes: Buffer }>('SELECT mime, bytes FROM media WHERE id = ?');
    this.infoStmt = db.prepare<[string], { id: string; mime: string; byte_size: number; width: number | null; height: number | null; created_at: string }>(
      'SELECT id, mime, byte_size, width, height, created_at FROM media WHERE id = ?',
    );
  }

  /** Stores a picture unless one with the same id is already there. */
  insert(row: MediaRow): void {
    this.insertStmt.run(row.id, row.mime, row.byteSize, row.width, row.height, row.createdAt, row.bytes);
  }

  /** Type and bytes of a picture, for serving and export. */
  get(id: string): { mime: string; bytes: Uint8Array } | undefined {
    const row = this.getStmt.get(id);
    return row ? { mime: row.mime, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) } : undefined;
  }

  /** Everything but the bytes. */
  info(id: string): Omit<MediaRow, 'bytes'> | undefined {
    const row = this.infoStmt.get(id);
    return row ? { id: row.id, mime: row.mime, byteSize: row.byte_size, width: row.width, height: row.height, createdAt: row.created_at } : undefined;
  }

  /** Runs `fn` in one immediate transaction (nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }
}
