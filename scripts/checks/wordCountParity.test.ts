/**
 * The editor's live word count (renderer) and the library's stored count (main) use the same
 * rule; the renderer cannot import main, so this check keeps the two copies equal.
 */
import { describe, expect, it } from 'vitest';
import { countWords as mainCount } from '../../src-main/language/countWords.ts';
import { countWords as editorCount } from '../../src-renderer/features/drafting/documentStats.ts';

const samples = [
  '',
  'Harga cabai rawit naik dua kali lipat menjelang Lebaran',
  'Anak-anak muda kini lebih sering berbelanja daring — café dan warung ikut menaikkan harga.',
  '"Pasokan dari petani berkurang karena hujan," ujar Siti Aminah.',
  'Rp 85.000 per kilogram, Senin (3/3/2025); e-mail: desk@redaksi.id',
  "It's the council's 2,500th vote – don’t panic!",
  'Pedagang 😀 senang, naïve ﬁnal x²',
];

describe('word count parity (renderer vs main)', () => {
  it.each(samples)('%j', (text) => {
    expect(editorCount(text)).toBe(mainCount(text));
  });
});
