import { test, expect } from '../fixtures.ts';
import type { Page } from '@playwright/test';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { RevisionsModel } from '../models/revisions.model.ts';

// Issue 8 part 3: words typed but never acknowledged when the renderer died are offered back.
// Saves are held at the web bridge (the request never answers), so the typed words exist only
// in the window and its journal when the renderer is crashed through CDP, as in R9.

/** Types an acknowledged start, then words main never acknowledges, then crashes the renderer. */
async function typeUnsavedThenCrash(app: { page: Page; reopenPage(): Promise<Page> }, title: string, unsaved: string): Promise<Page> {
  const library = new LibraryModel(app.page);
  await library.newArticle('id');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline(title);
  await editor.body.click();
  await app.page.keyboard.type('Kalimat ini sudah tersimpan.');
  await editor.waitSaved();

  await app.page.route('**/api/saveArticle', () => undefined); // never answered: nothing is acknowledged
  await app.page.keyboard.type(` ${unsaved}`);
  await expect(editor.saveStatus).not.toHaveAttribute('data-state', 'saved');
  // The journal writes ~150 ms after typing pauses; crash only once it holds the words.
  await app.page.waitForFunction(
    (words) => Object.keys(localStorage).some((k) => k.startsWith('redaksi.unsaved.v1:') && (localStorage.getItem(k) ?? '').includes(words)),
    unsaved,
  );
  const cdp = await app.page.context().newCDPSession(app.page);
  void cdp.send('Page.crash').catch(() => undefined);
  await app.page.waitForEvent('crash');

  const page = await app.reopenPage();
  await new LibraryModel(page).open(title);
  return page;
}

test('unsaved words survive a renderer crash: offered, restored, saved, undoable', async ({ app, hostKind }) => {
  test.skip(hostKind === 'electron', 'saves can be held only on the web bridge (Electron saves over IPC)');
  const page = await typeUnsavedThenCrash(app, 'Uji pemulihan', 'kata pulihkan sekarang');
  const editor = new EditorModel(page);
  const banner = page.getByTestId('recovery-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText('was recovered');
  await expect(banner).toContainText('3 words more than the saved text');
  await expect(banner).toContainText('kata pulihkan sekarang');
  await expect(banner).toHaveAttribute('data-outdated', 'false');
  expect((await editor.paragraphs()).join(' ')).not.toContain('pulihkan');

  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(banner).toBeHidden();
  await expect(editor.body).toContainText('Kalimat ini sudah tersimpan. kata pulihkan sekarang');
  await editor.waitSaved();

  // A normal edit: undo takes it back, redo brings it again (and both autosave).
  await editor.body.focus();
  await page.keyboard.press('Control+z');
  await expect(editor.body).not.toContainText('pulihkan');
  await page.keyboard.press('Control+Shift+z');
  await expect(editor.body).toContainText('kata pulihkan sekarang');
  await editor.waitSaved();

  await page.reload();
  await new LibraryModel(page).open('Uji pemulihan');
  await expect(new EditorModel(page).body).toContainText('Kalimat ini sudah tersimpan. kata pulihkan sekarang');
  await expect(page.getByTestId('recovery-banner')).toHaveCount(0);
});

test('text older than what was stored since is offered as possibly outdated, and Restore keeps the stored text as a version', async ({ app, hostKind }) => {
  test.skip(hostKind === 'electron', 'saves can be held only on the web bridge (Electron saves over IPC)');
  const library = new LibraryModel(app.page);
  await library.newArticle('id');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline('Uji usang');
  await editor.body.click();
  await app.page.keyboard.type('Awal.');
  await editor.waitSaved();
  await app.page.route('**/api/saveArticle', () => undefined);
  await app.page.keyboard.type(' kata lama tertinggal');
  await app.page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('redaksi.unsaved.v1:') && (localStorage.getItem(k) ?? '').includes('tertinggal')));
  const cdp = await app.page.context().newCDPSession(app.page);
  void cdp.send('Page.crash').catch(() => undefined);
  await app.page.waitForEvent('crash');

  // Another window saves the article meanwhile: the stored version moves past the entry's base.
  const page = await app.reopenPage();
  const saved = await page.evaluate(async () => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('redaksi.unsaved.v1:'))!;
    const entry = JSON.parse(localStorage.getItem(key)!) as { articleId: string; baseVersion: number; title: string };
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Teks baru dari jendela lain.' }] }] };
    const response = await fetch('./api/saveArticle', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: entry.articleId, title: entry.title, doc, baseVersion: entry.baseVersion }) });
    return ((await response.json()) as { ok: boolean }).ok;
  });
  expect(saved).toBe(true);
  await new LibraryModel(page).open('Uji usang');
  const banner = page.getByTestId('recovery-banner');
  await expect(banner).toHaveAttribute('data-outdated', 'true');
  await expect(page.getByTestId('recovery-outdated')).toContainText('may be outdated');
  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(banner).toHaveCount(0);
  const recovered = new EditorModel(page);
  await expect(recovered.body).toContainText('Awal. kata lama tertinggal');
  await recovered.waitSaved();

  const revisions = new RevisionsModel(page);
  await revisions.open();
  await expect(revisions.row('Before recovery')).toHaveCount(1);
  await revisions.compare('Before recovery');
  await expect(revisions.diff).toContainText('Teks baru dari jendela lain.');
});

test('leaving an article right after typing leaves nothing to recover', async ({ app }) => {
  const library = new LibraryModel(app.page);
  await library.newArticle('id');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline('Uji keluar');
  await editor.body.click();
  await app.page.keyboard.type('Ketik lalu langsung kembali ke perpustakaan.');
  await editor.back();
  await app.page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('redaksi.unsaved.v1:')));
  await library.open('Uji keluar');
  await expect(editor.body).toContainText('langsung kembali');
  await expect(app.page.getByTestId('recovery-banner')).toHaveCount(0);
});

test.describe('in Indonesian', () => {
  test.use({ systemLocale: 'id-ID' });

  test('Discard drops the recovered words for good', async ({ app, hostKind }) => {
    test.skip(hostKind === 'electron', 'saves can be held only on the web bridge (Electron saves over IPC)');
    const page = await typeUnsavedThenCrash(app, 'Uji buang', 'kata dibuang saja');
    const banner = page.getByTestId('recovery-banner');
    await expect(banner).toContainText('Teks belum tersimpan dari');
    await expect(banner).toContainText('3 kata lebih banyak dari teks tersimpan');
    await expect(banner).toContainText('kata dibuang saja');
    // Leaving without answering keeps the offer for the next opening.
    await new EditorModel(page).back();
    await new LibraryModel(page).open('Uji buang');
    await expect(banner).toContainText('kata dibuang saja');
    await banner.getByRole('button', { name: 'Buang' }).click();
    await expect(banner).toHaveCount(0);
    expect((await new EditorModel(page).paragraphs()).join(' ')).toBe('Kalimat ini sudah tersimpan.');

    await page.reload();
    await new LibraryModel(page).open('Uji buang');
    await expect(new EditorModel(page).body).toContainText('Kalimat ini sudah tersimpan.');
    await expect(page.getByTestId('recovery-banner')).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('redaksi.unsaved.v1:')))).toEqual([]);
  });
});
