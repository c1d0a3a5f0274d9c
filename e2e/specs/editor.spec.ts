import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';

// Our own fixture text.
const headline = 'Harga beras naik di tiga provinsi';
const body = [
  'Pedagang di pasar induk menaikkan harga beras medium.',
  'Dampak bagi warga',
  'Daftar wilayah terdampak',
  'Data lengkap ada di situs resmi.',
];

test('formatting (bold, italic, underline, H2, list, link, table) survives a kill and restart', async ({ app }) => {
  const library = new LibraryModel(app.page);
  await library.newArticle('id');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline(headline);
  await editor.typeBody(body);

  await editor.selectText('Pedagang');
  await editor.tool('bold').click();
  await expect(editor.tool('bold')).toHaveAttribute('aria-pressed', 'true');
  await editor.selectText('pasar');
  await app.page.keyboard.press('ControlOrMeta+i');
  await editor.selectText('induk');
  await editor.tool('underline').click();

  await editor.cursorAfter('Dampak bagi warga');
  await editor.tool('heading2').click();
  await expect(editor.tool('heading2')).toHaveAttribute('aria-pressed', 'true');
  await editor.cursorAfter('Daftar wilayah terdampak');
  await editor.tool('bulletList').click();

  await editor.selectText('situs resmi');
  // A javascript: address is refused with a message, and nothing is linked.
  await editor.tool('link').click();
  const dialog = app.page.getByTestId('link-dialog');
  await dialog.getByTestId('link-href').fill('javascript:alert(1)');
  await dialog.getByTestId('link-apply').click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await editor.selectText('situs resmi');
  await editor.linkSelection('bps.go.id');

  // A table after the last paragraph: header row, Tab moves to the next cell.
  await editor.cursorAfter('Data lengkap');
  await expect(editor.tool('addRowAfter')).toBeDisabled();
  await editor.tool('insertTable').click();
  await expect(editor.tool('addRowAfter')).toBeEnabled();
  await app.page.keyboard.type('Provinsi');
  await app.page.keyboard.press('Tab');
  await app.page.keyboard.type('Harga');
  const headerCells = editor.body.locator('table tr').first().locator('th');
  await editor.tool('addColumnAfter').click();
  await expect(headerCells).toHaveCount(4);
  await app.page.keyboard.press('Tab'); // into the new column
  await editor.tool('deleteColumn').click();
  await expect(headerCells).toHaveCount(3);
  await editor.tool('addRowAfter').click();
  await expect(editor.body.locator('table tr')).toHaveCount(4);
  await app.page.keyboard.press('ArrowDown'); // into the new row
  await editor.tool('deleteRow').click();
  await expect(editor.body.locator('table tr')).toHaveCount(3);

  await editor.waitSaved();
  await expect(editor.wordCount).toContainText(/\d+/);

  const page = await app.restart({ kill: true });
  const again = new LibraryModel(page);
  await again.open(headline);
  const reopened = new EditorModel(page);
  const b = reopened.body;
  await expect(b.locator('strong')).toHaveText('Pedagang');
  await expect(b.locator('em')).toHaveText('pasar');
  await expect(b.locator('u')).toHaveText('induk');
  await expect(b.locator('h2')).toHaveText('Dampak bagi warga');
  await expect(b.locator('ul > li')).toHaveText('Daftar wilayah terdampak');
  await expect(b.locator('a')).toHaveText('situs resmi');
  await expect(b.locator('a')).toHaveAttribute('href', 'https://bps.go.id');
  await expect(b.locator('table th')).toHaveText(['Provinsi', 'Harga', '']);
  await expect(b.locator('table tr')).toHaveCount(3);
});

test('find and replace: whole word, next/previous, replace all, and one Ctrl+Z restores every occurrence', async ({ app }) => {
  const library = new LibraryModel(app.page);
  await library.newArticle('id');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline('Cari dan ganti');
  await editor.typeBody(['Rapat di balai kota berlangsung lama.', 'Warga menahan diri, jadi polisi berjaga di luar.', 'Di akhir rapat, wali kota bicara di depan warga.']);
  await editor.waitSaved();

  await editor.find('di');
  // Not whole words yet: "diri" and "jadi" count too.
  await expect(editor.findCount).toHaveText(/^1 (of|dari) 6$/);
  await editor.find('di', { wholeWord: true });
  await expect(editor.findCount).toHaveText(/^1 (of|dari) 4$/);
  await expect(editor.body.locator('.search-match')).toHaveCount(4);
  await expect(editor.body.locator('.search-match--current')).toHaveCount(1);
  await editor.findPanel.getByTestId('find-input').press('Enter');
  await expect(editor.findCount).toHaveText(/^2 (of|dari) 4$/);
  await editor.findPanel.getByTestId('find-input').press('Shift+Enter');
  await editor.findPanel.getByTestId('find-input').press('Shift+Enter');
  await expect(editor.findCount).toHaveText(/^4 (of|dari) 4$/);
  await editor.find('di', { caseSensitive: true, wholeWord: true });
  await expect(editor.findCount).toHaveText(/(of|dari) 3$/);
  await editor.find('di', { caseSensitive: false, wholeWord: true, replace: true });

  await editor.replaceAll('ke');
  await expect(editor.findCount).toHaveText(/^(No results|Tidak ditemukan)$/);
  expect(await editor.paragraphs()).toEqual(['Rapat ke balai kota berlangsung lama.', 'Warga menahan diri, jadi polisi berjaga ke luar.', 'ke akhir rapat, wali kota bicara ke depan warga.']);
  await editor.waitSaved();

  await editor.closeFind();
  await app.page.keyboard.press('ControlOrMeta+z');
  expect(await editor.paragraphs()).toEqual(['Rapat di balai kota berlangsung lama.', 'Warga menahan diri, jadi polisi berjaga di luar.', 'Di akhir rapat, wali kota bicara di depan warga.']);
  await expect(editor.body.locator('.search-match')).toHaveCount(0);

  // Ctrl+Alt+F opens Replace too (on macOS Cmd+H hides the app).
  await app.page.keyboard.press('ControlOrMeta+Alt+f');
  await expect(editor.findPanel.getByTestId('replace-input')).toBeVisible();
  await editor.closeFind();
});

test('the selection menu appears on a text selection, formats it, and hides when the selection collapses', async ({ app }) => {
  const library = new LibraryModel(app.page);
  await library.newArticle('en');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline('Bubble');
  await editor.typeBody(['The council approved the budget on Monday.']);
  await expect(editor.bubbleMenu).toBeHidden();

  await editor.selectText('approved');
  await expect(editor.bubbleMenu).toBeVisible();
  await expect(editor.bubbleMenu.getByRole('toolbar')).toBeVisible();
  await editor.bubbleMenu.locator('[data-tool="italic"]').click();
  await expect(editor.body.locator('em')).toHaveText('approved');
  await expect(editor.bubbleMenu.locator('[data-tool="italic"]')).toHaveAttribute('aria-pressed', 'true');

  await app.page.keyboard.press('End');
  await expect(editor.bubbleMenu).toBeHidden();
});

test('pasted HTML keeps only what the article format allows: no script, images, javascript: links or inline styles', async ({ app }) => {
  const library = new LibraryModel(app.page);
  await library.newArticle('en');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline('Paste');
  await editor.body.click();
  await editor.body.evaluate((el) => {
    const html = [
      '<h2 style="color:red" onclick="alert(1)">Pasted heading</h2>',
      '<p>Read <a href="javascript:alert(1)">this</a> and <a href="https://example.org/ok">that</a>.</p>',
      '<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>',
      '<iframe src="https://example.org"></iframe>',
      '<table><tr><th style="text-align:center">Kota</th></tr><tr><td align="right" colwidth="300">Medan</td></tr></table>',
    ].join('');
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor.body.locator('h2')).toHaveText('Pasted heading');
  await expect(editor.body.locator('a')).toHaveCount(1);
  await expect(editor.body.locator('a')).toHaveAttribute('href', 'https://example.org/ok');
  await expect(editor.body.locator('p', { hasText: 'Read this and' })).toHaveText('Read this and that.');
  await expect(editor.body.locator('img, script, iframe, [onclick], [onerror]')).toHaveCount(0);
  await expect(editor.body.locator('p[style], h2[style], td[style], th[style], a[style]')).toHaveCount(0);
  await expect(editor.body.locator('td')).toHaveText('Medan');
  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // Main accepts what the editor holds.
  await editor.waitSaved();
});

test('status bar counts words, characters and reading time; Help lists the editor shortcuts', async ({ app }) => {
  const library = new LibraryModel(app.page);
  await library.newArticle('en');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline('Two words');
  await editor.typeBody(['Anak-anak bermain di luar.']);
  await expect(editor.wordCount).toHaveText('6 words');
  await expect(editor.characterCount).toHaveText('35 characters');
  await expect(editor.readingTime).toHaveText('1 min read');

  await app.page.keyboard.press('F1');
  const help = app.page.getByTestId('help-dialog');
  await expect(help).toBeVisible();
  for (const keys of ['Ctrl+F', 'Ctrl+H', 'Ctrl+K', 'Ctrl+U', 'Ctrl+Shift+S', 'Ctrl+Alt+2', 'Shift+Enter', 'Tab']) {
    await expect(help.locator('kbd', { hasText: keys }).first()).toBeVisible();
  }
  await app.page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
