import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { SettingsModel } from '../models/settings.model.ts';
import { languageOnlyStrings, uiPatterns, visibleUiStrings } from '../models/uiStrings.model.ts';
import type { Page } from '@playwright/test';

// What the user typed is data, not UI; so are language codes and numbers.
const userData = ['Banjir rob di pesisir utara', 'Air laut masuk ke permukiman warga.'];
// Key names in the shortcut list (Ctrl+F, Shift+Enter, Tab, Esc) are the same in every language.
// Product names (ours and the translation engines') read the same in both languages.
const neutral = /^(Redaksi|LibreTranslate|DeepL|ID|EN|[\d\s.,:+]+( ?(KB|MB|%))?|(Ctrl|Shift|Alt)\+.*|F1|Enter|Esc|Tab)$/;

/** Visits each screen and returns what it shows, screen by screen. */
async function collectScreens(page: Page): Promise<Record<string, string[]>> {
  const library = new LibraryModel(page);
  const settings = new SettingsModel(page);
  const screens: Record<string, string[]> = {};
  await library.goto();
  screens.library = await visibleUiStrings(page);
  await library.open(userData[0]!);
  await new EditorModel(page).waitSaved();
  screens.editor = await visibleUiStrings(page);
  await settings.open();
  screens.settings = await visibleUiStrings(page);
  await settings.close();
  await page.keyboard.press('F1');
  screens.help = await visibleUiStrings(page);
  await page.keyboard.press('Escape');
  await library.goto();
  return screens;
}

function assertAllIn(language: 'id' | 'en', screens: Record<string, string[]>) {
  const mine = uiPatterns(language);
  const foreign = languageOnlyStrings(language === 'id' ? 'en' : 'id');
  for (const [screen, strings] of Object.entries(screens)) {
    for (const s of strings) {
      if (userData.includes(s) || neutral.test(s)) continue;
      expect(foreign.some((re) => re.test(s)) && !mine.some((re) => re.test(s)), `${screen}: "${s}" is still in the other language`).toBe(false);
      expect(mine.some((re) => re.test(s)), `${screen}: "${s}" is not a ${language} catalogue string (hard-coded?)`).toBe(true);
    }
  }
}

test.describe('first run follows the OS locale', () => {
  test.use({ systemLocale: 'id-ID' });

  test('Indonesian OS: Indonesian UI; switching changes every visible string, both ways, and is remembered', async ({ app }) => {
    const page = app.page;
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    const library = new LibraryModel(page);
    await library.newArticle('id');
    const editor = new EditorModel(page);
    await editor.typeHeadline(userData[0]!);
    await editor.typeBody([userData[1]!]);
    await editor.waitSaved();

    const indonesian = await collectScreens(page);
    assertAllIn('id', indonesian);

    const settings = new SettingsModel(page);
    await settings.open();
    await settings.setUiLanguage('en');
    await settings.close();
    const english = await collectScreens(page);
    assertAllIn('en', english);
    // Same screens, different words: nothing was left untranslated.
    for (const screen of Object.keys(indonesian)) {
      const changed = indonesian[screen]!.filter((s) => !userData.includes(s) && !neutral.test(s));
      expect(changed.length, `${screen} shows UI strings`).toBeGreaterThan(3);
      for (const s of changed) expect(english[screen], `${screen}: "${s}" did not change`).not.toContain(s);
    }

    // Remembered across a restart, whatever the OS says.
    const restarted = await app.restart();
    await expect(restarted.locator('html')).toHaveAttribute('lang', 'en');
    await expect(restarted.locator('#library-title')).toHaveText('Articles');

    const again = new SettingsModel(restarted);
    await again.open();
    await again.setUiLanguage('id');
    await again.close();
    assertAllIn('id', await collectScreens(restarted));
  });
});

test.describe('first run with an English OS', () => {
  test.use({ systemLocale: 'en-GB' });

  test('starts in English', async ({ app }) => {
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(app.page.getByTestId('new-article')).toHaveText('New article');
  });
});
