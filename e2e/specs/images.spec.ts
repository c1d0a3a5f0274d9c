import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { ImageDialogModel } from '../models/imageDialog.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { buildTestPng } from '../../src-main/services/buildTestPng.ts';

// Our own fixture text.
const headline = 'Nelayan Muara Angke kembali melaut';
const mediaSrc = /^media\/[0-9a-f]{64}$/;

/** naturalWidth of every picture in the body once loaded (0 means the browser could not show it). */
async function loadedWidths(editor: EditorModel): Promise<number[]> {
  const images = editor.body.locator('img');
  await expect(images.first()).toBeVisible();
  return images.evaluateAll((list) =>
    Promise.all(
      (list as HTMLImageElement[]).map((img) =>
        img.complete ? img.naturalWidth : new Promise<number>((done) => img.addEventListener('load', () => done(img.naturalWidth), { once: true })),
      ),
    ),
  );
}

test('an image from a local file is stored by the app, shown, and still there after a reload', async ({ app }) => {
  // Nothing may be fetched from outside our own origin, ever.
  const origin = new URL(app.page.url()).origin;
  const foreign: string[] = [];
  app.page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  const library = new LibraryModel(app.page);
  await library.newArticle('id');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline(headline);
  await editor.typeBody(['Perahu-perahu kembali ke laut setelah badai reda.']);

  const images = new ImageDialogModel(app.page);
  // An SVG (it can carry script) and an HTML page named .png are refused with a clear message.
  await images.open();
  await images.choose({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }, 'Logo');
  await expect(images.error).toContainText('PNG, JPEG, GIF');
  await images.choose({ name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') }, 'Foto');
  await expect(images.error).toContainText('PNG, JPEG, GIF');
  await expect(editor.body.locator('img')).toHaveCount(0);

  // A real PNG goes in, with its description, at the cursor.
  await images.choose({ name: 'perahu.png', mimeType: 'image/png', buffer: buildTestPng(40, 30, [20, 90, 160], [240, 240, 240]) }, 'Perahu nelayan bersandar di dermaga');
  await expect(images.dialog).toBeHidden();
  const img = editor.body.locator('img');
  await expect(img).toHaveCount(1);
  await expect(img).toHaveAttribute('src', mediaSrc);
  await expect(img).toHaveAttribute('alt', 'Perahu nelayan bersandar di dermaga');
  expect(await loadedWidths(editor)).toEqual([40]);
  const src = await img.getAttribute('src');

  // Selecting the picture and pressing the button again edits its description.
  await img.click();
  await images.open();
  await expect(images.dialog.getByTestId('image-alt')).toHaveValue('Perahu nelayan bersandar di dermaga');
  await images.dialog.getByTestId('image-alt').fill('Perahu nelayan di dermaga Muara Angke');
  await images.dialog.getByTestId('image-insert').click();
  await expect(img).toHaveAttribute('alt', 'Perahu nelayan di dermaga Muara Angke');
  await editor.waitSaved();

  await app.page.reload();
  await new LibraryModel(app.page).open(headline);
  const again = new EditorModel(app.page);
  await expect(again.body.locator('img')).toHaveAttribute('src', src!);
  await expect(again.body.locator('img')).toHaveAttribute('alt', 'Perahu nelayan di dermaga Muara Angke');
  expect(await loadedWidths(again)).toEqual([40]);
  await expect(again.body).toContainText('Perahu-perahu kembali ke laut');
  expect(foreign).toEqual([]);
});

test('a pasted image file is stored; pasted HTML with a remote image is never hot-linked', async ({ app }) => {
  const library = new LibraryModel(app.page);
  await library.newArticle('en');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline('Harbour reopens');
  await editor.typeBody(['Boats are back at sea.']);
  const remote: string[] = [];
  await app.page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    remote.push(route.request().url());
    return route.abort();
  });

  // What the clipboard holds after "copy image" in another program: a PNG file.
  const png = buildTestPng(12, 9, [200, 150, 20]);
  await editor.body.evaluate((el, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'clipboard.png', { type: 'image/png' }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [...png]);
  await expect(editor.body.locator('img')).toHaveCount(1);
  await expect(editor.body.locator('img')).toHaveAttribute('src', /^media\/[0-9a-f]{64}$/);
  expect(await loadedWidths(editor)).toEqual([12]);

  // HTML copied from a web page: its text arrives, its hot-linked picture does not.
  await editor.body.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>Photo from the wire <img src="https://images.example.com/wire.jpg" alt="wire photo"></p>');
    data.setData('text/plain', 'Photo from the wire');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor.body).toContainText('Photo from the wire');
  await expect(editor.body.locator('img')).toHaveCount(1);
  await editor.waitSaved();
  expect(remote).toEqual([]);
});
