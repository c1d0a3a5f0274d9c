/**
 * The grep gate for code that runs strings (RELIABILITY.md S1): `eval(`, `new Function`/`Function(`,
 * `executeJavaScript*`, string timers (`setTimeout("…")`) and node:vm compilation, in our sources
 * (src-main, src-preload, src-renderer) and the built out/. Electronegativity misses these, and
 * lint cannot see the built bundles, which also carry third-party code.
 * A plain text search, except that matches inside comments are ignored (the TypeScript parser says
 * where the comments are), so explaining why we avoid eval does not trip it. Every match must be in
 * scripts/checks/forbiddenCode-reviewed.json with a reason, and every entry there must still match.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const repo = resolve(import.meta.dirname, '../..');

export interface ForbiddenRule {
  id: string;
  pattern: RegExp;
}

export const forbiddenRules: readonly ForbiddenRule[] = [
  { id: 'eval', pattern: /(?<![\w$])eval\s*\(/g },
  { id: 'Function', pattern: /\bnew\s+Function\b|(?<![\w$.])Function\s*\(/g },
  { id: 'executeJavaScript', pattern: /executeJavaScript\w*/g },
  { id: 'string-timer', pattern: /(?<![\w$])set(?:Timeout|Interval|Immediate)\s*\(\s*['"`]/g },
  { id: 'vm', pattern: /\b(?:runInThisContext|runInNewContext|runInContext|compileFunction)\b|\bnew\s+(?:vm\.)?Script\s*\(/g },
];

export interface ForbiddenMatch {
  rule: string;
  /** Repository-relative, `/`-separated. */
  file: string;
  line: number;
  /** Up to 80 characters either side of the match, on one line. */
  context: string;
}

export interface ReviewedUse {
  rule: string;
  /** `*` matches within a path segment, `**` across segments. */
  file: string;
  /** A regular expression the match's context must satisfy. */
  context: string;
  reason: string;
}

const scriptExtensions = /\.(?:[cm]?[jt]sx?)$/;
const htmlExtensions = /\.html?$/;

function scriptKind(file: string): ts.ScriptKind {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.[cm]?ts$/.test(file)) return ts.ScriptKind.TS;
  if (/\.jsx$/.test(file)) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}

/**
 * True when `position` is inside a comment: the parser's tokens cover all code, so a position
 * before the start of the token that holds it (in its leading trivia) is whitespace or a comment,
 * and a match made of letters is not whitespace.
 */
function inComment(source: ts.SourceFile, position: number): boolean {
  let node: ts.Node = source;
  for (;;) {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return true;
    const child: ts.Node | undefined = node.getChildren(source).find((c) => c.pos <= position && position < c.end);
    if (!child) return position < node.getStart(source, true);
    node = child;
  }
}

/** Every forbidden construct in one file's text (`file` only names it and picks the parser). */
export function findForbiddenCode(file: string, text: string): ForbiddenMatch[] {
  let source: ts.SourceFile | null = null;
  const matches: ForbiddenMatch[] = [];
  for (const rule of forbiddenRules) {
    for (const m of text.matchAll(rule.pattern)) {
      const at = m.index;
      if (scriptExtensions.test(file)) {
        source ??= ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, true, scriptKind(file));
        if (inComment(source, at)) continue;
      }
      const line = text.slice(0, at).split('\n').length;
      const context = text.slice(Math.max(0, at - 80), at + m[0].length + 80).replace(/\s+/g, ' ');
      matches.push({ rule: rule.id, file, line, context });
    }
  }
  return matches;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile() && (scriptExtensions.test(entry.name) || htmlExtensions.test(entry.name))) out.push(path);
  }
  return out;
}

/** Scans folders; file names in the result are relative to `root`. */
export function scanForForbiddenCode(dirs: string[], root = repo): { files: number; matches: ForbiddenMatch[] } {
  let files = 0;
  const matches: ForbiddenMatch[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`nothing to scan at ${dir}`);
    for (const file of listFiles(dir)) {
      files++;
      matches.push(...findForbiddenCode(relative(root, file).split(sep).join('/'), readFileSync(file, 'utf8')));
    }
  }
  return { files, matches };
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

export function isReviewedUse(match: ForbiddenMatch, entry: ReviewedUse): boolean {
  return entry.rule === match.rule && globToRegExp(entry.file).test(match.file) && new RegExp(entry.context).test(match.context);
}

/** Everything wrong, one line each; empty means the gate passes. */
export function judgeForbiddenCode(matches: ForbiddenMatch[], reviewed: ReviewedUse[]): string[] {
  const problems: string[] = [];
  for (const entry of reviewed) {
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) problems.push(`reviewed entry ${entry.rule} ${entry.file} needs a reason`);
  }
  const used = new Set<ReviewedUse>();
  for (const match of matches) {
    const entry = reviewed.find((r) => isReviewedUse(match, r));
    if (entry) used.add(entry);
    else problems.push(`${match.rule} at ${match.file}:${match.line}: …${match.context}…`);
  }
  for (const entry of reviewed) {
    if (!used.has(entry)) problems.push(`reviewed entry no longer matches anything (remove it): ${entry.rule} ${entry.file} /${entry.context}/`);
  }
  return problems;
}

export const reviewedUsesFile = join(import.meta.dirname, 'forbiddenCode-reviewed.json');

export function readReviewedUses(file = reviewedUsesFile): ReviewedUse[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { reviewed: ReviewedUse[] }).reviewed;
}

/** Our sources and the built app (out/ needs `npm run build`). */
export const scannedFolders = ['src-main', 'src-preload', 'src-renderer', 'out/main', 'out/preload', 'out/renderer'].map((d) => join(repo, d));

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const { files, matches } = scanForForbiddenCode(scannedFolders);
  const problems = judgeForbiddenCode(matches, readReviewedUses());
  console.log(`forbidden code: ${files} files, ${matches.length} matches (all must be reviewed)`);
  for (const problem of problems) console.log(`  ${problem}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
