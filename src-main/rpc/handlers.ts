import type { MethodName } from '../../src-preload/contract/channels.ts';
import type { Output, ParsedInput } from '../../src-preload/contract/api.ts';
import type { Services } from '../services/createServices.ts';
import { analyseClaims } from '../services/factcheckAnalysisService.ts';
import { AppError } from '../services/appError.ts';
import type { DatabaseControl } from '../db/backups/databaseControl.ts';

/** One handler per contract method; a missing or mistyped one is a compile error. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

export interface HandlerContext {
  services: Services;
  app: { name: string; version: string; schemaVersion: number };
  /** Called when the renderer has flushed its saves for a quit request (desktop only). */
  onQuitReady?: (requestId: string) => void;
  /** Backups, restore and the start-up health check; owned by the backend, which swaps the db on restore. */
  database?: DatabaseControl;
}

/** Thin handlers: the input is already validated; each calls one service. */
export function createHandlers({ services, app, onQuitReady, database }: HandlerContext): Handlers {
  const control = (): DatabaseControl => {
    if (!database) throw new AppError('INTERNAL', 'backups are not available in this host');
    return database;
  };
  return {
    getAppInfo: () => ({ ...app }),
    listArticles: (filter) => services.articles.list(filter),
    createArticle: (input) => services.articles.create(input),
    getArticle: ({ id }) => services.articles.get(id),
    saveArticle: (input) => services.articles.save(input),
    updateArticleMeta: (input) => services.articleMeta.update(input),
    getArticleStatus: ({ id }) => services.articleMeta.status(id),
    setArticleStatus: (input) => services.articleMeta.setStatus(input),
    deleteArticle: ({ id }) => services.articles.delete(id),
    restoreArticle: ({ id }) => services.articles.restore(id),
    emptyTrash: () => services.articles.emptyTrash(),
    searchArticles: (input) => services.search.query(input),
    listTags: () => services.articleMeta.listTags(),
    getSettings: () => services.settings.get(),
    updateSettings: (patch) => services.settings.update(patch),
    reportQuitReady: ({ requestId }) => {
      onQuitReady?.(requestId);
      return {};
    },
    listRevisions: ({ articleId }) => services.revisions.list(articleId),
    createRevision: (input) => services.revisions.create(input),
    diffRevision: (input) => services.revisions.diff(input),
    restoreRevision: (input) => services.revisions.restore(input),
    listComments: ({ articleId }) => services.comments.list(articleId),
    createCommentThread: (input) => services.comments.create(input),
    replyToComment: (input) => services.comments.reply(input),
    resolveComment: ({ threadId }) => services.comments.resolve(threadId),
    reopenComment: ({ threadId }) => services.comments.reopen(threadId),
    importArticle: (input) => services.transfer.importArticle(input),
    exportArticle: (input) => services.transfer.exportArticle(input),
    previewCleanup: ({ id }) => services.cleanup.preview(id),
    applyCleanup: (input) => services.cleanup.apply(input),
    addMedia: ({ dataBase64 }) => services.media.add(Buffer.from(dataBase64, 'base64')),
    proofreadBlocks: (input) => services.proofreading.check(input),
    suggestSpelling: async ({ word, lang }) => ({ suggestions: await services.proofreading.suggest(word, lang) }),
    listProofreadingRules: () => ({ rules: services.proofreading.rules() }),
    getProofreadingSettings: () => services.proofreading.settings(),
    setProofreadingRule: ({ rule, enabled }) => services.proofreading.setRuleEnabled(rule, enabled),
    addToDictionary: ({ word }) => services.proofreading.addWord(word),
    removeFromDictionary: ({ word }) => services.proofreading.removeWord(word),
    ignoreWord: ({ articleId, word }) => ({ ignored: services.proofreading.ignoreWord(articleId, word) }),
    analyseClaims: (input) => analyseClaims(services, input),
    listClaims: ({ articleId }) => services.claims.listForArticle(articleId),
    createClaim: (input) => services.claims.create(input),
    updateClaim: (input) => services.claims.update(input),
    deleteClaim: ({ claimId }) => services.claims.delete(claimId),
    addEvidence: (input) => services.claims.addEvidence(input),
    removeEvidence: (input) => services.claims.removeEvidence(input),
    getEvidenceFile: ({ evidenceId }) => services.claims.evidenceFile(evidenceId),
    importSource: (input) => services.sources.import(input),
    listSources: () => services.sources.list(),
    deleteSource: ({ id }) => services.sources.delete(id),
    searchSources: (input) => services.sources.search(input),
    findEvidence: (input) => services.sources.findEvidence(input),
    exportFactCheck: (input) => services.factCheckExport.export(input),
    createTranslation: (input) => services.translations.create(input),
    listTranslations: ({ articleId }) => services.translations.list(articleId),
    getTranslation: ({ articleId }) => services.translations.get(articleId),
    updateSegment: (input) => services.translations.updateSegment(input),
    checkTranslation: ({ articleId }) => services.translations.check(articleId),
    checkSegment: (input) => services.translations.checkSegment(input),
    startPretranslate: (input) => services.translations.startPretranslate(input),
    suggestMt: (input) => services.translations.suggestMt(input),
    getMtSettings: () => services.mt.view(),
    updateMtEngine: (input) => services.mt.updateEngine(input),
    updateMtSettings: (input) => services.mt.updateSettings(input),
    listMtModels: () => services.mt.models(),
    importMtModel: ({ files }) => services.mt.importModel(files),
    removeMtModel: ({ from, to }) => services.mt.removeModel(from, to),
    startMtModelDownload: ({ from, to }) => services.mt.startDownload(from, to),
    exportXliff: (input) => services.translations.exportXliff(input),
    importXliff: (input) => services.translations.importXliff(input),
    listMemories: () => services.tm.list(),
    createMemory: (input) => services.tm.create(input),
    updateMemory: (input) => services.tm.update(input),
    deleteMemory: ({ id }) => services.tm.delete(id),
    lookupTm: async (input) => (await services.tm.prepareIndex(), services.tm.lookup(input)),
    concordance: async (input) => (await services.tm.prepareConcordance(), services.tm.concordance(input)),
    startTmxImport: (input) => services.tmx.startImport(input),
    exportTmx: ({ memoryId }) => services.tmx.export(memoryId),
    listGlossaryTerms: (input) => services.glossary.list(input),
    saveGlossaryTerm: (input) => services.glossary.save(input),
    deleteGlossaryTerm: ({ id }) => services.glossary.delete(id),
    importGlossary: (input) => services.glossary.import(input),
    exportGlossary: (input) => services.glossary.export(input),
    getJob: ({ id }) => services.jobs.get(id),
    cancelJob: ({ id }) => services.jobs.cancel(id),
    listBackups: () => control().listBackups(),
    createBackup: () => control().createBackup('manual'),
    restoreBackup: ({ id }) => control().restoreBackup(id),
    getDatabaseHealth: () => control().health(),
  };
}
