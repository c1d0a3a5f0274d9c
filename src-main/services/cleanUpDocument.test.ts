import { describe, expect, it } from 'vitest';
import type { CleanupChange, DocumentJson, Lang } from '../../src-preload/contract/domain.ts';
import { cleanUpDocument } from './cleanUpDocument.ts';
import { parseDocument } from './documentValidation.ts';

type Inline = Record<string, unknown>;
const t = (text: string, ...marks: string[]): Inline => (marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text });
const br: Inline = { type: 'hardBreak' };
const p = (...content: (Inline | string)[]): Inline => {
  const inline = content.map((c) => (typeof c === 'string' ? t(c) : c));
  return inline.length ? { type: 'paragraph', content: inline } : { type: 'paragraph' };
};
const h2 = (text: string): Inline => ({ type: 'heading', attrs: { level: 2 }, content: [t(text)] });
const doc = (...content: Inline[]): DocumentJson => ({ type: 'doc', content });

// Invented articles. Each row: language, headline, body, expected body, kinds of the changes in order.
const table: [lang: Lang, title: string, input: DocumentJson, expected: DocumentJson, kinds: CleanupChange['kind'][]][] = [
  [
    'id',
    'Pasar Terapung Kembali Ramai',
    doc(p('PASAR TERAPUNG KEMBALI RAMAI.'), p('BANJARMASIN - Pedagang  sayur kembali berjualan di sungai.'), p('Baca juga: Harga Beras Naik Lagi'), p('Wisatawan datang sejak subuh.'), p(), p('Bagikan artikel ini'), p('Facebook | Twitter | WhatsApp')),
    doc(p('BANJARMASIN - Pedagang sayur kembali berjualan di sungai.'), p('Wisatawan datang sejak subuh.')),
    ['duplicate-headline', 'spaces', 'read-also', 'share-line', 'share-line'],
  ],
  [
    'id',
    'Rapat Warga',
    doc(p('"Kami menolak," kata Ketua RT.\u00a0Warga mengangguk.'), p('Ia menyebut “keputusan final“ belum ada.'), p('"Tunggu saja," ujarnya.')),
    // Straight quotes are the majority, so the curly pair becomes straight too.
    doc(p('"Kami menolak," kata Ketua RT. Warga mengangguk.'), p('Ia menyebut "keputusan final" belum ada.'), p('"Tunggu saja," ujarnya.')),
    ['nbsp', 'quotes'],
  ],
  [
    'en',
    'Ferry Service Resumes',
    doc(p('Ferry service resumes'), p('The first boat left at 6 a.m.   '), h2('Passengers  relieved'), p('Read also: Port workers strike'), p('“It’s about time,“ one commuter said.'), p('Follow us on Instagram'), p('Share this article')),
    doc(p('The first boat left at 6 a.m.'), h2('Passengers relieved'), p('“It’s about time,” one commuter said.')),
    ['duplicate-headline', 'spaces', 'spaces', 'read-also', 'quotes', 'share-line', 'share-line'],
  ],
  [
    'en',
    'Budget Passed',
    doc(p('The council passed the budget.'), p('Share'), p('Critics said it was too small.')),
    doc(p('The council passed the budget.'), p('Share'), p('Critics said it was too small.')),
    [],
  ],
  [
    'id',
    'Jembatan Baru',
    doc(p('Jembatan', br, 'Baru'), p('Warga menyeberang.', br, 'Baca juga: Jalan rusak')),
    doc(p('Warga menyeberang.', br, 'Baca juga: Jalan rusak')),
    ['duplicate-headline'],
  ],
];

describe('cleanUpDocument', () => {
  it.each(table)('%s: %s', (lang, title, input, expected, kinds) => {
    const result = cleanUpDocument({ title, lang, doc: input });
    expect(result.doc).toEqual(expected);
    expect(result.changes.map((c) => c.kind)).toEqual(kinds);
    // What it returns is a valid article body.
    expect(() => parseDocument(result.doc)).not.toThrow();
  });

  it('bold text keeps its bold after cleanup', () => {
    const input = doc(p('Harga ', t('cabai  rawit', 'bold'), ' naik\u00a0lagi.'), p(t('“Mahal sekali,“', 'italic'), ' kata ', t('Bu Sari', 'bold', 'italic'), '.'));
    const { doc: out, changes } = cleanUpDocument({ title: 'Harga Cabai', lang: 'id', doc: input });
    expect(out).toEqual(doc(p('Harga ', t('cabai rawit', 'bold'), ' naik lagi.'), p(t('“Mahal sekali,”', 'italic'), ' kata ', t('Bu Sari', 'bold', 'italic'), '.')));
    expect(changes).toEqual([
      { kind: 'nbsp', before: 'Harga cabai  rawit naik\u00a0lagi.', after: 'Harga cabai  rawit naik lagi.', line: 1 },
      { kind: 'spaces', before: 'Harga cabai  rawit naik lagi.', after: 'Harga cabai rawit naik lagi.', line: 1 },
      { kind: 'quotes', before: '“Mahal sekali,“ kata Bu Sari.', after: '“Mahal sekali,” kata Bu Sari.', line: 2 },
    ]);
  });

  it('skips a double space that spans text with different marks, and leaves code alone', () => {
    const input = doc(p(t('Tebal ', 'bold'), ' biasa.'), p('Jalankan ', t('a  =  "b"', 'code'), ' sekarang.'));
    const result = cleanUpDocument({ title: 'Catatan', lang: 'id', doc: input });
    expect(result.changes).toEqual([]);
    expect(result.doc).toBe(input);
  });

  it('keeps links and comment marks on the text it fixes', () => {
    const link = { type: 'link', attrs: { href: 'https://contoh.id' } };
    const comment = { type: 'comment', attrs: { threadId: '00000000-0000-4000-8000-000000000001' } };
    const input = doc(p({ type: 'text', text: 'laporan  resmi', marks: [link] }, ' dan ', { type: 'text', text: 'data\u00a0BPS', marks: [comment] }));
    const out = cleanUpDocument({ title: 'Laporan', lang: 'id', doc: input }).doc;
    expect(out).toEqual(doc(p({ type: 'text', text: 'laporan resmi', marks: [link] }, ' dan ', { type: 'text', text: 'data BPS', marks: [comment] })));
  });

  it('nothing to clean: zero changes and the same doc', () => {
    const input = doc(p('Gempa kecil mengguncang ', t('Cianjur', 'bold'), ' pagi ini.'), p('Tidak ada korban.'));
    const result = cleanUpDocument({ title: 'Gempa Cianjur', lang: 'id', doc: input });
    expect(result).toEqual({ doc: input, changes: [] });
    expect(result.doc).toBe(input);
  });

  it('reports removed blocks by their block number and never leaves an empty body', () => {
    const result = cleanUpDocument({ title: 'Hanya Judul', lang: 'id', doc: doc(p('Hanya judul')) });
    expect(result.changes).toEqual([{ kind: 'duplicate-headline', before: 'Hanya judul', after: '', line: 1 }]);
    expect(result.doc).toEqual(doc(p()));
  });

  it('cleans text inside lists and quotes without removing them', () => {
    const item = (text: string): Inline => ({ type: 'listItem', content: [p(text)] });
    const input = doc(p('Daftar:'), { type: 'bulletList', content: [item('Satu  dua'), item('Baca juga: bukan furnitur di sini')] }, { type: 'blockquote', content: [p("'Ya,' katanya.")] });
    const result = cleanUpDocument({ title: 'Daftar belanja', lang: 'id', doc: input });
    expect(result.changes.map((c) => [c.kind, c.line])).toEqual([['spaces', 2], ['quotes', 4]]);
    expect(result.doc).toEqual(doc(p('Daftar:'), { type: 'bulletList', content: [item('Satu dua'), item('Baca juga: bukan furnitur di sini')] }, { type: 'blockquote', content: [p('‘Ya,’ katanya.')] }));
  });
});
