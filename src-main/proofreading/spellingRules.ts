/**
 * The spelling checker's rules, documented like the style rules (popover, Settings, CLI), and
 * its findings' messages in the UI language: the checker itself reports English for logs only.
 */
import type { UiLanguage } from '../../src-preload/contract/domain.ts';
import type { SpellFinding } from '../spelling/spellChecker.ts';
import type { Finding, RuleInfo } from './finding.ts';

export const spellingRuleCatalogue: readonly RuleInfo[] = [
  {
    id: 'spelling.unknown',
    kind: 'spelling',
    lang: 'id',
    title: { id: 'Kata tidak dikenal', en: 'Unknown word' },
    explanation: {
      id: 'Kata ini tidak ada di kamus bahasa Indonesia maupun Inggris, juga setelah klitik (-nya, -lah, ku-) dilepas. Nama diri dan singkatan huruf kapital tidak ditandai. Tambahkan ke kamus pribadi bila kata itu benar.',
      en: 'The word is in neither the Indonesian nor the English dictionary, even with clitics (-nya, -lah, ku-) removed. Proper names and all-caps acronyms are not flagged. Add it to your dictionary if it is right.',
    },
    example: { wrong: 'Pemerintha menyatkan harga naik.', right: 'Pemerintah menyatakan harga naik.' },
  },
  {
    id: 'spelling.nonstandard',
    kind: 'spelling',
    lang: 'id',
    title: { id: 'Bentuk tidak baku', en: 'Non-standard form' },
    explanation: {
      id: 'Ejaan ini dipakai orang tetapi bukan bentuk baku KBBI; bentuk bakunya disarankan pertama.',
      en: 'People write it this way, but it is not the standard KBBI spelling; the standard form is suggested first.',
    },
    example: { wrong: 'resiko', right: 'risiko' },
  },
  {
    id: 'spelling.slip',
    kind: 'spelling',
    lang: 'id',
    title: { id: 'Salah ketik yang menjadi kata lain', en: 'A slip that makes another word' },
    explanation: {
      id: 'Kata ini benar ejaannya tetapi tidak cocok dengan kata di sebelahnya; kemungkinan salah ketik.',
      en: 'The word is spelled right but does not fit the word next to it; probably a typing slip.',
    },
    example: { wrong: 'Warga biasa mendaftar mulai besok.', right: 'Warga bisa mendaftar mulai besok.' },
  },
];

function message(finding: SpellFinding, ui: UiLanguage): string {
  const standard = finding.suggestions[0];
  switch (finding.rule) {
    case 'spelling.nonstandard':
      return ui === 'id' ? `Bentuk tidak baku; yang baku "${standard}".` : `Non-standard form; the standard spelling is "${standard}".`;
    case 'spelling.slip':
      return ui === 'id' ? `Mungkin maksudnya "${standard}"?` : `Did you mean "${standard}"?`;
    case 'spelling.repeated-word':
      return ui === 'id' ? 'Kata ini tertulis dua kali.' : 'This word is written twice.';
    default:
      return ui === 'id' ? 'Kata tidak dikenal.' : 'Unknown word.';
  }
}

/** A spelling finding with its message in the UI language. */
export function localiseSpelling(finding: SpellFinding, ui: UiLanguage): Finding {
  return { ...finding, message: message(finding, ui) };
}
