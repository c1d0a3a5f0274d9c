import type { Page } from '@playwright/test';
import en from '../../resources/locales/en/common.json' with { type: 'json' };
import id from '../../resources/locales/id/common.json' with { type: 'json' };
import { ruleCatalogue } from '../../src-main/proofreading/styleRules/ruleCatalogue.ts';
import { spellingRuleCatalogue } from '../../src-main/proofreading/spellingRules.ts';
import { consistencyRuleCatalogue } from '../../src-main/factcheck/consistency/consistencyRuleCatalogue.ts';

/**
 * Proofreading rules are documented in main's rule catalogues (both UI languages side by side,
 * shipped to the renderer by `listProofreadingRules`), not in i18next: they are UI strings too.
 */
function ruleStrings(language: 'id' | 'en'): string[] {
  return [...ruleCatalogue, ...spellingRuleCatalogue, ...consistencyRuleCatalogue].flatMap((rule) => [rule.title[language], rule.explanation[language]]);
}

type Catalogue = { [key: string]: string | Catalogue };

function leaves(catalogue: Catalogue, out: string[] = []): string[] {
  for (const value of Object.values(catalogue)) {
    if (typeof value === 'string') out.push(value);
    else leaves(value, out);
  }
  return out;
}

function toPattern(value: string): RegExp {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\w+\\\}\\\}/g, '.+');
  return new RegExp(`^${escaped}$`, 's');
}

/** Catalogue strings of one UI language, as patterns (interpolations match anything). */
export function uiPatterns(language: 'id' | 'en'): RegExp[] {
  return [...leaves((language === 'id' ? id : en) as Catalogue), ...ruleStrings(language)].map(toPattern);
}

/** Catalogue values that exist only in `language` (differ from every value of the other one). */
export function languageOnlyStrings(language: 'id' | 'en'): RegExp[] {
  const mine = [...leaves((language === 'id' ? id : en) as Catalogue), ...ruleStrings(language)];
  const other = new Set([...leaves((language === 'id' ? en : id) as Catalogue), ...ruleStrings(language === 'id' ? 'en' : 'id')]);
  return mine.filter((s) => !other.has(s)).map(toPattern);
}

/**
 * Every string a user can see or hear on the page now: visible text nodes plus the accessible
 * labels, placeholders and tooltips of visible elements, including the open dialog.
 */
export async function visibleUiStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const visible = (el: Element) => {
      const h = el as HTMLElement;
      return h.checkVisibility ? h.checkVisibility() : true;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const parent = n.parentElement;
      if (!text || !parent || parent.closest('.ProseMirror, select')) continue;
      if (visible(parent)) out.add(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], select option:checked')) {
      if (el.closest('.ProseMirror') && !el.classList.contains('ProseMirror')) continue;
      if (!visible(el) && el.tagName !== 'OPTION') continue;
      for (const attr of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(attr)?.trim();
        if (v) out.add(v);
      }
      if (el.tagName === 'OPTION') out.add(el.textContent!.trim());
    }
    const placeholder = document.querySelector('.ProseMirror p.is-editor-empty')?.getAttribute('data-placeholder');
    if (placeholder) out.add(placeholder);
    return [...out];
  });
}
