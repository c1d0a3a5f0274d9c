import { test, expect } from '../fixtures.ts';
import { CommentsModel } from '../models/comments.model.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { RevisionsModel } from '../models/revisions.model.ts';

const headline = 'Harga cabai di pasar induk';
const original = 'Harga cabai rawit naik dua kali lipat di pasar induk, kata anak-anak pedagang.';
const edited = 'Harga cabai merah turun di pasar induk, kata pedagang.';

test('a named version, its diff against the edited text, and a restore that keeps both texts', async ({ app }) => {
  await new LibraryModel(app.page).newArticle('id');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline(headline);
  await editor.typeBody([original]);
  await editor.waitSaved();

  const revisions = new RevisionsModel(app.page);
  await editor.body.click();
  await revisions.saveVersion('Sebelum disunting');

  // Replace the text and wait for main to have it.
  await editor.body.click();
  await app.page.keyboard.press('ControlOrMeta+a');
  await app.page.keyboard.type(edited);
  await editor.waitSaved();

  await revisions.open();
  await expect(revisions.row('Sebelum disunting')).toBeVisible();
  await revisions.compare('Sebelum disunting');
  // Reduplication stays one word; removed and added words are marked as such.
  await expect(revisions.deleted()).toContainText(['rawit naik dua kali lipat', 'anak-anak']);
  await expect(revisions.inserted()).toContainText(['merah turun']);
  await expect(revisions.diff).toContainText('Harga cabai');

  await revisions.restore();
  expect(await editor.paragraphs()).toEqual([original]);
  await expect(editor.saveStatus).toHaveAttribute('data-state', 'saved');
  // The text that was replaced is a version too: nothing was lost.
  await expect(revisions.rows.first()).toHaveAttribute('data-kind', 'restore');
  await expect(revisions.rows.first()).toContainText('Restored from version');
  await expect(revisions.rows.nth(1)).toHaveAttribute('data-kind', 'restore');
  await expect(revisions.rows.nth(1)).toContainText('Before a restore');
  await expect(revisions.row('Sebelum disunting')).toBeVisible();

  // The "before" version still holds the edited text.
  await revisions.rows.nth(1).click();
  await expect(revisions.deleted()).toContainText(['merah turun']);
  await expect(revisions.inserted()).toContainText(['rawit naik dua kali lipat']);

  const page = await app.restart({ kill: true });
  await new LibraryModel(page).open(headline);
  const reopened = new EditorModel(page);
  expect(await reopened.paragraphs()).toEqual([original]);
  const again = new RevisionsModel(page);
  await again.open();
  await expect(again.panel.locator('[data-kind="restore"]')).toHaveCount(2);
});

test('comment on a selection, reply, resolve, reopen; it survives a kill, and a deleted mark leaves the thread detached', async ({ app }) => {
  await new LibraryModel(app.page).newArticle('en');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline('Council budget');
  await editor.typeBody(['The council approved the budget.']);
  await editor.waitSaved();

  // Select "budget" with the keyboard: End, before the full stop, then six characters back.
  await app.page.keyboard.press('End');
  await app.page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'budget'.length; i++) await app.page.keyboard.press('Shift+ArrowLeft');

  const comments = new CommentsModel(app.page);
  await expect(comments.addButton).toBeEnabled();
  const thread = await comments.comment('Which financial year?', 'shortcut');
  await expect(comments.marks).toHaveText(['budget']);
  await expect(thread).toHaveAttribute('data-state', 'open');

  await comments.reply(thread, 'The 2027 budget.');
  await comments.resolve(thread);
  await comments.showResolved();
  await comments.reopen(thread);
  await expect(thread.getByTestId('comment-message')).toHaveCount(2);

  // Clicking the quote selects the commented words in the text.
  await thread.getByTestId('thread-quote').click();
  expect(await app.page.evaluate(() => window.getSelection()?.toString())).toBe('budget');

  // Typing right after the commented word does not extend the comment.
  await app.page.keyboard.press('ArrowRight');
  await app.page.keyboard.type('s');
  await expect(editor.body).toContainText('the budgets.');
  await expect(comments.marks).toHaveText(['budget']);
  await editor.waitSaved();

  const page = await app.restart({ kill: true });
  await new LibraryModel(page).open('Council budget');
  const reopened = new EditorModel(page);
  const after = new CommentsModel(page);
  await expect(after.marks).toHaveText(['budget']);
  await after.open();
  const kept = after.thread('Which financial year?');
  await expect(kept).toHaveAttribute('data-state', 'open');
  await expect(kept).toHaveAttribute('data-detached', 'false');
  await expect(kept.getByTestId('comment-message')).toHaveText([/Which financial year\?/, /The 2027 budget\./]);

  // Deleting the commented words keeps the thread, shown as detached.
  await reopened.body.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('A new sentence.');
  await reopened.waitSaved();
  await expect(after.marks).toHaveCount(0);
  await expect(kept).toHaveAttribute('data-detached', 'true');
  await expect(kept.getByTestId('thread-detached')).toBeVisible();
});
