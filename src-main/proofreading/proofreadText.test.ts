import { beforeAll, describe, expect, it } from 'vitest';
import type { SpellChecker } from '../spelling/spellChecker.ts';
import { realSpellChecker } from '../spelling/testing/realDictionaries.ts';
import { proofreadText, resolveLang } from './proofreadText.ts';

let spell: SpellChecker;
beforeAll(async () => {
  spell = await realSpellChecker();
}, 60_000);

const rules = (text: string, lang: 'id' | 'en' | 'auto' = 'id', disabled?: Set<string>) =>
  proofreadText(text, { lang, uiLanguage: 'id', spell, ...(disabled ? { disabled } : {}) }).map((f) => `${f.rule}:${f.text}`);

describe('proofreadText', () => {
  it('reports a problem two checkers both see once, by the rule that explains it', () => {
    expect(rules('Itu resiko yang yang besar.')).toEqual(['id.nonstandard:resiko', 'id.doubled-word:yang yang']);
    // "dirumah" and "dilatar" are not dictionary words, but the style rule says why and how to fix it.
    expect(rules('Warga berkumpul dirumah ketua RT.')).toEqual(['id.di-place:dirumah']);
    expect(rules('Aksi itu dilatar belakangi kekecewaan.')).toEqual(['id.compound-affixed:dilatar belakangi']);
  });

  it('merges spelling, style and date findings in text order, with messages in the UI language', () => {
    const findings = proofreadText('Pemerintha menaikkan harga , Senin (8/9/2016).', { lang: 'id', uiLanguage: 'en', spell });
    expect(findings.map((f) => f.kind)).toEqual(['spelling', 'style', 'date']);
    expect(findings[0]!.message).toBe('Unknown word.');
    expect(findings[2]!.suggestions).toEqual(['Kamis']);
  });

  it('leaves out switched-off rules and works without dictionaries', () => {
    expect(rules('Itu resiko besar dirumah.', 'id', new Set(['id.nonstandard']))).toEqual(['spelling.nonstandard:resiko', 'id.di-place:dirumah']);
    expect(proofreadText('Pemerintha dirumah.', { lang: 'id', uiLanguage: 'id', spell: null }).map((f) => f.rule)).toEqual(['id.di-place']);
    expect(proofreadText('   ', { lang: 'id', uiLanguage: 'id', spell })).toEqual([]);
  });

  it('guesses the language when asked', () => {
    expect(resolveLang('The minister said the budget would be cut next year.', 'auto')).toBe('en');
    expect(resolveLang('Menteri mengatakan anggaran akan dipotong tahun depan.', 'auto')).toBe('id');
    expect(rules('They met the the minister today.', 'auto')).toEqual(['en.doubled-word:the the']);
  });
});
