/**
 * `id.nonstandard`: words KBBI / EYD V call nonstandard ("resiko", "dihimbau", "milyar"), with the
 * standard form as the fix. The table is the spelling checker's own data file,
 * resources/dictionaries/id_ID-nonstandard.tsv (one `nonstandard<TAB>standard` pair a line, `#`
 * comments), so both features agree and an editor extends one file. Case follows the original
 * ("Resiko" -> "Risiko", "MILYAR" -> "MILIAR"); clitics and reduplication are carried over
 * ("resikonya" -> "risikonya", "atlit-atlit" -> "atlet-atlet").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultResourcesDir } from '../../spelling/loadDictionary.ts';
import { matchCase, type RuleContext } from './ruleContext.ts';

/** Lower-case nonstandard word -> its standard form. */
export type NonstandardForms = ReadonlyMap<string, string>;

export function parseNonstandardForms(tsv: string): NonstandardForms {
  const map = new Map<string, string>();
  for (const raw of tsv.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [from, to] = line.split('\t');
    if (from && to) map.set(from.trim().toLowerCase(), to.trim());
  }
  return map;
}

export function defaultNonstandardFile(resourcesDir: string = defaultResourcesDir()): string {
  return join(resourcesDir, 'dictionaries', 'id_ID-nonstandard.tsv');
}

const loaded = new Map<string, NonstandardForms>();

/** Reads (once per path) the nonstandard table; the app passes its resources path, tests and the CLI the default. */
export function loadNonstandardForms(file: string = defaultNonstandardFile()): NonstandardForms {
  let forms = loaded.get(file);
  if (!forms) {
    forms = parseNonstandardForms(readFileSync(file, 'utf8'));
    loaded.set(file, forms);
  }
  return forms;
}

const clitics = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];

/** The standard form of `word` (any case), or null when it is not in the table. */
export function standardFormOf(word: string, forms: NonstandardForms, lower: string = word.toLowerCase()): string | null {
  const direct = forms.get(lower);
  if (direct !== undefined) return matchCase(word, direct);
  for (const c of clitics) {
    if (lower.length - c.length >= 3 && lower.endsWith(c)) {
      const base = forms.get(lower.slice(0, -c.length));
      if (base !== undefined && !base.includes(' ')) return matchCase(word, base + c);
    }
  }
  if (!word.includes('-')) return null;
  const parts = word.split('-');
  if (parts.length === 2 && parts[0]!.toLowerCase() === parts[1]!.toLowerCase()) {
    const one = standardFormOf(parts[0]!, forms);
    if (one !== null && !one.includes(' ')) return `${one}-${matchCase(parts[1]!, one.toLowerCase())}`;
  }
  return null;
}

export function checkNonstandard(ctx: RuleContext, forms: NonstandardForms): void {
  const { tokens, lower } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 3) continue;
    const fixed = standardFormOf(t.text, forms, lower[i]);
    if (fixed === null || fixed === t.text) continue;
    ctx.report('style', 'id.nonstandard', t.start, t.end, {
      id: `"${t.text}" tidak baku; bentuk baku menurut KBBI: "${fixed}".`,
      en: `"${t.text}" is nonstandard; the standard (KBBI) form is "${fixed}".`,
    }, [fixed]);
  }
}
