import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../../src-preload/contract/documentSchema.ts';
import type { JournalEntry } from './draftJournal.ts';
import { recoveryOffer } from './recoveryOffer.ts';

const schema = getDocumentSchema();
const json = (...paragraphs: string[]) => ({ type: 'doc' as const, content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })) });
const stored = (version: number, title: string, ...paragraphs: string[]) => ({ version, title, doc: schema.nodeFromJSON(json(...paragraphs)) });
const entry = (baseVersion: number, title: string, ...paragraphs: string[]): JournalEntry => ({ articleId: 'a', baseVersion, title, doc: json(...paragraphs), at: 1_700_000_000_000 });

describe('recoveryOffer', () => {
  it('offers nothing without an entry, or when main already has the same text', () => {
    expect(recoveryOffer(undefined, stored(4, 'Judul', 'Isi.'), schema).kind).toBe('none');
    expect(recoveryOffer(entry(4, 'Judul', 'Isi.'), stored(4, 'Judul', 'Isi.'), schema).kind).toBe('none');
    // Committed, then the window died before the ack reached it: same text, newer version.
    expect(recoveryOffer(entry(4, 'Judul', 'Isi.'), stored(5, 'Judul', 'Isi.'), schema).kind).toBe('none');
  });

  it('offers unacknowledged words with the word difference and the words themselves', () => {
    const offer = recoveryOffer(entry(4, 'Judul', 'Harga beras naik tajam minggu ini.'), stored(4, 'Judul', 'Harga beras naik'), schema);
    expect(offer).toMatchObject({ kind: 'offer', outdated: false, wordDelta: 3, preview: 'naik tajam minggu ini.' });
  });

  it('labels the offer outdated when the stored version moved on', () => {
    const offer = recoveryOffer(entry(4, 'Headline', 'Rice prices rose.'), stored(6, 'Headline', 'Rice prices rose sharply this week, traders said.'), schema);
    expect(offer).toMatchObject({ kind: 'offer', outdated: true, wordDelta: -5 });
  });

  it('offers a changed headline alone, previewing the headline', () => {
    const offer = recoveryOffer(entry(2, 'Banjir di Bekasi', 'Isi.'), stored(2, 'Banjir', 'Isi.'), schema);
    expect(offer).toMatchObject({ kind: 'offer', wordDelta: 0, preview: 'Banjir di Bekasi' });
  });

  it('cuts a long preview and refuses a body the schema does not accept', () => {
    const long = 'kata '.repeat(200).trim();
    const offer = recoveryOffer(entry(1, 'J', long), stored(1, 'J', ''), schema);
    expect(offer.kind === 'offer' && offer.preview.length).toBe(160);
    const bad = { ...entry(1, 'J', 'x'), doc: { type: 'doc' as const, content: [{ type: 'nosuchnode' }] } };
    expect(recoveryOffer(bad, stored(1, 'J', ''), schema).kind).toBe('none');
  });
});
