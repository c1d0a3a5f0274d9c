/** Bridge types of database backups and the database's health (issue 8, RELIABILITY R3–R5). */
import { z } from 'zod';

export const BackupReason = z.enum(['scheduled', 'pre-migration', 'manual', 'before-restore']);
export type BackupReason = z.infer<typeof BackupReason>;

/** A backup's id is its file name in `<data>/backups/`; nothing else (no paths) is accepted. */
export const BackupId = z
  .string()
  .max(80)
  .regex(/^redaksi-\d{8}-\d{6}-(scheduled|pre-migration|manual|before-restore)(-\d{1,4})?\.db$/);
export type BackupId = z.infer<typeof BackupId>;

export const Backup = z.object({
  id: BackupId,
  reason: BackupReason,
  /** ISO time in UTC. */
  createdAt: z.string(),
  sizeBytes: z.int().min(0),
});
export type Backup = z.infer<typeof Backup>;

export const DatabaseHealth = z.object({
  status: z.enum(['ok', 'damaged']),
  /** Writes are refused with DB_READONLY until a backup is restored. */
  readOnly: z.boolean(),
  /** What SQLite reported (empty when ok). */
  detail: z.string(),
  /** The database file, so the user can find (and keep) it. */
  path: z.string(),
  /** How long the start-up check took, in ms. */
  checkMs: z.number().min(0),
  /** Where a damaged file was moved when a backup replaced it (absent until then). */
  damagedCopyPath: z.string().optional(),
});
export type DatabaseHealth = z.infer<typeof DatabaseHealth>;

export const RestoreResult = z.object({
  restored: BackupId,
  /** The backup of the state the restore replaced (absent when that state was a damaged file). */
  beforeRestore: BackupId.optional(),
  damagedCopyPath: z.string().optional(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;
