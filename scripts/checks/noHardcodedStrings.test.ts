/**
 * No UI string is hard-coded in the renderer: JSX text and user-facing attributes (aria-label,
 * title, placeholder, alt) must come from the catalogue via t(). Uses the TypeScript parser, so it
 * sees real JSX, not regex guesses. Language-neutral text (numbers, punctuation) is allowed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const rendererDir = join(import.meta.dirname, '..', '..', 'src-renderer');
const userFacingAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']);
const hasWords = /\p{L}{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') && !path.endsWith('.test.tsx') ? [path] : [];
  });
}

function findLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(rendererDir, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && userFacingAttributes.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init) ? init : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : undefined;
      if (literal && hasWords.test(literal.text)) found.push(`${where(node)} ${node.name.getText(source)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('renderer strings', () => {
  const files = tsxFiles(rendererDir);

  it('finds the renderer components', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('has no hard-coded user-facing text', () => {
    expect(files.flatMap(findLiterals)).toEqual([]);
  });

  it('catches a hard-coded string (the check itself works)', () => {
    const probe = join(import.meta.dirname, 'fixtures', 'HardcodedProbe.tsx');
    expect(findLiterals(probe)).toEqual([
      expect.stringContaining('text "Simpan sekarang"'),
      expect.stringContaining('aria-label="Close dialog"'),
    ]);
  });
});
