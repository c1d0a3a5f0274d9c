import { describe, expect, it } from 'vitest';
import { documentPlainText, searchableText } from './documentPlainText.ts';

const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('documentPlainText', () => {
  it.each<[string, unknown, string]>([
    ['paragraphs become lines', { type: 'doc', content: [p(text('Satu.')), p(text('Two.'))] }, 'Satu.\nTwo.'],
    ['marks do not split words', { type: 'doc', content: [p(text('Harga Rp'), text('12.500', [{ type: 'bold' }]), text(' naik'))] }, 'Harga Rp12.500 naik'],
    ['hard breaks separate words', { type: 'doc', content: [p(text('baris'), { type: 'hardBreak' }, text('dua'))] }, 'baris\ndua'],
    ['lists and quotes', { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [p(text('a'))] }, { type: 'listItem', content: [p(text('b'))] }] }, { type: 'blockquote', content: [p(text('kutip'))] }] }, 'a\nb\nkutip'],
    ['empty document', { type: 'doc', content: [{ type: 'paragraph' }] }, ''],
    ['not a document', 'teks', ''],
    ['decomposed accents become precomposed', { type: 'doc', content: [p(text('Kopi\u0301'))] }, 'Kopí'],
    ['control characters (snippet markers) are removed', { type: 'doc', content: [p(text('a\u0002b\u0003c'))] }, 'a b c'],
  ])('%s', (_name, doc, expected) => {
    expect(documentPlainText(doc)).toBe(expected);
  });

  it('searchableText trims and keeps tabs as spaces', () => {
    expect(searchableText('  Judul\tberita  ')).toBe('Judul\tberita');
  });
});
