import { test, expect } from '../fixtures.ts';
import { ArticleMetaModel } from '../models/articleMeta.model.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { SettingsModel } from '../models/settings.model.ts';

// Our own fixture text. The Indonesian article spells "kopí" with an accent on purpose: the
// search below types it without one.
const kopi = {
  headline: 'Petani Gayo menikmati panen raya',
  body: ['Harga kopí arabika naik dua kali lipat di Takengon pekan ini.', 'Pembeli dari Medan datang setiap hari.'],
};
const budget = { headline: 'Council approves flood budget', body: ['The vote was close after a long debate.'] };

test('library: metadata and status, filters, accent-free search with highlights, trash with undo, restore and empty', async ({ app }) => {
  // Some thirty steps and a restart: ~25 s on a quiet machine, more than the default 60 s under load.
  test.setTimeout(120_000);
  const page = app.page;
  const settings = new SettingsModel(page);
  await settings.open();
  await settings.dialog.getByTestId('user-name').fill('Redaktur Desk');
  await settings.dialog.getByTestId('user-name').press('Enter');
  await expect(settings.dialog.getByTestId('user-name-save')).toBeDisabled();
  await settings.close();

  const library = new LibraryModel(page);
  const editor = new EditorModel(page);
  const meta = new ArticleMetaModel(page);

  // An Indonesian article with metadata, moved to editing.
  await library.newArticle('id');
  await editor.typeHeadline(kopi.headline);
  await editor.typeBody(kopi.body);
  await meta.fill({ standfirst: 'Panen tahun ini melimpah.', byline: 'Dewi Lestari', datelinePlace: 'Takengon', datelineDate: '2026-11-20', outlet: 'Redaksi Aceh', tags: 'Ekonomi, Aceh', notes: 'Cek harga ke koperasi.' });
  await meta.setStatus('editing');
  await expect(meta.history().first()).toContainText('Redaktur Desk');
  await editor.waitSaved();
  await editor.back();

  // An English article, left as a draft.
  await library.newArticle('en');
  await editor.typeHeadline(budget.headline);
  await editor.typeBody(budget.body);
  await meta.fill({ tags: 'Politics' });
  await editor.waitSaved();
  await editor.back();

  await expect(library.rows).toHaveCount(2);
  await expect(library.row(kopi.headline)).toContainText('Dewi Lestari');
  await expect(library.row(kopi.headline).getByTestId('status-badge')).toHaveAttribute('data-status', 'editing');
  await expect(library.row(budget.headline).getByTestId('status-badge')).toHaveAttribute('data-status', 'draft');

  // Filters: status, language, tag; and sorting by headline.
  await library.filterStatus('editing');
  await expect(library.rows).toHaveCount(1);
  await expect(library.rows.first()).toContainText(kopi.headline);
  await library.filterStatus('');
  await library.filterLanguage('en');
  await expect(library.rows).toHaveCount(1);
  await expect(library.rows.first()).toContainText(budget.headline);
  await library.filterLanguage('');
  await library.filterTag('Ekonomi');
  await expect(library.rows).toHaveCount(1);
  await expect(library.rows.first()).toContainText(kopi.headline);
  await library.filterTag('');
  await library.sortBy('title');
  await expect(library.rows.first()).toContainText(budget.headline);
  await page.getByTestId('sort-direction').click();
  await expect(library.rows.first()).toContainText(kopi.headline);

  // Search without the accent; the snippet highlights the accented word. '/' focuses the box.
  await library.rows.first().focus();
  await page.keyboard.press('/');
  await expect(library.search).toBeFocused();
  await library.rows.first().focus();
  await page.keyboard.press('ControlOrMeta+f');
  await expect(library.search).toBeFocused();
  await library.searchFor('kopi takengon');
  await expect(library.results).toHaveCount(1);
  await expect(library.results.first()).toContainText(kopi.headline);
  await expect(library.snippetHits(library.results.first())).toHaveText(['kopí', 'Takengon']);
  await library.searchFor('"panen tahun"');
  await expect(library.results).toHaveCount(1);
  await library.searchFor('budg*');
  await expect(library.results.first()).toContainText(budget.headline);
  await library.searchFor('kopi budget');
  await expect(page.getByTestId('search-empty')).toBeVisible();
  await library.clearSearch();

  // Delete with the Delete key, then undo.
  await library.deleteWithKey(budget.headline);
  await expect(library.rows).toHaveCount(1);
  await library.undoDelete();
  await expect(library.rows).toHaveCount(2);

  // Delete again; the trash holds it; restore brings it back to the list and the search.
  await library.deleteWithKey(budget.headline);
  await expect(library.rows).toHaveCount(1);
  await library.searchFor('budget');
  await expect(page.getByTestId('search-empty')).toBeVisible();
  await library.clearSearch();
  await library.toggleTrash();
  await expect(library.trashRows).toHaveCount(1);
  await library.restore(budget.headline);
  await library.toggleTrash();
  await expect(library.rows).toHaveCount(2);
  await library.searchFor('budget');
  await expect(library.results).toHaveCount(1);
  await library.clearSearch();

  // Delete and empty the trash: cancelling keeps it, confirming deletes it for good.
  await library.deleteWithKey(budget.headline);
  await library.toggleTrash();
  await library.emptyTrash(false);
  await expect(library.trashRows).toHaveCount(1);
  await library.emptyTrash(true);
  await expect(library.trashRows).toHaveCount(0);
  await library.toggleTrash();
  await expect(library.rows).toHaveCount(1);

  // Everything acknowledged is there after a restart, metadata and status included.
  const restarted = await app.restart();
  const again = new LibraryModel(restarted);
  await expect(again.rows).toHaveCount(1);
  await again.open(kopi.headline);
  const reopened = new ArticleMetaModel(restarted);
  await expect(reopened.status).toHaveValue('editing');
  await expect(reopened.standfirst).toHaveValue('Panen tahun ini melimpah.');
  await reopened.openDetails();
  await expect(restarted.getByTestId('meta-byline')).toHaveValue('Dewi Lestari');
  await expect(restarted.getByTestId('meta-dateline-date')).toHaveValue('2026-11-20');
  await expect(restarted.getByTestId('meta-tags')).toHaveValue('Ekonomi, Aceh');
  await expect(reopened.history()).toHaveCount(1);
});
