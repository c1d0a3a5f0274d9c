import { describe, expect, it } from 'vitest';
import { iterateWords } from './wordIterator.ts';

const words = (text: string) => [...iterateWords(text)].map((t) => `${t.sentenceStart ? '^' : ''}${t.text}@${t.start}`);

describe('iterateWords', () => {
  it('yields words with string offsets, keeping hyphens and apostrophes inside words', () => {
    expect(words('Anak-anak don’t  pulang.')).toEqual(['^Anak-anak@0', 'don’t@10', 'pulang@17']);
  });

  it('marks sentence starts after . ! ? … (also past closing quotes) and line breaks', () => {
    expect(words('Ya. "Tidak!" Lalu\nPergi, katanya 3.5 persen')).toEqual(['^Ya@0', '^Tidak@5', '^Lalu@13', '^Pergi@18', 'katanya@25', '3@33', '5@35', 'persen@37']);
  });

  it('skips URLs and e-mail addresses but not the words around them', () => {
    expect(words('Lihat https://contoh.id/a-b atau tulis ke meja@contoh.id hari ini')).toEqual(['^Lihat@0', 'atau@28', 'tulis@33', 'ke@39', 'hari@57', 'ini@62']);
  });
});
