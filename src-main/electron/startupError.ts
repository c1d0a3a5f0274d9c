import type { UiLanguage } from '../../src-preload/contract/domain.ts';
import { uiLanguageForLocale } from '../services/settingsService.ts';

type Kind = 'tooNew' | 'damaged' | 'busy' | 'noAccess' | 'diskFull' | 'other';

/** What went wrong opening the database, from an AppError code, SQLite code or fs code. */
export function startupErrorKind(error: unknown): Kind {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'DB_TOO_NEW') return 'tooNew';
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return 'damaged';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'DB_BUSY') return 'busy';
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || code === 'DISK_FULL') return 'diskFull';
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_PERM') ||
    code === 'DB_READONLY' ||
    ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR'].includes(code)
  ) {
    return 'noAccess';
  }
  return 'other';
}

const texts: Record<UiLanguage, { title: string } & Record<Kind, string> & { where: string; unchanged: string }> = {
  en: {
    title: 'Redaksi cannot open its database',
    tooNew: 'This database was saved by a newer version of Redaksi, so this version cannot open it. Install the latest Redaksi to continue.',
    damaged:
      'The database file is damaged or is not a Redaksi database. Keep a copy of the file, then restore your latest backup or ask your IT desk for help.',
    busy: 'The database is locked by another program (another copy of Redaksi, or a sync or backup tool). Close it and start Redaksi again.',
    noAccess: 'Redaksi cannot read or write its data folder. Check that the folder exists and that you may write to it.',
    diskFull: 'The disk is full. Free some space and start Redaksi again.',
    other: 'An unexpected error stopped Redaksi from opening its database.',
    unchanged: 'Redaksi has not changed or deleted anything.',
    where: 'Database',
  },
  id: {
    title: 'Redaksi tidak dapat membuka basis datanya',
    tooNew: 'Basis data ini disimpan oleh versi Redaksi yang lebih baru, sehingga versi ini tidak dapat membukanya. Pasang Redaksi terbaru untuk melanjutkan.',
    damaged:
      'Berkas basis data rusak atau bukan basis data Redaksi. Simpan salinan berkas itu, lalu pulihkan cadangan terakhir Anda atau minta bantuan tim TI.',
    busy: 'Basis data sedang dikunci program lain (salinan Redaksi lain, atau alat sinkronisasi atau cadangan). Tutup program itu dan jalankan Redaksi lagi.',
    noAccess: 'Redaksi tidak dapat membaca atau menulis folder datanya. Pastikan folder itu ada dan Anda berhak menulis di sana.',
    diskFull: 'Disk penuh. Kosongkan sebagian ruang dan jalankan Redaksi lagi.',
    other: 'Galat tak terduga mencegah Redaksi membuka basis datanya.',
    unchanged: 'Redaksi tidak mengubah atau menghapus apa pun.',
    where: 'Basis data',
  },
};

/**
 * The title and text of the dialog shown when the database cannot be opened at start-up, in
 * the OS language (settings live in that database, so they cannot be read). It always says
 * nothing was changed: Redaksi never deletes or rewrites a database it cannot open.
 */
export function describeStartupError(error: unknown, databasePath: string, systemLocale: string): { title: string; message: string } {
  const t = texts[uiLanguageForLocale(systemLocale)];
  const kind = startupErrorKind(error);
  const detail = kind === 'other' && error instanceof Error ? `\n\n${error.message.slice(0, 300)}` : '';
  return { title: t.title, message: `${t[kind]} ${t.unchanged}${detail}\n\n${t.where}: ${databasePath}` };
}
