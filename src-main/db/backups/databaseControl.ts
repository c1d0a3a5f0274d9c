import type { MethodName } from '../../../src-preload/contract/channels.ts';
import type { Backup, DatabaseHealth, RestoreResult } from '../../../src-preload/contract/backups.ts';
import type { BackupReason } from './backupFiles.ts';

/** What the bridge may do with the database as a whole; the backend implements it (it owns the connection). */
export interface DatabaseControl {
  listBackups(): Backup[];
  createBackup(reason: BackupReason): Promise<Backup>;
  restoreBackup(id: string): Promise<RestoreResult>;
  health(): DatabaseHealth;
}

/**
 * Methods a damaged database (open read-only) still answers: reads, the health check, and the way
 * out (restoring a backup). Every other method is refused with `DB_READONLY` before it runs, so a
 * service that would write outside SQLite (an export file, a model folder) is stopped too; SQLite's
 * own read-only flag is the second line.
 */
export const methodsAllowedReadOnly: ReadonlySet<MethodName> = new Set<MethodName>([
  'getAppInfo',
  'listArticles',
  'getArticle',
  'getArticleStatus',
  'searchArticles',
  'listTags',
  'getSettings',
  'reportQuitReady',
  'listRevisions',
  'diffRevision',
  'listComments',
  'exportArticle',
  'listProofreadingRules',
  'getProofreadingSettings',
  'suggestSpelling',
  'proofreadBlocks',
  'listClaims',
  'getEvidenceFile',
  'listSources',
  'searchSources',
  'findEvidence',
  'exportFactCheck',
  'listTranslations',
  'getTranslation',
  'checkTranslation',
  'checkSegment',
  'getMtSettings',
  'listMtModels',
  'exportXliff',
  'listMemories',
  'lookupTm',
  'concordance',
  'exportTmx',
  'listGlossaryTerms',
  'exportGlossary',
  'getJob',
  'listBackups',
  'restoreBackup',
  'getDatabaseHealth',
]);
