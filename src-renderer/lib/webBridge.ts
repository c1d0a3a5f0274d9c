/**
 * `window.api` over HTTP, for the web host (`npm run dev:web`, e2e). Built as its own entry and
 * injected by the web host before the app script, so the app itself never knows which host it
 * runs in. Listing every method here (`satisfies Api`) makes a missing one a compile error.
 */
import type { Api, Input, Output } from '../../src-preload/contract/api.ts';
import type { MethodName } from '../../src-preload/contract/channels.ts';
import type { Result } from '../../src-preload/contract/errors.ts';

function method<M extends MethodName>(name: M): (input: Input<M>) => Promise<Result<Output<M>>> {
  return async (input) => {
    try {
      const response = await fetch(`./api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? null),
      });
      return (await response.json()) as Result<Output<M>>;
    } catch (error) {
      return { ok: false, error: { code: 'NETWORK', message: `web host unreachable: ${String(error)}` } };
    }
  };
}

export const webBridge = {
  getAppInfo: method('getAppInfo'),
  listArticles: method('listArticles'),
  createArticle: method('createArticle'),
  getArticle: method('getArticle'),
  saveArticle: method('saveArticle'),
  updateArticleMeta: method('updateArticleMeta'),
  getArticleStatus: method('getArticleStatus'),
  setArticleStatus: method('setArticleStatus'),
  deleteArticle: method('deleteArticle'),
  restoreArticle: method('restoreArticle'),
  emptyTrash: method('emptyTrash'),
  searchArticles: method('searchArticles'),
  listTags: method('listTags'),
  getSettings: method('getSettings'),
  updateSettings: method('updateSettings'),
  reportQuitReady: method('reportQuitReady'),
  listRevisions: method('listRevisions'),
  createRevision: method('createRevision'),
  diffRevision: method('diffRevision'),
  restoreRevision: method('restoreRevision'),
  listComments: method('listComments'),
  createCommentThread: method('createCommentThread'),
  replyToComment: method('replyToComment'),
  resolveComment: method('resolveComment'),
  reopenComment: method('reopenComment'),
  importArticle: method('importArticle'),
  exportArticle: method('exportArticle'),
  previewCleanup: method('previewCleanup'),
  applyCleanup: method('applyCleanup'),
  addMedia: method('addMedia'),
  proofreadBlocks: method('proofreadBlocks'),
  suggestSpelling: method('suggestSpelling'),
  listProofreadingRules: method('listProofreadingRules'),
  getProofreadingSettings: method('getProofreadingSettings'),
  setProofreadingRule: method('setProofreadingRule'),
  addToDictionary: method('addToDictionary'),
  removeFromDictionary: method('removeFromDictionary'),
  ignoreWord: method('ignoreWord'),
  analyseClaims: method('analyseClaims'),
  listClaims: method('listClaims'),
  createClaim: method('createClaim'),
  updateClaim: method('updateClaim'),
  deleteClaim: method('deleteClaim'),
  addEvidence: method('addEvidence'),
  removeEvidence: method('removeEvidence'),
  getEvidenceFile: method('getEvidenceFile'),
  importSource: method('importSource'),
  listSources: method('listSources'),
  deleteSource: method('deleteSource'),
  searchSources: method('searchSources'),
  findEvidence: method('findEvidence'),
  exportFactCheck: method('exportFactCheck'),
  createTranslation: method('createTranslation'),
  listTranslations: method('listTranslations'),
  getTranslation: method('getTranslation'),
  updateSegment: method('updateSegment'),
  checkTranslation: method('checkTranslation'),
  checkSegment: method('checkSegment'),
  startPretranslate: method('startPretranslate'),
  suggestMt: method('suggestMt'),
  getMtSettings: method('getMtSettings'),
  updateMtEngine: method('updateMtEngine'),
  updateMtSettings: method('updateMtSettings'),
  listMtModels: method('listMtModels'),
  importMtModel: method('importMtModel'),
  removeMtModel: method('removeMtModel'),
  startMtModelDownload: method('startMtModelDownload'),
  exportXliff: method('exportXliff'),
  importXliff: method('importXliff'),
  listMemories: method('listMemories'),
  createMemory: method('createMemory'),
  updateMemory: method('updateMemory'),
  deleteMemory: method('deleteMemory'),
  lookupTm: method('lookupTm'),
  concordance: method('concordance'),
  startTmxImport: method('startTmxImport'),
  exportTmx: method('exportTmx'),
  listGlossaryTerms: method('listGlossaryTerms'),
  saveGlossaryTerm: method('saveGlossaryTerm'),
  deleteGlossaryTerm: method('deleteGlossaryTerm'),
  importGlossary: method('importGlossary'),
  exportGlossary: method('exportGlossary'),
  getJob: method('getJob'),
  cancelJob: method('cancelJob'),
  listBackups: method('listBackups'),
  createBackup: method('createBackup'),
  restoreBackup: method('restoreBackup'),
  getDatabaseHealth: method('getDatabaseHealth'),
  // The web host has no application menu and no quit sequence, so no events are sent.
  on: () => () => undefined,
} satisfies Api;

window.api = webBridge;
