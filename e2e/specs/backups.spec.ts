import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { BackupsModel } from '../models/backups.model.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { startWebHostProcess, stopWebHostProcess } from '../startWebHostProcess.ts';

const headline = 'Rapat anggaran banjir';
const original = 'Dewan kota menyetujui anggaran tanggul sebesar dua miliar rupiah.';
const changed = 'Rapat ditunda sampai pekan depan tanpa keputusan.';
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function writeArticle(page: Page) {
  await new LibraryModel(page).newArticle('id');
  const editor = new EditorModel(page);
  await editor.typeHeadline(headline);
  await editor.typeBody([original]);
  await editor.waitSaved();
  await editor.back();
}

async function replaceText(page: Page, text: string) {
  await new LibraryModel(page).open(headline);
  const editor = new EditorModel(page);
  await editor.body.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await editor.waitSaved();
  await editor.back();
}

test('back up, change the text, restore: the old text is back and the replaced state is a backup', async ({ app }) => {
  await writeArticle(app.page);
  const backups = new BackupsModel(app.page);
  await backups.open();
  await backups.backUpNow();
  await expect(backups.rowsFor('manual').first()).toContainText('Made by you');
  await backups.close();

  await replaceText(app.page, changed);

  await backups.open();
  const question = await backups.restore(backups.rowsFor('manual').first());
  expect(question).toContain('Your current state is backed up first');
  await expect(backups.rowsFor('before-restore')).toHaveCount(1);
  await backups.close();

  await new LibraryModel(app.page).open(headline);
  expect(await new EditorModel(app.page).paragraphs()).toEqual([original]);
});

test('a damaged database: a banner with its path, and restoring a backup from the banner brings the text back', async ({ app, browser }) => {
  await writeArticle(app.page);
  const backups = new BackupsModel(app.page);
  await backups.open();
  await backups.backUpNow();
  const backupId = await backups.rowsFor('manual').first().getAttribute('data-backup-id');
  await backups.close();

  // A second data folder whose database is that backup with its header overwritten (a failing
  // disk, a bad sync tool); the backup itself sits in its backups folder.
  const damagedDir = mkdtempSync(join(tmpdir(), 'redaksi-e2e-damaged-'));
  try {
    mkdirSync(join(damagedDir, 'backups'));
    copyFileSync(join(app.dataDir, 'backups', backupId!), join(damagedDir, 'backups', backupId!));
    const file = join(damagedDir, 'redaksi.db');
    copyFileSync(join(app.dataDir, 'backups', backupId!), file);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.from('Bukan basis data. '.repeat(6)), 0, 108, 0);
    closeSync(fd);
    const damagedSha = sha256(file);

    const host = await startWebHostProcess(damagedDir, { systemLocale: 'en-US' });
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(host.url);
      const damaged = new BackupsModel(page);
      await expect(damaged.banner).toBeVisible();
      await expect(damaged.banner).toContainText('read-only');
      await expect(damaged.banner).toContainText(file);
      await damaged.banner.getByTestId('db-damaged-open-backups').click();
      await expect(damaged.section).toBeVisible();
      await expect(damaged.section.getByTestId('backup-now')).toBeDisabled();
      const question = await damaged.restore(damaged.rowsFor('manual').first());
      expect(question).toContain('never deleted');
      await expect(damaged.notice).toContainText('redaksi-damaged-');
      await damaged.close();
      await expect(damaged.banner).toBeHidden();
      await new LibraryModel(page).open(headline);
      expect(await new EditorModel(page).paragraphs()).toEqual([original]);
      // The damaged file was renamed aside, byte for byte.
      const kept = readdirSync(damagedDir).filter((f) => /^redaksi-damaged-.*\.db$/.test(f));
      expect(kept).toHaveLength(1);
      expect(sha256(join(damagedDir, kept[0]!))).toBe(damagedSha);
    } finally {
      await context.close();
      await stopWebHostProcess(host);
    }
  } finally {
    rmSync(damagedDir, { recursive: true, force: true });
  }
});
