import { describe, expect, it } from 'vitest';
import { translatePlainText } from './translatePlainText.ts';

// A stand-in engine that tags each sentence, so the test sees exactly what went where.
const tagAll = async (sentences: string[]) => sentences.map((s, i) => `<${i}:${s.length}>`);

describe('translatePlainText', () => {
  it('sends each sentence once, in order, and keeps paragraphs and blank lines', async () => {
    const text = 'Harga beras naik. Pedagang mengeluh.\n\nBupati meninjau pasar Senin pagi.\n';
    const seen: string[][] = [];
    const out = await translatePlainText(text, 'id', async (s) => {
      seen.push(s);
      return tagAll(s);
    });
    expect(seen).toEqual([['Harga beras naik.', 'Pedagang mengeluh.', 'Bupati meninjau pasar Senin pagi.']]);
    expect(out.text).toBe('<0:17> <1:18>\n\n<2:33>\n');
    expect(out.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Harga beras naik.', 'Pedagang mengeluh.', 'Bupati meninjau pasar Senin pagi.']);
  });

  it('keeps an abbreviation inside its sentence (Jl., Prof.) and sends nothing for blank text', async () => {
    const calls: string[][] = [];
    const record = async (s: string[]) => (calls.push(s), tagAll(s));
    const out = await translatePlainText('Kantor di Jl. Sudirman tutup. Prof. Ani hadir.', 'id', record);
    expect(calls[0]).toEqual(['Kantor di Jl. Sudirman tutup.', 'Prof. Ani hadir.']);
    expect(out.text).toBe('<0:29> <1:16>');
    expect(await translatePlainText('  \n\n ', 'id', record)).toEqual({ text: '  \n\n ', sentences: [] });
    expect(calls).toHaveLength(1);
  });
});
