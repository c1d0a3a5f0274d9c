import type { Db } from '../db/openDatabase.ts';
import { ArticlesRepo } from '../db/repos/articlesRepo.ts';
import { SettingsRepo } from '../db/repos/settingsRepo.ts';
import { RevisionsRepo } from '../db/repos/revisionsRepo.ts';
import { CommentsRepo } from '../db/repos/commentsRepo.ts';
import { ClaimsRepo } from '../db/repos/claimsRepo.ts';
import { ArticlesService } from './articlesService.ts';
import { SearchRepo } from '../db/repos/searchRepo.ts';
import { SearchIndexStateRepo } from '../db/repos/searchIndexStateRepo.ts';
import { SearchIndexer } from './searchIndexer.ts';
import { ArticleMetaService } from './articleMetaService.ts';
import { SearchService } from './searchService.ts';
import { SettingsService } from './settingsService.ts';
import { RevisionsService } from './revisionsService.ts';
import { CommentsService } from './commentsService.ts';
import { ClaimsService } from './claimsService.ts';
import { SourcesRepo } from '../db/repos/sourcesRepo.ts';
import { SourcesService } from './sourcesService.ts';
import { FactCheckExportService } from './factCheckExportService.ts';
import { TransferService } from './transferService.ts';
import { CleanupService } from './cleanupService.ts';
import { MediaRepo } from '../db/repos/mediaRepo.ts';
import { MediaService } from './mediaService.ts';
import { dictionaryCacheDir, ProofreadingService } from './proofreadingService.ts';
import { TranslationMemoryService } from './translationMemoryService.ts';
import { GlossaryService } from './glossaryService.ts';
import { JobsService } from './jobsService.ts';
import { TmxService } from './tmxService.ts';
import { WriteGate } from '../db/writeGate.ts';
import { appVersion } from '../appVersion.ts';
import { TranslationsService } from './translationsService.ts';
import { TranslationsRepo } from '../db/repos/translationsRepo.ts';
import { writeXliff } from '../interchange/xliff.ts';
import { readXliffInWorker } from '../interchange/runInterchangeWorker.ts';
import { MtService } from './mtService.ts';
import { ModelStore } from '../mt/models/modelStore.ts';
import { downloadModel } from '../mt/models/modelDownload.ts';
import { MtWorkerClient } from '../mt/mtWorkerClient.ts';
import { fileKeySecretBox } from '../mt/fileKeySecretBox.ts';
import type { SecretBox } from '../mt/secretBox.ts';
import { officialModelRegistryUrl } from '../mt/models/officialModelRegistry.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Services {
  articles: ArticlesService;
  settings: SettingsService;
  revisions: RevisionsService;
  comments: CommentsService;
  /** Claims tracked by the fact-check desk, their evidence and history. */
  claims: ClaimsService;
  /** The source library: imported documents, passage search, "Find evidence". */
  sources: SourcesService;
  /** The fact-check report and ClaimReview JSON-LD of an article. */
  factCheckExport: FactCheckExportService;
  /** Article metadata, tags and workflow status. */
  articleMeta: ArticleMetaService;
  /** Full-text search over articles outside the trash. */
  search: SearchService;
  /** Import of files as articles, export of articles as files. */
  transfer: TransferService;
  /** "Clean up scraped text": preview and apply. */
  cleanup: CleanupService;
  /** Pictures stored by the app (`media/<sha256>`). */
  media: MediaService;
  /** Proofreading in the editor (a worker started on the first check) and its settings. */
  proofreading: ProofreadingService;
  /** Translations as linked articles and their segments (the translation desk). */
  translations: TranslationsService;
  /** Translation memories: lookup, concordance, storing confirmed segments. */
  tm: TranslationMemoryService;
  /** TMX import (a job) and export of a memory. */
  tmx: TmxService;
  /** Raised by the bridge while a call runs: a TMX import worker then yields the write lock (db/writeGate.ts). */
  writeGate: WriteGate;
  /** Glossary entries, TBX/CSV interchange, term matching. */
  glossary: GlossaryService;
  /** Long jobs the renderer polls and can cancel. */
  jobs: JobsService;
  /** Machine translation: engines and their settings, offline models, batches run in the MT worker. */
  mt: MtService;
}

export interface ServiceOptions {
  /** OS locale, used for the UI language until the user picks one. */
  systemLocale: string;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Gap between automatic revisions while editing (default 10 minutes); tests shorten it. */
  autoRevisionIntervalMs?: number;
  /** The data folder; the dictionary cache lives in it (none when omitted). */
  dataDir?: string;
  /** Overrides `<dataDir>/cache/dictionaries`. */
  dictionaryCacheDir?: string | undefined;
  /** Where online engines' keys are encrypted (the desktop app: Electron safeStorage). Default: a key file in the data folder. */
  secrets?: SecretBox | undefined;
}

/** The composition root of the domain: every service, wired to one database. No singletons. */
export function createServices(db: Db, options: ServiceOptions): Services {
  const articlesRepo = new ArticlesRepo(db);
  const searchRepo = new SearchRepo(db);
  // Saves mark the index stale; it catches up off the save path, and a search catches it up first.
  const indexer = new SearchIndexer(new SearchIndexStateRepo(db), searchRepo, articlesRepo);
  const articles = new ArticlesService(articlesRepo, options.now, searchRepo, indexer);
  const settingsRepo = new SettingsRepo(db);
  const settings = new SettingsService(settingsRepo, options.systemLocale);
  const author = () => settings.get().userName;
  const revisions = new RevisionsService(new RevisionsRepo(db), articles, { now: options.now, autoIntervalMs: options.autoRevisionIntervalMs, author });
  // One autosave = one transaction: the periodic 'auto' revision commits with the save it follows.
  articles.onSavedInTransaction((articleId) => void revisions.recordAutoIfDue(articleId));
  const claims = new ClaimsService(new ClaimsRepo(db), { now: options.now, author });
  // The readiness gate: a move to "ready" counts the article's unresolved claims in the same transaction.
  const articleMeta = new ArticleMetaService(articlesRepo, searchRepo, {
    now: options.now,
    author,
    readinessGate: (articleId) => (settings.get().claimsGate ? claims.unresolvedCount(articleId) : 0),
  });
  // Every status change keeps a version of the text as it was, in the same transaction; the
  // version's name is the new status code, which the Versions panel shows translated.
  articleMeta.onStatusChangedInTransaction(({ articleId, to }) => void revisions.recordRevision(articleId, 'status', to));
  const media = new MediaService(new MediaRepo(db), { now: options.now });
  // A previous run may have stopped between a save and its re-index: catch up soon, not during start-up.
  indexer.scheduleIfStale();
  const tm = new TranslationMemoryService(db, { now: options.now, author, dataDir: options.dataDir });
  const glossary = new GlossaryService(db, { now: options.now, author });
  const jobs = new JobsService();
  const writeGate = new WriteGate();
  // Without a data folder (some tests) models and the key file would go to a temporary folder,
  // created only if something is installed or a key stored.
  const dataDir = options.dataDir ?? join(tmpdir(), `redaksi-no-data-dir-${process.pid}`);
  const modelsRoot = join(dataDir, 'mt-models');
  const mt = new MtService({
    settings: settingsRepo,
    secrets: options.secrets ?? fileKeySecretBox(dataDir),
    models: new ModelStore(modelsRoot),
    runner: new MtWorkerClient(),
    jobs,
    download: (o) => downloadModel({ ...o, rootDir: modelsRoot }),
    defaultRegistryUrl: officialModelRegistryUrl,
    tempDir: join(modelsRoot, '.incoming'),
  });
  return {
    writeGate,
    translations: new TranslationsService({
      repo: new TranslationsRepo(db),
      articlesRepo,
      articles,
      articleMeta,
      claims,
      tm,
      glossary,
      jobs,
      mt,
      xliff: { write: writeXliff, read: (bytes) => readXliffInWorker(bytes) },
      revisions,
      author,
      now: options.now,
    }),
    tm,
    mt,
    tmx: new TmxService(db, jobs, tm, { now: options.now, appVersion, writeGate }),
    glossary,
    jobs,
    articles,
    settings,
    revisions,
    comments: new CommentsService(new CommentsRepo(db), { now: options.now, author }),
    claims,
    sources: new SourcesService(new SourcesRepo(db), claims, articles, { now: options.now, author }),
    factCheckExport: new FactCheckExportService({ articles, claims, uiLanguage: () => settings.get().uiLanguage, now: options.now }),
    articleMeta,
    search: new SearchService(searchRepo, articlesRepo, indexer),
    transfer: new TransferService(articles, media),
    cleanup: new CleanupService(articles, revisions),
    media,
    proofreading: new ProofreadingService(settingsRepo, settings, { cacheDir: options.dictionaryCacheDir ?? (options.dataDir ? dictionaryCacheDir(options.dataDir) : null) }),
  };
}
