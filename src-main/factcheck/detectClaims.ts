/**
 * Claim candidates in a draft, Indonesian or English (issue 5, item 1; groundwork, not yet wired to
 * the editor): the sentences a fact-checker should look at first. A sentence is a candidate when it
 * carries something checkable, and every candidate says why:
 *  - `quantity`: numbers, money and percentages (with their parsed values from parseValues);
 *  - `date`: a calendar date or a weekday;
 *  - `quote`: direct speech in quotation marks, or reported speech, with its attribution verb
 *    (ujar, kata, ungkap, jelas, tutur, menurut / said, says, told, according to) and the speaker
 *    when one is named next to it;
 *  - `superlative`: terbesar, tertinggi, pertama, satu-satunya, rekor / largest, first, record...;
 *  - `named`: people or organisations with a role ("Menteri Keuangan Rina Hapsari", "Kepala BPS").
 * Check-worthiness is a weighted sum of the reasons (a quoted figure from a named person with a
 * superlative ranks above a bare date); candidates come back best first. Pure: no DB, no Electron.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import { parseValues, type ParsedValue } from '../language/parseValues.ts';
import { splitSentences } from '../language/splitSentences.ts';
import { tokenize, type Token } from '../language/tokenize.ts';

export type ClaimReasonKind = 'quantity' | 'date' | 'quote' | 'superlative' | 'named';

export interface ClaimReason {
  kind: ClaimReasonKind;
  start: number;
  end: number;
  /** `text.slice(start, end)` of the whole text. */
  text: string;
  /** quantity/date: the parsed value; quote: the attribution verb and the speaker if named. */
  value?: ParsedValue;
  attribution?: string;
  speaker?: string;
}

export interface ClaimCandidate {
  /** The sentence, as offsets into the text. */
  start: number;
  end: number;
  text: string;
  reasons: ClaimReason[];
  /** Higher is more worth checking; only the order is meaningful. */
  score: number;
}

const weights: Record<ClaimReasonKind, number> = { quantity: 3, superlative: 3, quote: 2, named: 1.5, date: 1 };

const attributionVerbs: Record<Lang, ReadonlySet<string>> = {
  id: new Set(['ujar', 'ujarnya', 'kata', 'katanya', 'ungkap', 'ungkapnya', 'jelas', 'jelasnya', 'tutur', 'tuturnya', 'tegas', 'tegasnya', 'imbuh', 'imbuhnya', 'papar', 'paparnya', 'menurut', 'mengatakan', 'menyatakan', 'menegaskan', 'menjelaskan', 'mengungkapkan', 'menuturkan', 'menyebutkan', 'menyebut']),
  en: new Set(['said', 'says', 'say', 'told', 'stated', 'added', 'claimed', 'according', 'insisted', 'argued', 'noted', 'explained']),
};

const ambiguousVerbs: ReadonlySet<string> = new Set(['kata', 'jelas', 'tegas', 'tutur', 'papar', 'imbuh', 'ungkap', 'say', 'noted']);

const superlatives: Record<Lang, RegExp> = {
  id: /^(?:ter(?:besar|tinggi|rendah|banyak|sedikit|baik|buruk|cepat|lambat|kaya|miskin|luas|panjang|mahal|murah|parah|tua|muda)|pertama|satu-satunya|rekor|termurah|paling|belum pernah)$/i,
  en: /^(?:largest|biggest|highest|lowest|first|only|record|most|least|best|worst|fastest|slowest|richest|poorest|longest|oldest|youngest|never|unprecedented)$/i,
};

/** Words that introduce a person or organisation by role; the capitalised words after them are the name. */
const roleWords: Record<Lang, ReadonlySet<string>> = {
  id: new Set(['menteri', 'presiden', 'wakil', 'gubernur', 'bupati', 'wali', 'kepala', 'ketua', 'direktur', 'dirut', 'juru', 'kapolda', 'kapolres', 'jaksa', 'hakim', 'anggota', 'sekretaris', 'komisaris', 'ekonom', 'peneliti', 'pengamat', 'dosen', 'guru', 'dokter', 'camat', 'lurah']),
  en: new Set(['minister', 'president', 'governor', 'mayor', 'chief', 'head', 'director', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'chairman', 'chairwoman', 'economist', 'analyst', 'researcher', 'professor', 'judge', 'prosecutor', 'ceo']),
};

const isCapitalised = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const quoteOpen = /["“]/;

/** The capitalised words (a name) right after index `i` in `words`, joined, or undefined. */
function nameAfter(words: readonly Token[], i: number): { start: number; end: number } | undefined {
  let j = i;
  while (j < words.length && isCapitalised(words[j]!)) j++;
  return j > i ? { start: words[i]!.start, end: words[j - 1]!.end } : undefined;
}

export function detectClaims(text: string, lang: Lang): ClaimCandidate[] {
  const tokens = tokenize(text, { lang });
  const sentences = splitSentences(text, { tokens });
  const values = parseValues(text, { lang, tokens });
  const out: ClaimCandidate[] = [];
  let tokenAt = 0;
  let valueAt = 0;
  for (const sentence of sentences) {
    const reasons: ClaimReason[] = [];
    const add = (kind: ClaimReasonKind, start: number, end: number, extra: Partial<ClaimReason> = {}) =>
      reasons.push({ kind, start, end, text: text.slice(start, end), ...extra });

    while (valueAt < values.length && values[valueAt]!.start < sentence.start) valueAt++;
    for (let v = valueAt; v < values.length && values[v]!.end <= sentence.end; v++) {
      const value = values[v]!;
      if (value.kind === 'money' || value.kind === 'percent' || (value.kind === 'number' && (value.value >= 10 || value.magnitude !== undefined))) {
        add('quantity', value.start, value.end, { value });
      } else if (value.kind === 'date' || value.kind === 'weekday') add('date', value.start, value.end, { value });
    }

    while (tokenAt < tokens.length && tokens[tokenAt]!.start < sentence.start) tokenAt++;
    const words: Token[] = [];
    let hasQuote = false;
    for (let t = tokenAt; t < tokens.length && tokens[t]!.end <= sentence.end; t++) {
      const token = tokens[t]!;
      if (token.kind === 'word') words.push(token);
      else if (quoteOpen.test(token.text)) hasQuote = true;
    }

    for (const [i, word] of words.entries()) {
      const lower = word.text.toLowerCase();
      if (superlatives[lang].test(word.text) || (lang === 'en' && /^\w+est$/i.test(word.text) && word.text.length > 5 && !/^(?:interest|request|suggest|protest|harvest|forest|honest|modest|digest|invest|contest|latest)$/i.test(word.text))) {
        add('superlative', word.start, word.end);
      }
      if (attributionVerbs[lang].has(lower)) {
        // "according to X" / "menurut X": the speaker follows; "..., kata Dimas" too; "X said" precedes.
        const after = nameAfter(words, lower === 'according' ? i + 2 : i + 1);
        const before = i > 0 && isCapitalised(words[i - 1]!) ? { start: words[i - 1]!.start, end: words[i - 1]!.end } : undefined;
        const speakerSpan = after ?? before;
        // "kata", "jelas", "tegas" are ordinary words too: they attribute only next to a quote or a name.
        if (hasQuote || speakerSpan || !ambiguousVerbs.has(lower)) {
          add('quote', word.start, word.end, { attribution: lower, ...(speakerSpan ? { speaker: text.slice(speakerSpan.start, speakerSpan.end) } : {}) });
        }
      }
      if (roleWords[lang].has(lower)) {
        const name = nameAfter(words, i + 1);
        if (name) add('named', word.start, name.end);
      }
    }
    if (reasons.length === 0) continue;
    const kinds = new Set(reasons.map((r) => r.kind));
    const score = [...kinds].reduce((sum, k) => sum + weights[k], 0) + 0.25 * (reasons.length - kinds.size);
    out.push({ start: sentence.start, end: sentence.end, text: sentence.text, reasons, score });
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}
