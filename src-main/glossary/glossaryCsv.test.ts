import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../src-preload/contract/translation.ts';
import { readGlossaryCsv, writeGlossaryCsv } from './glossaryCsv.ts';

const pairs = (csv: string) => readGlossaryCsv(csv).drafts.map((d) => [d.termId, d.termEn]);

describe('readGlossaryCsv: headers', () => {
  it.each([
    ['id,en\nanggaran,budget\n'],
    ['en,id\nbudget,anggaran\n'],
    ['Indonesian,English\nanggaran,budget\n'],
    ['Bahasa Indonesia,English\nanggaran,budget\n'],
    ['english;indonesia\nbudget;anggaran\n'],
    ['id-ID\ten-US\nanggaran\tbudget\n'],
    ['Inggris,Bahasa Indonesia\r\nbudget,anggaran\r\n'],
  ])('reads the languages from the header: %j', (csv) => {
    expect(pairs(csv)).toEqual([['anggaran', 'budget']]);
  });

  it('refuses a file whose header names no language', () => {
    expect(() => readGlossaryCsv('anggaran,budget\npajak,tax\n')).toThrow(/name the languages/);
  });

  it('turns the note column, extra columns and forbidden columns into the entry', () => {
    const csv = 'id,en,catatan,Sumber,dilarang_id,forbidden (en),case_sensitive\nKPK,KPK,lembaga negara,UU 30/2002,kapeka; K.P.K.,anti-graft agency,ya\n';
    expect(readGlossaryCsv(csv).drafts).toEqual([
      {
        termId: 'KPK',
        termEn: 'KPK',
        note: 'lembaga negara\nSumber: UU 30/2002',
        forbiddenId: ['kapeka', 'K.P.K.'],
        forbiddenEn: ['anti-graft agency'],
        caseSensitive: true,
      },
    ]);
  });

  it('gives a plain "forbidden" column to the first language of the header', () => {
    expect(readGlossaryCsv('en,id,forbidden\nonline,daring,on-line\n').drafts[0]).toMatchObject({ forbiddenEn: ['on-line'], forbiddenId: [] });
  });
});

describe('readGlossaryCsv: RFC 4180', () => {
  it('reads quoted cells with delimiters, quotes and line breaks inside', () => {
    const csv = 'id,en,note\r\n"anggaran, belanja","budget ""spending""","line one\r\nline two"\r\npajak,tax,\r\n';
    expect(readGlossaryCsv(csv).drafts).toEqual([
      { termId: 'anggaran, belanja', termEn: 'budget "spending"', note: 'line one\r\nline two', forbiddenId: [], forbiddenEn: [] },
      { termId: 'pajak', termEn: 'tax', note: '', forbiddenId: [], forbiddenEn: [] },
    ]);
  });

  it('detects semicolon and tab delimiters (spreadsheets in Indonesian locales use ;)', () => {
    expect(pairs('id;en;note\n"a, b";c;d\n')).toEqual([['a, b', 'c']]);
    expect(pairs('id\ten\npajak daerah\tregional tax\n')).toEqual([['pajak daerah', 'regional tax']]);
    // Excel's "sep=" line wins over counting (here the header alone would suggest commas).
    expect(pairs('sep=;\r\nid;en;a,b,c\r\nharga, pasar;market price;x\r\n')).toEqual([['harga, pasar', 'market price']]);
    expect(() => pairs('id;en;a,b,c\r\nharga, pasar;market price;x\r\n')).toThrow(/name the languages/);
  });

  it('keeps formula-looking cells as text and counts rows without a term', () => {
    const read = readGlossaryCsv('id,en,note\n=HYPERLINK("x"),=1+1,@SUM(A1)\n,,just a note\n\n\n');
    expect(read.drafts).toEqual([{ termId: '=HYPERLINK("x")', termEn: '=1+1', note: '@SUM(A1)', forbiddenId: [], forbiddenEn: [] }]);
    expect(read.emptyRows).toBe(1);
  });

  it('refuses a quote that is never closed rather than swallowing the rest of the file', () => {
    expect(() => readGlossaryCsv('id,en\n"anggaran,budget\npajak,tax\n')).toThrow(/never closed/);
  });

  it('refuses a file with more rows than the cap', () => {
    const rows = Array.from({ length: 100_002 }, (_, i) => `k${i},t${i}`).join('\n');
    expect(() => readGlossaryCsv(`id,en\n${rows}\n`)).toThrow(/more than 100000 rows/);
  });
});

describe('writeGlossaryCsv', () => {
  const term = (over: Partial<GlossaryTerm>): GlossaryTerm => ({
    id: '00000000-0000-4000-8000-000000000001',
    termId: 'anggaran',
    termEn: 'budget',
    forbiddenId: [],
    forbiddenEn: [],
    note: '',
    caseSensitive: false,
    updatedAt: '2026-11-28T00:00:00.000Z',
    updatedBy: '',
    ...over,
  });

  it('starts with a BOM and the header, and defuses formulas for spreadsheet apps', () => {
    const csv = writeGlossaryCsv([term({ termId: '=cmd|calc', termEn: '+1', note: '@risk', forbiddenEn: ['-x'] })]);
    expect(csv.startsWith('\uFEFFid,en,note,forbidden_id,forbidden_en,case_sensitive\r\n')).toBe(true);
    const row = csv.split('\r\n')[1]!;
    expect(row).toBe("'=cmd|calc,'+1,'@risk,,'-x,");
    for (const cell of row.split(',')) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('round-trips through the reader, quotes, line breaks, forbidden lists and case included', () => {
    const terms = [
      term({ termId: 'kebijakan, "publik"', termEn: 'public policy', note: 'Baris 1\nBaris 2', forbiddenId: ['polisi publik', '-an'], caseSensitive: true }),
      term({ termId: 'tab\tdi dalam', termEn: '=SUM(A1)', forbiddenEn: ['@foo'] }),
    ];
    const back = readGlossaryCsv(writeGlossaryCsv(terms).slice(1)).drafts;
    expect(back).toEqual([
      { termId: 'kebijakan, "publik"', termEn: 'public policy', note: 'Baris 1\nBaris 2', forbiddenId: ['polisi publik', '-an'], forbiddenEn: [], caseSensitive: true },
      { termId: 'tab di dalam', termEn: '=SUM(A1)', note: '', forbiddenId: [], forbiddenEn: ['@foo'] },
    ]);
  });
});
