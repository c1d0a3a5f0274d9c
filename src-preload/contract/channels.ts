/**
 * The zod-free list of bridge methods and events. The preload imports only this file, so it
 * stays tiny and cannot expose anything that is not listed here. `api.ts` checks at compile
 * time that this list and the contract name exactly the same methods.
 */
export const methodNames = [
  'getAppInfo',
  'listArticles',
  'createArticle',
  'getArticle',
  'saveArticle',
  'updateArticleMeta',
  'getArticleStatus',
  'setArticleStatus',
  'deleteArticle',
  'restoreArticle',
  'emptyTrash',
  'searchArticles',
  'listTags',
  'getSettings',
  'updateSettings',
  'reportQuitReady',
  'listRevisions',
  'createRevision',
  'diffRevision',
  'restoreRevision',
  'listComments',
  'createCommentThread',
  'replyToComment',
  'resolveComment',
  'reopenComment',
  'importArticle',
  'exportArticle',
  'previewCleanup',
  'applyCleanup',
  'addMedia',
  'proofreadBlocks',
  'suggestSpelling',
  'listProofreadingRules',
  'getProofreadingSettings',
  'setProofreadingRule',
  'addToDictionary',
  'removeFromDictionary',
  'ignoreWord',
  'analyseClaims',
  'listClaims',
  'createClaim',
  'updateClaim',
  'deleteClaim',
  'addEvidence',
  'removeEvidence',
  'getEvidenceFile',
  'importSource',
  'listSources',
  'deleteSource',
  'searchSources',
  'findEvidence',
  'exportFactCheck',
  'createTranslation',
  'listTranslations',
  'getTranslation',
  'updateSegment',
  'checkTranslation',
  'checkSegment',
  'startPretranslate',
  'suggestMt',
  'getMtSettings',
  'updateMtEngine',
  'updateMtSettings',
  'listMtModels',
  'importMtModel',
  'removeMtModel',
  'startMtModelDownload',
  'exportXliff',
  'importXliff',
  'listMemories',
  'createMemory',
  'updateMemory',
  'deleteMemory',
  'lookupTm',
  'concordance',
  'startTmxImport',
  'exportTmx',
  'listGlossaryTerms',
  'saveGlossaryTerm',
  'deleteGlossaryTerm',
  'importGlossary',
  'exportGlossary',
  'getJob',
  'cancelJob',
  'listBackups',
  'createBackup',
  'restoreBackup',
  'getDatabaseHealth',
] as const;

export type MethodName = (typeof methodNames)[number];

export const eventNames = ['menuCommand', 'flushRequested'] as const;

export type EventName = (typeof eventNames)[number];

/** IPC channel of a method: derived, never typed by hand. */
export function methodChannel(method: MethodName): string {
  return `api:${method}`;
}

/** IPC channel of a main -> renderer event. */
export function eventChannel(event: EventName): string {
  return `event:${event}`;
}

/** True when `name` is a listed method (used where a name arrives as an untrusted string). */
export function isMethodName(name: string): name is MethodName {
  return (methodNames as readonly string[]).includes(name);
}
