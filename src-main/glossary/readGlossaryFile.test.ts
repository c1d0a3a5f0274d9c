import { describe, expect, it } from 'vitest';
import { matchTerms } from './matchTerms.ts';
import { glossaryFormatOf, glossaryTermsOf, readGlossaryFile } from './readGlossaryFile.ts';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));

describe('readGlossaryFile', () => {
  it('reads a CSV or TBX by extension into terms matchTerms can use (the CLI --glossary path)', () => {
    const csv = readGlossaryFile('istilah.CSV', bytes('en,id\nbudget,anggaran\n,\n,,\n'));
    const tbx = readGlossaryFile('istilah.tbx', bytes('<martif><text><body><termEntry><langSet xml:lang="id"><tig><term>anggaran</term></tig></langSet><langSet xml:lang="en"><tig><term>budget</term></tig></langSet></termEntry></body></text></martif>'));
    for (const read of [csv, tbx]) {
      expect(read).toEqual({ drafts: [{ termId: 'anggaran', termEn: 'budget', forbiddenId: [], forbiddenEn: [], note: '' }], skipped: 0 });
      const hits = matchTerms('Anggarannya disahkan.', 'id', 'en', glossaryTermsOf(read.drafts));
      expect(hits.map((h) => h.translation)).toEqual(['budget']);
    }
  });

  it('names the format from the extension only', () => {
    expect(glossaryFormatOf('a.tbx')).toBe('tbx');
    expect(glossaryFormatOf('a.tsv')).toBe('csv');
    expect(glossaryFormatOf('a.tbx.exe')).toBeNull();
  });

  it('refuses other formats, binary content and files over the cap with their own codes', () => {
    expect(() => readGlossaryFile('a.xlsx', bytes('id,en'))).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
    expect(() => readGlossaryFile('a.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toThrow(expect.objectContaining({ code: 'IMPORT_FAILED' }));
    expect(() => readGlossaryFile('a.csv', new Uint8Array(50 * 1024 * 1024 + 1))).toThrow(expect.objectContaining({ code: 'FILE_TOO_LARGE' }));
  });
});
