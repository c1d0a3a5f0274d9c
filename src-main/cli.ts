/**
 * `redaksi`: the same services as the desktop app, headless, over the same database. Newsrooms
 * script it, so its JSON output is a contract: with --json every command prints exactly the
 * bridge's Result envelope, `{"ok":true,"value":…}` or `{"ok":false,"error":{"code","message"}}`.
 * The exceptions are `check --json`, whose output `{"findings":[…]}` is specified by itself
 * (issue 4; later checks add their kinds to it), `claims --json`, `{"claims":[…]}` (issue 5), and
 * `qa --json`, `{"findings":[{kind, rule, source, target, message}]}` (issue 6);
 * their failures print the usual error envelope.
 * Exit codes: 0 ok, 1 the command failed, 2 usage error.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appVersion } from './appVersion.ts';
import { createBackend, resolveDataDir, type Backend } from './createBackend.ts';
import { defaultDataDir } from './defaultDataDir.ts';
import { textToDocument } from './services/textToDocument.ts';
import { AppError } from './services/appError.ts';
import { importFile } from './services/importers/importFile.ts';
import { defaultImportLimits } from './services/importers/importLimits.ts';
import { ImportError } from './services/importers/importError.ts';
import { exportArticleToFile, exportFormats, type ExportFormat } from './services/exporters/exportArticle.ts';
import { documentText, parseDocument } from './services/documentValidation.ts';
import { compareFindings, type Finding } from './proofreading/finding.ts';
import { loadSpellChecker } from './proofreading/loadSpellChecker.ts';
import { proofreadText, resolveLang } from './proofreading/proofreadText.ts';
import { checkConsistency } from './factcheck/consistency/checkConsistency.ts';
import { detectClaims } from './factcheck/detectClaims.ts';
import { readTextFile } from './proofreading/readTextFile.ts';
import { checkTexts } from './translation/qa/checkTexts.ts';
import { glossaryTermsFromFile } from './glossary/readGlossaryFile.ts';
import type { Result } from '../src-preload/contract/errors.ts';
import type { Backup, RestoreResult } from '../src-preload/contract/backups.ts';
import type { Source, SourcePassageHit } from '../src-preload/contract/factcheck.ts';
import type { Memory, TmMatch } from '../src-preload/contract/translation.ts';
import { mtEngineIds, type MtEngineId, type MtEngineInfo, type MtModel, type MtSettingsView } from '../src-preload/contract/mt.ts';
import { translatePlainText } from './mt/translatePlainText.ts';
import type { Article, ArticleSummary, CleanupChange, Lang, SearchHit, SearchSegment, Settings } from '../src-preload/contract/domain.ts';

export const usage = `Usage: redaksi [--data DIR] [--json] <command> [options]

Commands:
  articles list [--status S] [--lang id|en] [--tag T] [--trashed] [--sort updated|created|title|wordCount] [--asc|--desc]
                                         list articles (default: not in the trash, most recently updated first)
  articles search QUERY [--limit N] [--offset N]
                                         full-text search: words are ANDed, "quoted phrases", prefix*
  articles show <id>                     print one article (headline and text)
  articles create --lang id|en [--title T] [--text FILE|-]
                                         create an article, body from a plain-text file or stdin
  articles delete <id>                   move an article to the trash
  articles restore <id>                  bring an article back from the trash
  articles status <id> [STATUS] [--note TEXT]
                                         show, or change, the workflow status (--note: why "ready"
                                         goes ahead with unresolved claims)
                                         (draft editing fact-check translation ready published archived)
  articles cleanup <id> [--apply]        preview the scraped-text cleanup (duplicated headline, "Baca juga"
                                         and share lines, odd spaces, quotes); --apply saves it
  import FILE [--lang id|en]             import a .docx, .html, .md or .txt file as a new article
                                         (default language id); prints the new article id
  export ID --format docx|html|md|txt|pdf -o OUT
                                         write an article to a file (atomically)
  check FILE [--lang id|en|auto]         proofread a UTF-8 text file: spelling, style rules, numbers, dates and
                                         consistency across the file (names, acronyms, figures, speakers)
                                         (default --lang auto); with --json prints {"findings":[...]}
  claims FILE [--lang id|en|auto]        list the sentences of a UTF-8 text file worth fact-checking, most
                                         check-worthy first; with --json prints {"claims":[...]}
  qa SOURCE TARGET [--glossary FILE] [--from id|en --to en|id]
                                         translation QA of a UTF-8 text file against its source: aligns the
                                         sentences, compares numbers, dates and names by value, glossary terms
                                         (a .csv or .tbx glossary), untranslated text, omitted or added
                                         sentences, quotes, brackets, spacing (languages detected when not
                                         given); with --json prints {"findings":[...]}
  sources list                           list the source library (documents kept as evidence material)
  sources import FILE                    add a .txt, .md, .html, .docx or .pdf (its text) to the source library
  sources search QUERY [--limit N]       search the source library's passages (same syntax as articles search)
  tm list                                list the translation memories
  tm import FILE --memory NAME [--from id|en --to en|id]
                                         import a TMX 1.4b file into a memory (created, id -> en by default,
                                         when missing); progress on stderr
  tm export --memory NAME [-o FILE]      write a memory as TMX 1.4b (to stdout without -o; --json needs -o)
  tm lookup (--memory NAME | --from id|en --to en|id) TEXT [--limit N]
                                         exact and fuzzy matches for TEXT, best first
  mt engines                             list the machine-translation engines: offline or not, switched on,
                                         ready directions, and the default
  mt engine ID [--on|--off] [--base-url URL] [--model NAME] [--default]
                                         set up an engine as Settings does (keys only in the app, or per run
                                         with $REDAKSI_MT_API_KEY); prints the engines
  mt translate FILE --from id|en --to en|id [--engine ID]
                                         machine-translate a UTF-8 text file sentence by sentence (paragraphs
                                         kept) with the default engine or ID (bergamot, openai, libretranslate,
                                         deepl); online engines must be switched on first (in Settings); the
                                         key comes from $REDAKSI_MT_API_KEY when set; progress on stderr
  mt models                              list the installed offline models
  mt models import PATH                  install a model from a folder or a .zip/.tar.gz archive (checked)
  mt models remove --from id|en --to en|id
  mt models download --from id|en --to en|id
                                         download the official model (resumes a broken download; progress on
                                         stderr)
  backups list                           list the database backups (newest first: id, reason, size)
  backups create                         back up the database now (checked with integrity_check)
  backups restore ID                     back up the current state, then put backup ID in place
                                         (a damaged database is renamed aside, never deleted)
  settings get                           print the settings
  settings set [--ui-language id|en] [--user-name NAME]

Options:
  --data DIR     data folder (default: $REDAKSI_DATA_DIR, else the desktop app's folder)
  --json         print the Result envelope as JSON: {"ok":true,"value":...} or {"ok":false,"error":{...}}
  -h, --help     show this help
  -v, --version  print the version
`;

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}

/** The memory called `name`; created (languages from --from/--to, else id -> en) when asked and missing. */
async function memoryNamed(backend: Backend, name: string, options: { from?: string | undefined; to?: string | undefined; create: boolean }): Promise<Memory> {
  const list = (await backend.dispatch('listMemories', {})) as Result<Memory[]>;
  if (!list.ok) throw new AppError(list.error.code, list.error.message);
  const found = list.value.find((m) => m.name === name.trim());
  if (found) return found;
  if (!options.create) throw new AppError('NOT_FOUND', `no memory named "${name}"`);
  const created = (await backend.dispatch('createMemory', { name, sourceLang: options.from ?? 'id', targetLang: options.to ?? (options.from === 'en' ? 'id' : 'en') })) as Result<Memory>;
  if (!created.ok) throw new AppError(created.error.code, created.error.message);
  return created.value;
}

function formatSummary(a: ArticleSummary): string {
  return `${a.id}  ${a.lang}  ${String(a.wordCount).padStart(6)}w  ${a.updatedAt}  ${a.title || '(untitled)'}`;
}

/** The engines one per line, the default marked with `*`. */
function describeEngines({ engines, defaultEngine }: { engines: MtEngineInfo[]; defaultEngine: string }): string {
  return engines
    .map((e) => `${e.id === defaultEngine ? '*' : ' '} ${e.id.padEnd(15)} ${e.offline ? 'offline' : 'online '}  ${e.enabled ? 'on ' : 'off'}  ready: ${e.ready.map((d) => `${d.from}->${d.to}`).join(' ') || '-'}  ${e.name}`)
    .join('\n');
}

/** "line:column" (1-based) of a string offset, for human-readable findings. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        lang: { type: 'string' },
        title: { type: 'string' },
        text: { type: 'string' },
        'ui-language': { type: 'string' },
        'user-name': { type: 'string' },
        status: { type: 'string' },
        tag: { type: 'string' },
        trashed: { type: 'boolean' },
        sort: { type: 'string' },
        asc: { type: 'boolean' },
        desc: { type: 'boolean' },
        limit: { type: 'string' },
        offset: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        apply: { type: 'boolean', default: false },
        note: { type: 'string' },
        memory: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        glossary: { type: 'string' },
        engine: { type: 'string' },
        on: { type: 'boolean' },
        off: { type: 'boolean' },
        'base-url': { type: 'string' },
        model: { type: 'string' },
        default: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`redaksi: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  if (values.version) {
    io.stdout(`${values.json ? JSON.stringify({ ok: true, value: { version: appVersion } }) : appVersion}\n`);
    return 0;
  }
  const [group, action, ...rest] = positionals;
  if (!group) {
    io.stderr(usage);
    return 2;
  }

  const dataDir = values.data ?? resolveDataDir(io.env, defaultDataDir(io.env));
  let backend;
  try {
    backend = createBackend({ dataDir, systemLocale: io.env.LANG ?? Intl.DateTimeFormat().resolvedOptions().locale, appVersion });
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'INTERNAL';
    const message = (error as Error).message;
    if (values.json) io.stdout(`${JSON.stringify({ ok: false, error: { code, message } })}\n`);
    else io.stderr(`redaksi: cannot open the database in ${dataDir}: ${message}\n`);
    return 1;
  }

  try {
    let result: Result<unknown>;
    let human: (value: unknown) => string;
    const key = group === 'import' || group === 'export' || group === 'check' || group === 'claims' || group === 'qa' ? group : `${group} ${action ?? ''}`.trim();
    switch (key) {
      case 'articles list': {
        const filter: Record<string, unknown> = {};
        if (values.status !== undefined) filter.status = values.status;
        if (values.lang !== undefined) filter.lang = values.lang;
        if (values.tag !== undefined) filter.tag = values.tag;
        if (values.trashed) filter.trashed = true;
        if (values.sort !== undefined) filter.sort = values.sort;
        if (values.asc || values.desc) filter.direction = values.asc ? 'asc' : 'desc';
        result = await backend.dispatch('listArticles', filter);
        human = (v) => (v as ArticleSummary[]).map(formatSummary).join('\n');
        break;
      }
      case 'articles search': {
        if (rest.length === 0) throw new UsageError('articles search needs a query');
        const input: Record<string, unknown> = { query: rest.join(' ') };
        if (values.limit !== undefined) input.limit = Number(values.limit);
        if (values.offset !== undefined) input.offset = Number(values.offset);
        result = await backend.dispatch('searchArticles', input);
        // Hits are marked with [ ] in text output; --json keeps the segments.
        const marked = (segments: SearchSegment[]) => segments.map((g) => (g.hit ? `[${g.text}]` : g.text)).join('');
        human = (v) => (v as SearchHit[]).map((h) => `${h.summary.id}  ${marked(h.headline)}\n    ${marked(h.snippet)}`).join('\n');
        break;
      }
      case 'articles delete':
      case 'articles restore': {
        if (!rest[0]) throw new UsageError(`articles ${action} needs an article id`);
        result = await backend.dispatch(action === 'delete' ? 'deleteArticle' : 'restoreArticle', { id: rest[0] });
        human = () => '';
        break;
      }
      case 'articles status': {
        if (!rest[0]) throw new UsageError('articles status needs an article id');
        const override = values.note !== undefined ? { override: { note: values.note } } : {};
        result = rest[1]
          ? await backend.dispatch('setArticleStatus', { id: rest[0], status: rest[1], ...override })
          : await backend.dispatch('getArticleStatus', { id: rest[0] });
        human = (v) => (v as { status: string }).status;
        break;
      }
      case 'articles cleanup': {
        if (!rest[0]) throw new UsageError('articles cleanup needs an article id');
        const preview = await backend.dispatch('previewCleanup', { id: rest[0] });
        result = preview;
        if (preview.ok && values.apply) {
          const current = await backend.dispatch('getArticle', { id: rest[0] });
          const applied = current.ok ? await backend.dispatch('applyCleanup', { id: rest[0], baseVersion: (current.value as Article).version }) : current;
          // --json: the cleaned article and the changes made.
          result = applied.ok ? { ok: true, value: { article: applied.value, changes: (preview.value as { changes: CleanupChange[] }).changes } } : applied;
        }
        human = (v) => {
          const { changes } = v as { changes: CleanupChange[] };
          if (changes.length === 0) return 'Nothing to clean.';
          const lines = changes.map((c) => `${String(c.line).padStart(4)}  ${c.kind.padEnd(18)}  ${JSON.stringify(c.before)} -> ${c.after === '' ? '(removed)' : JSON.stringify(c.after)}`);
          return [...lines, values.apply ? `Applied ${changes.length} change(s).` : `${changes.length} change(s); run with --apply to save them.`].join('\n');
        };
        break;
      }
      case 'articles show':
        if (!rest[0]) throw new UsageError('articles show needs an article id');
        result = await backend.dispatch('getArticle', { id: rest[0] });
        human = (v) => {
          const a = v as Article;
          return `${a.title || '(untitled)'}\n\n${documentText(parseDocument(a.doc))}`;
        };
        break;
      case 'articles create': {
        if (!values.lang) throw new UsageError('articles create needs --lang id|en');
        const created = await backend.dispatch('createArticle', { lang: values.lang, ...(values.title !== undefined ? { title: values.title } : {}) });
        result = created;
        if (created.ok && values.text !== undefined) {
          const text = values.text === '-' ? io.readStdin() : readFileSync(values.text, 'utf8');
          const article = created.value as Article;
          const saved = await backend.dispatch('saveArticle', { id: article.id, title: article.title, doc: textToDocument(text), baseVersion: article.version });
          result = saved.ok ? await backend.dispatch('getArticle', { id: article.id }) : saved;
        }
        human = (v) => (v as Article).id;
        break;
      }
      case 'import': {
        // Single-word command: the file is the second positional.
        const file = action;
        if (!file) throw new UsageError('import needs a file');
        const imported = await importFile(resolve(file));
        const lang = values.lang ?? 'id';
        // Through the transfer service: the article and its embedded pictures commit together.
        result = lang === 'id' || lang === 'en' ? { ok: true, value: backend.services.transfer.storeImported(imported, lang) } : { ok: false, error: { code: 'INVALID_INPUT', message: 'lang must be id or en' } };
        human = (v) => (v as Article).id;
        break;
      }
      case 'export': {
        const id = action;
        if (!id) throw new UsageError('export needs an article id');
        const format = values.format as ExportFormat | undefined;
        if (!format || !(exportFormats as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${exportFormats.join(', ')}`);
        if (!values.output) throw new UsageError('export needs -o OUT');
        const got = await backend.dispatch('getArticle', { id });
        if (got.ok) {
          const a = got.value as Article;
          const out = resolve(values.output);
          await exportArticleToFile(backend.services.transfer.exportable(a), format, out);
          result = { ok: true, value: { id: a.id, format, path: out } };
        } else result = got;
        human = (v) => (v as { path: string }).path;
        break;
      }
      case 'check': {
        const file = action;
        if (!file) throw new UsageError('check needs a file');
        const lang = values.lang ?? 'auto';
        if (lang !== 'id' && lang !== 'en' && lang !== 'auto') throw new UsageError('--lang must be id, en or auto');
        const text = readTextFile(resolve(file));
        const { checker } = await loadSpellChecker(join(dataDir, 'cache', 'dictionaries'));
        const { uiLanguage } = backend.services.settings.get();
        // Consistency and date findings across the whole file come with `related`, the other place.
        const findings = [
          ...proofreadText(text, { lang, uiLanguage, spell: checker, spellingSuggestions: true }),
          ...checkConsistency(text, resolveLang(text, lang), { uiLanguage }),
        ].sort(compareFindings);
        if (values.json) {
          io.stdout(`${JSON.stringify({ findings })}\n`);
          return 0;
        }
        result = { ok: true, value: findings };
        human = (v) =>
          (v as Finding[])
            .map((f) => `${lineColumn(text, f.start)}  ${f.kind}  ${f.rule}  "${f.text}"  ${f.message}${f.suggestions.length ? `  -> ${f.suggestions.slice(0, 3).map((s) => `"${s}"`).join(', ')}` : ''}${f.related ? `  (${lineColumn(text, f.related.start)} "${f.related.text}")` : ''}`)
            .join('\n');
        break;
      }
      case 'claims': {
        const file = action;
        if (!file) throw new UsageError('claims needs a file');
        const lang = values.lang ?? 'auto';
        if (lang !== 'id' && lang !== 'en' && lang !== 'auto') throw new UsageError('--lang must be id, en or auto');
        const text = readTextFile(resolve(file));
        // The README's contract: exactly these fields, most check-worthy first.
        const claims = detectClaims(text, resolveLang(text, lang)).map(({ start, end, text: sentence, reason, figures }) => ({
          start,
          end,
          text: sentence,
          reason,
          figures: figures.map(({ kind, text: written, value, unit }) => ({ kind, text: written, value, unit })),
        }));
        if (values.json) {
          io.stdout(`${JSON.stringify({ claims })}\n`);
          return 0;
        }
        result = { ok: true, value: claims };
        human = (v) =>
          (v as typeof claims)
            .map((c) => `${lineColumn(text, c.start)}  ${c.reason}  "${c.text}"${c.figures.length ? `\n    ${c.figures.map((f) => `${f.kind} ${f.text}${f.value === null ? '' : ` = ${f.value}${f.unit ? ` ${f.unit}` : ''}`}`).join('; ')}` : ''}`)
            .join('\n');
        break;
      }
      case 'qa': {
        const [sourceFile, targetFile] = [action, rest[0]];
        if (!sourceFile || !targetFile) throw new UsageError('qa needs a source file and a target file');
        for (const [name, lang] of [['--from', values.from], ['--to', values.to]] as const) {
          if (lang !== undefined && lang !== 'id' && lang !== 'en') throw new UsageError(`${name} must be id or en`);
        }
        const sourceText = readTextFile(resolve(sourceFile));
        const targetText = readTextFile(resolve(targetFile));
        const terms = values.glossary === undefined ? [] : glossaryTermsFromFile(resolve(values.glossary));
        // Not given: each file's own language; a target in the source's language is the other one.
        const sourceLang = (values.from as Lang | undefined) ?? resolveLang(sourceText, 'auto');
        const detected = resolveLang(targetText, 'auto');
        const targetLang = (values.to as Lang | undefined) ?? (detected === sourceLang ? (sourceLang === 'id' ? 'en' : 'id') : detected);
        // The README's contract: exactly these fields, offsets into each file's text.
        const findings = checkTexts(sourceText, targetText, { sourceLang, targetLang, terms }).map(({ kind, rule, source, target, message }) => ({ kind, rule, source, target, message }));
        if (values.json) {
          io.stdout(`${JSON.stringify({ findings })}\n`);
          return 0;
        }
        result = { ok: true, value: findings };
        human = (v) =>
          (v as typeof findings)
            .map((f) => {
              const where = [f.source ? `source ${lineColumn(sourceText, f.source.start)}` : '', f.target ? `target ${lineColumn(targetText, f.target.start)}` : ''].filter(Boolean).join(', ');
              return `${where}  ${f.kind}  ${f.rule}  ${f.message}`;
            })
            .join('\n');
        break;
      }
      case 'sources list':
        result = await backend.dispatch('listSources', {});
        human = (v) => (v as Source[]).map((x) => `${x.id}  ${x.format.padEnd(4)}  ${String(x.passages).padStart(5)}p  ${x.importedAt}  ${x.title}`).join('\n');
        break;
      case 'sources import': {
        const file = rest[0];
        if (!file) throw new UsageError('sources import needs a file');
        // The size cap before reading, as for article import: a huge file is refused, not loaded.
        const path = resolve(file);
        let size: number;
        try {
          size = statSync(path).size;
        } catch (error) {
          throw new ImportError('unreadable', `cannot read ${basename(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
        if (size > defaultImportLimits.maxFileBytes) throw new AppError('FILE_TOO_LARGE', `${basename(path)} is ${size} bytes; files over ${defaultImportLimits.maxFileBytes} bytes cannot be imported`);
        result = await backend.dispatch('importSource', { name: basename(path), dataBase64: readFileSync(path).toString('base64') });
        human = (v) => (v as Source).id;
        break;
      }
      case 'sources search': {
        if (rest.length === 0) throw new UsageError('sources search needs a query');
        const input: Record<string, unknown> = { query: rest.join(' ') };
        if (values.limit !== undefined) input.limit = Number(values.limit);
        result = await backend.dispatch('searchSources', input);
        const marked = (segments: SearchSegment[]) => segments.map((g) => (g.hit ? `[${g.text}]` : g.text)).join('');
        human = (v) => (v as SourcePassageHit[]).map((h) => `${h.sourceId}#${h.ordinal}  ${h.sourceTitle}\n    ${marked(h.snippet)}`).join('\n');
        break;
      }
      case 'tm list':
        result = await backend.dispatch('listMemories', {});
        human = (v) => (v as Memory[]).map((m) => `${m.id}  ${m.sourceLang}->${m.targetLang}  ${String(m.units).padStart(8)}  ${m.name}`).join('\n');
        break;
      case 'tm import': {
        const file = rest[0];
        if (!file || !values.memory) throw new UsageError('tm import needs a file and --memory NAME');
        const path = resolve(file);
        try {
          statSync(path);
        } catch (error) {
          throw new AppError('NOT_FOUND', `cannot read ${basename(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
        const memory = await memoryNamed(backend, values.memory, { from: values.from, to: values.to, create: true });
        const jobs = backend.services.jobs;
        const started = backend.services.tmx.importFile(memory.id, path);
        // Progress for people on stderr; stdout stays the one JSON line.
        let shown = -1;
        const ticker = setInterval(() => {
          const job = jobs.get(started.id);
          const percent = job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
          if (percent !== shown) io.stderr(`\rredaksi: importing ${basename(path)}: ${percent} %`);
          shown = percent;
        }, 250);
        const job = await jobs.wait(started.id).finally(() => clearInterval(ticker));
        if (shown >= 0) io.stderr('\n');
        if (job.state !== 'done') throw new AppError(job.error?.code === undefined ? 'INTERNAL' : (job.error.code as AppError['code']), job.error?.message ?? `the import ended ${job.state}`);
        const after = (await backend.dispatch('listMemories', {})) as Result<Memory[]>;
        result = { ok: true, value: { memory: after.ok ? (after.value.find((m) => m.id === memory.id) ?? memory) : memory, ...job.result } };
        human = (v) => {
          const r = v as { memory: Memory; imported: number; skipped: number };
          return `${r.imported} units imported into "${r.memory.name}" (${r.skipped} skipped: not both ${r.memory.sourceLang} and ${r.memory.targetLang}, or empty)`;
        };
        break;
      }
      case 'tm export': {
        if (!values.memory) throw new UsageError('tm export needs --memory NAME');
        if (values.json && !values.output) throw new UsageError('tm export --json needs -o FILE (the TMX itself is not JSON)');
        const memory = await memoryNamed(backend, values.memory, { create: false });
        if (!values.output) {
          const file = backend.services.tmx.export(memory.id);
          io.stdout(Buffer.from(file.dataBase64, 'base64').toString('utf8'));
          return 0;
        }
        const path = resolve(values.output);
        const units = backend.services.tmx.exportToFile(memory.id, path);
        result = { ok: true, value: { memoryId: memory.id, path, units } };
        human = (v) => `${(v as { units: number }).units} units written to ${path}`;
        break;
      }
      case 'tm lookup': {
        if (rest.length === 0) throw new UsageError('tm lookup needs the text to look up');
        let sourceLang = values.from;
        let targetLang = values.to;
        let memoryId: string | null = null;
        if (values.memory) {
          const memory = await memoryNamed(backend, values.memory, { create: false });
          ({ sourceLang, targetLang } = memory);
          memoryId = memory.id;
        } else if (!sourceLang || !targetLang) throw new UsageError('tm lookup needs --memory NAME or --from and --to');
        const input: Record<string, unknown> = { source: rest.join(' '), sourceLang, targetLang };
        if (values.limit !== undefined) input.limit = Number(values.limit);
        const found = (await backend.dispatch('lookupTm', input)) as Result<TmMatch[]>;
        result = found.ok && memoryId ? { ok: true, value: found.value.filter((m) => m.memoryId === memoryId) } : found;
        human = (v) => (v as TmMatch[]).map((m) => `${String(m.score).padStart(3)}%  ${m.source}\n      ${m.target}  (${m.memoryName})`).join('\n');
        break;
      }
      case 'mt engines': {
        const view = (await backend.dispatch('getMtSettings', {})) as Result<MtSettingsView>;
        result = view.ok ? { ok: true, value: { engines: view.value.engines, defaultEngine: view.value.defaultEngine } } : view;
        human = (v) => describeEngines(v as { engines: MtEngineInfo[]; defaultEngine: string });
        break;
      }
      case 'mt engine': {
        const id = rest[0];
        if (!id) throw new UsageError(`mt engine needs an engine id (${mtEngineIds.join(', ')})`);
        if (values.on && values.off) throw new UsageError('mt engine takes --on or --off, not both');
        const patch: Record<string, unknown> = { id };
        if (values.on || values.off) patch.enabled = Boolean(values.on);
        if (values['base-url'] !== undefined) patch.baseUrl = values['base-url'];
        if (values.model !== undefined) patch.model = values.model;
        let updated = await backend.dispatch('updateMtEngine', patch);
        if (updated.ok && values.default) updated = await backend.dispatch('updateMtSettings', { defaultEngine: id });
        result = updated.ok ? { ok: true, value: { engines: (updated.value as MtSettingsView).engines, defaultEngine: (updated.value as MtSettingsView).defaultEngine } } : updated;
        human = (v) => describeEngines(v as { engines: MtEngineInfo[]; defaultEngine: string });
        break;
      }
      case 'mt translate': {
        const file = rest[0];
        if (!file) throw new UsageError('mt translate needs a file');
        const from = values.from;
        const to = values.to;
        if ((from !== 'id' && from !== 'en') || (to !== 'id' && to !== 'en') || from === to) throw new UsageError('mt translate needs --from id|en and --to en|id (two different languages)');
        const engine = values.engine ?? backend.services.mt.defaultEngine();
        if (!(mtEngineIds as readonly string[]).includes(engine)) throw new UsageError(`--engine must be one of ${mtEngineIds.join(', ')}`);
        const text = readTextFile(resolve(file));
        const apiKey = io.env.REDAKSI_MT_API_KEY?.trim() || undefined;
        let shown = -1;
        const translated = await translatePlainText(text, from, (sentences) =>
          backend.services.mt.translate({
            engine: engine as MtEngineId,
            from,
            to,
            texts: sentences,
            ...(apiKey ? { apiKey } : {}),
            onProgress: (done) => {
              const percent = Math.floor((done / sentences.length) * 100);
              if (percent !== shown) io.stderr(`\rredaksi: translating with ${engine}: ${percent} %`);
              shown = percent;
            },
          }),
        );
        if (shown >= 0) io.stderr('\n');
        result = { ok: true, value: { engine, from, to, text: translated.text, sentences: translated.sentences } };
        human = (v) => (v as { text: string }).text.replace(/\n$/, '');
        break;
      }
      case 'mt models': {
        const [sub, path] = rest;
        if (sub === undefined) result = await backend.dispatch('listMtModels', {});
        else if (sub === 'import') {
          if (!path) throw new UsageError('mt models import needs a folder or archive');
          await backend.services.mt.importModelFrom(resolve(path));
          result = await backend.dispatch('listMtModels', {});
        } else if (sub === 'remove') result = await backend.dispatch('removeMtModel', { from: values.from, to: values.to });
        else if (sub === 'download') {
          const started = await backend.dispatch('startMtModelDownload', { from: values.from, to: values.to });
          if (!started.ok) result = started;
          else {
            const jobs = backend.services.jobs;
            const id = (started.value as { id: string }).id;
            let shown = -1;
            const ticker = setInterval(() => {
              const job = jobs.get(id);
              const percent = job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
              if (percent !== shown) io.stderr(`\rredaksi: downloading the ${values.from}->${values.to} model: ${percent} %`);
              shown = percent;
            }, 250);
            const job = await jobs.wait(id).finally(() => clearInterval(ticker));
            if (shown >= 0) io.stderr('\n');
            if (job.state !== 'done') throw new AppError(job.error?.code === undefined ? 'INTERNAL' : (job.error.code as AppError['code']), job.error?.message ?? `the download ended ${job.state}`);
            result = await backend.dispatch('listMtModels', {});
          }
        } else throw new UsageError(`unknown command "mt models ${sub}"`);
        human = (v) =>
          (v as MtModel[]).map((m) => `${m.from}->${m.to}  ${m.damaged ? 'DAMAGED' : `${(m.bytes / 1e6).toFixed(1)} MB`}  ${m.origin ?? ''}  ${m.installedAt ?? ''}`).join('\n') || 'No offline models installed.';
        break;
      }
      case 'backups list':
        result = await backend.dispatch('listBackups', {});
        human = (v) => (v as Backup[]).map((b) => `${b.id}  ${b.reason.padEnd(14)}  ${(b.sizeBytes / 1e6).toFixed(1).padStart(6)} MB`).join('\n') || 'No backups yet.';
        break;
      case 'backups create':
        result = await backend.dispatch('createBackup', {});
        human = (v) => (v as Backup).id;
        break;
      case 'backups restore': {
        if (!rest[0]) throw new UsageError('backups restore needs a backup id (see backups list)');
        result = await backend.dispatch('restoreBackup', { id: rest[0] });
        human = (v) => {
          const r = v as RestoreResult;
          return [`restored ${r.restored}`, r.beforeRestore ? `previous state kept as ${r.beforeRestore}` : '', r.damagedCopyPath ? `damaged database kept as ${r.damagedCopyPath}` : ''].filter(Boolean).join('\n');
        };
        break;
      }
      case 'settings get':
        result = await backend.dispatch('getSettings', {});
        human = (v) => Object.entries(v as Settings).map(([k, val]) => `${k}: ${String(val)}`).join('\n');
        break;
      case 'settings set': {
        const patch: Record<string, unknown> = {};
        if (values['ui-language'] !== undefined) patch.uiLanguage = values['ui-language'];
        if (values['user-name'] !== undefined) patch.userName = values['user-name'];
        result = await backend.dispatch('updateSettings', patch);
        human = (v) => Object.entries(v as Settings).map(([k, val]) => `${k}: ${String(val)}`).join('\n');
        break;
      }
      default:
        throw new UsageError(`unknown command "${key}"`);
    }
    if (values.json) io.stdout(`${JSON.stringify(result)}\n`);
    else if (result.ok) {
      const text = human(result.value);
      io.stdout(text ? `${text}\n` : '');
    } else io.stderr(`redaksi: ${result.error.code}: ${result.error.message}\n`);
    return result.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`redaksi: ${error.message}\n\n${usage}`);
      return 2;
    }
    // Importers and exporters raise typed errors (a refused file, a full disk); keep their code.
    const code = error instanceof AppError ? error.code : 'INTERNAL';
    const message = (error as Error).message;
    if (values.json) io.stdout(`${JSON.stringify({ ok: false, error: { code, message } })}\n`);
    else io.stderr(`redaksi: ${code}: ${message}\n`);
    return 1;
  } finally {
    backend.close();
  }
}
