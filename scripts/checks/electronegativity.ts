/**
 * The Electronegativity gate (RELIABILITY.md S1). Electronegativity always exits 0, never lists
 * files it could not parse in its CSV, and does not even look at `.cjs`/`.mjs` files (our built
 * preload is `index.cjs`). So it is driven here through its Node API, never its CLI:
 * - the scanned folders are copied to a staging folder with every script file under an extension
 *   it reads (`index.cjs` becomes `index.cjs.js`), so nothing is skipped for its name;
 * - its parser is watched, and a file that was not parsed, or that produced a parse error or a
 *   recovered-from syntax error, fails the gate;
 * - its own CSV writer races with itself (the header is written asynchronously with truncation
 *   while rows are appended, so rows sometimes vanish), so the findings come from its API and the
 *   CSV (same columns as its own) is written here, synchronously, as the record of the run;
 * - JavaScript is parsed by Babel first (its default, esprima, stops at ES2017 and "recovers"
 *   with a partial tree from top-level await or class fields);
 * - every HIGH or MEDIUM finding (and any finding of the checks in alwaysGatedChecks) must be in
 *   scripts/checks/electronegativity-reviewed.json with a reason, and every entry there must
 *   still match a finding, so the list cannot rot.
 * Test files and testing/ and fixtures/ folders are not shipped, so they are not scanned.
 * It runs offline: the translation download it starts with is answered by a stub, and the one
 * online check (AvailableSecurityFixesGlobalCheck, which downloads Electron's release list) is
 * left out; the installed Electron version is held to a floor by dependencyFloors.test.ts instead.
 *
 * `node scripts/checks/electronegativity.ts` scans src-main, src-preload and the built out/ (run
 * `npm run build` first), writes .test-results/electronegativity.csv and exits 1 on any problem.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const packageDir = join(repo, 'node_modules/@doyensec/electronegativity');

/** A folder to scan, and the name its files carry in findings (e.g. `out/main`). */
export interface ScanInput {
  label: string;
  dir: string;
}

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

export interface ElectronegativityFinding {
  id: string;
  severity: Severity;
  confidence: string;
  /** `label/relative/path` of the original file (not the staged copy). */
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
}

export interface ElectronegativityScan {
  csvPath: string;
  /** Every file handed to Electronegativity (original names). */
  stagedFiles: string[];
  /** Files its parser turned into a syntax tree (original names). */
  parsedFiles: string[];
  /** Parse errors (`tolerable` = it recovered and went on with a partial tree). */
  errors: { file: string; message: string; tolerable: boolean }[];
  findings: ElectronegativityFinding[];
  checksRun: number;
}

export interface ReviewedFinding {
  id: string;
  /** Original file name; `*` matches within a path segment (for hashed bundle names). */
  file: string;
  /** When given, the finding's sample line must contain this text. */
  sampleContains?: string;
  reason: string;
}

/** Where each extension we emit or write is staged so Electronegativity parses it. */
const stagedExtension: Record<string, string> = {
  '.js': '',
  '.jsx': '',
  '.ts': '',
  '.tsx': '',
  '.html': '',
  '.htm': '',
  '.cjs': '.js',
  '.mjs': '.js',
  '.cts': '.ts',
  '.mts': '.ts',
};

/** Test files, test-only stand-ins and fixtures are not shipped, so they are not scanned. */
function isShipped(name: string, isDirectory: boolean): boolean {
  if (isDirectory) return name !== 'node_modules' && name !== 'testing' && name !== 'fixtures';
  return !/\.test\.[cm]?tsx?$/.test(name);
}

function extensionOf(name: string): string {
  const match = /\.[^./]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

function listScripts(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!isShipped(entry.name, entry.isDirectory())) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listScripts(path));
    else if (entry.isFile() && extensionOf(entry.name) in stagedExtension) out.push(path);
  }
  return out;
}

const toPosix = (path: string) => path.split(sep).join('/');

interface RunnerIssue {
  id: string;
  file: string;
  severity: { name: string };
  confidence: { name: string };
  location: { line: number; column: number };
  sample?: string;
  description: string;
}
interface RunnerResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RunnerIssue[];
  globalChecks: number;
  atomicChecks: number;
}
type Runner = (options: Record<string, unknown>) => Promise<RunnerResult>;

let loaded: { run: Runner; parsed: Set<string> } | null = null;

/**
 * Loads Electronegativity once, with `got` (its only network client) replaced by a stub that
 * fails at once, and its parser wrapped to record which files it really parsed.
 */
function loadElectronegativity(): { run: Runner; parsed: Set<string> } {
  if (loaded) return loaded;
  if (!existsSync(packageDir)) throw new Error('@doyensec/electronegativity is not installed: run npm ci');
  const require = createRequire(join(packageDir, 'package.json'));
  const gotPath = createRequire(join(packageDir, 'dist/locales/i18n.js')).resolve('got');
  const offline = () => Promise.reject(new Error('Electronegativity runs offline here'));
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = { __esModule: true, default: offline };
  require.cache[gotPath] = stub;

  const parsed = new Set<string>();
  const { Parser } = require(join(packageDir, 'dist/parser/parser.js')) as { Parser: { prototype: { parse: (file: string, content: Buffer) => unknown[] } } };
  const parse = Parser.prototype.parse;
  Parser.prototype.parse = function (this: { babelFirst: boolean; babelPlugins: unknown[] }, file: string, content: Buffer) {
    // JavaScript goes to esprima first, which stops at ES2017 (top-level await, `??`, class fields)
    // and "recovers" with a partial tree; Babel reads today's syntax, so it goes first.
    this.babelFirst = true;
    // Babel emits class fields as Babel-only nodes that the AST walker rejects ("Unknown node type
    // ClassPrivateProperty"); ask for the ESTree form the walker knows.
    this.babelPlugins = this.babelPlugins.map((plugin) => (plugin === 'estree' ? ['estree', { classFeatures: true }] : plugin));
    const result = parse.call(this, file, content);
    if (result[1] !== null && result[1] !== undefined) parsed.add(file);
    return result;
  };
  const run = require(join(packageDir, 'dist/runner.js')) as Runner;
  loaded = { run, parsed };
  return loaded;
}

/** A CSV cell as Electronegativity quotes its cells. */
function csvCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** The CSV in Electronegativity's own columns, one row per finding. */
export function findingsCsv(findings: ElectronegativityFinding[]): string {
  const header = 'issue, severity, confidence, filename, location, sample, description, url';
  const rows = findings.map((f) =>
    [f.id, csvCell(f.severity), csvCell(f.confidence), csvCell(f.file), csvCell(`${f.line}:${f.column}`), csvCell(f.sample), csvCell(f.description), `https://github.com/doyensec/electronegativity/wiki/${f.id}`].join(','),
  );
  return [header, ...rows].join('\n') + '\n';
}

/** The Electron version the app is built against, so version checks judge the real one. */
export function installedElectronVersion(): string | undefined {
  const file = join(repo, 'node_modules/electron/package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

/** Runs Electronegativity on copies of `inputs` and returns what it found and what it failed to read. */
export async function scanWithElectronegativity(inputs: ScanInput[], csvPath: string): Promise<ElectronegativityScan> {
  const { run, parsed } = loadElectronegativity();
  const staging = mkdtempSync(join(tmpdir(), 'redaksi-electronegativity-'));
  const original = new Map<string, string>();
  try {
    for (const input of inputs) {
      if (!existsSync(input.dir) || !statSync(input.dir).isDirectory()) throw new Error(`nothing to scan at ${input.dir}`);
      for (const file of listScripts(input.dir)) {
        const name = toPosix(join(input.label, relative(input.dir, file)));
        const staged = join(staging, name + stagedExtension[extensionOf(file)]!);
        mkdirSync(dirname(staged), { recursive: true });
        copyFileSync(file, staged);
        original.set(staged, name);
      }
    }
    // Global findings (e.g. "no CSP anywhere") have the file "N/A".
    const nameOf = (file: string) => original.get(file) ?? (file === 'N/A' ? file : toPosix(relative(staging, file)));
    parsed.clear();
    const lang = process.env.LANG;
    process.env.LANG = 'en-US'; // it reads its messages in $LANG
    let result: RunnerResult;
    try {
      result = await run({
        input: staging,
        output: undefined, // its CSV writer races with itself; see above
        isSarif: false,
        customScan: [],
        excludeFromScan: ['availablesecurityfixesglobalcheck'],
        isRelative: false, // absolute staged names map back; global findings keep "N/A"
        isVerbose: true,
        electronUpgrade: undefined,
        electronVersionOverride: installedElectronVersion(),
        parserPlugins: [],
      });
    } finally {
      if (lang === undefined) delete process.env.LANG;
      else process.env.LANG = lang;
    }
    const findings: ElectronegativityFinding[] = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name as Severity,
      confidence: issue.confidence.name,
      file: nameOf(issue.file),
      line: issue.location.line,
      column: issue.location.column,
      sample: issue.sample ?? 'N/A',
      description: issue.description,
    }));
    mkdirSync(dirname(csvPath), { recursive: true });
    writeFileSync(csvPath, findingsCsv(findings));
    return {
      csvPath,
      stagedFiles: [...original.values()].sort(),
      parsedFiles: [...parsed].map(nameOf).sort(),
      errors: result.errors.map((e) => ({ ...e, file: nameOf(e.file) })),
      findings,
      checksRun: result.globalChecks + result.atomicChecks,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${body}$`);
}

export function isReviewed(finding: ElectronegativityFinding, entry: ReviewedFinding): boolean {
  return entry.id === finding.id && globToRegExp(entry.file).test(finding.file) && (entry.sampleContains === undefined || finding.sample.includes(entry.sampleContains));
}

export const gatedSeverities: readonly Severity[] = ['HIGH', 'MEDIUM'];

/**
 * Checks gated at any severity. Electronegativity rates an explicit `nodeIntegration: true` only
 * INFORMATIONAL (it assumes someone chose it), and popups, Blink/experimental features and
 * disabled security warnings LOW; for us each of those is a hole, so they gate like HIGH.
 */
export const alwaysGatedChecks: readonly string[] = [
  'NODE_INTEGRATION_JS_CHECK',
  'NODE_INTEGRATION_HTML_CHECK',
  'NODE_INTEGRATION_ATTACH_EVENT_JS_CHECK',
  'ALLOWPOPUPS_HTML_CHECK',
  'BLINK_FEATURES_HTML_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'EXPERIMENTAL_FEATURES_HTML_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'SECURITY_WARNINGS_DISABLED_JS_CHECK',
  'SECURITY_WARNINGS_DISABLED_JSON_CHECK',
];

export function isGated(finding: ElectronegativityFinding): boolean {
  return gatedSeverities.includes(finding.severity) || alwaysGatedChecks.includes(finding.id);
}

/** Everything wrong with a scan, one line each; empty means the gate passes. */
export function judgeElectronegativityScan(scan: ElectronegativityScan, reviewed: ReviewedFinding[]): string[] {
  const problems: string[] = [];
  if (scan.stagedFiles.length === 0) problems.push('no files were scanned');
  if (scan.checksRun === 0) problems.push('no checks ran');
  for (const error of scan.errors) problems.push(`Error parsing ${error.file}${error.tolerable ? ' (recovered)' : ''}: ${error.message}`);
  const parsed = new Set(scan.parsedFiles);
  for (const file of scan.stagedFiles) if (!parsed.has(file)) problems.push(`skipped (never parsed): ${file}`);
  for (const entry of reviewed) {
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) problems.push(`reviewed entry ${entry.id} ${entry.file} needs a reason`);
  }
  const used = new Set<ReviewedFinding>();
  for (const finding of scan.findings) {
    if (!isGated(finding)) continue;
    const entry = reviewed.find((r) => isReviewed(finding, r));
    if (entry) used.add(entry);
    else problems.push(`${finding.severity} ${finding.id} at ${finding.file}:${finding.line}:${finding.column}: ${finding.sample.trim().slice(0, 160)}`);
  }
  for (const entry of reviewed) {
    if (!used.has(entry)) problems.push(`reviewed entry no longer matches any finding (remove it): ${entry.id} ${entry.file}`);
  }
  return problems;
}

export const reviewedFile = join(import.meta.dirname, 'electronegativity-reviewed.json');

export function readReviewed(file = reviewedFile): ReviewedFinding[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { reviewed: ReviewedFinding[] }).reviewed;
}

/** What the gate scans in this repository: our sources and the built app. */
export function repositoryInputs(): ScanInput[] {
  return [
    { label: 'src-main', dir: join(repo, 'src-main') },
    { label: 'src-preload', dir: join(repo, 'src-preload') },
    { label: 'out/main', dir: join(repo, 'out/main') },
    { label: 'out/preload', dir: join(repo, 'out/preload') },
    { label: 'out/renderer', dir: join(repo, 'out/renderer') },
  ];
}

export const repositoryCsv = join(repo, '.test-results/electronegativity.csv');

export function severityCounts(findings: ElectronegativityFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return counts;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const scan = await scanWithElectronegativity(repositoryInputs(), repositoryCsv);
  const problems = judgeElectronegativityScan(scan, readReviewed());
  const counts = severityCounts(scan.findings);
  console.log(
    `electronegativity: ${scan.stagedFiles.length} files, ${scan.checksRun} checks; findings HIGH ${counts.HIGH}, MEDIUM ${counts.MEDIUM}, LOW ${counts.LOW}, INFORMATIONAL ${counts.INFORMATIONAL}; CSV ${relative(repo, scan.csvPath)}`,
  );
  for (const problem of problems) console.log(`  ${problem}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
