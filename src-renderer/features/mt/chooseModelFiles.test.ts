import { describe, expect, it } from 'vitest';
import { maxInterchangeBytes } from '../../../src-preload/contract/translation.ts';
import { chooseArchive, chooseFolderFiles, maxModelFiles, type PickedFile } from './chooseModelFiles.ts';

const file = (name: string, webkitRelativePath = '', size = 1000): PickedFile => ({ name, size, webkitRelativePath });

describe('chooseArchive', () => {
  it('takes one .zip, .tar.gz or .tgz whatever the case', () => {
    for (const name of ['iden.zip', 'model.tar.gz', 'MODEL.TGZ']) expect(chooseArchive([file(name)])).toEqual({ ok: true, files: [file(name)] });
  });

  it('refuses anything that is not one archive', () => {
    expect(chooseArchive([])).toEqual({ ok: false, reason: 'empty' });
    expect(chooseArchive([file('vocab.iden.spm')])).toEqual({ ok: false, reason: 'notArchive' });
    expect(chooseArchive([file('model.gz')])).toEqual({ ok: false, reason: 'notArchive' });
    expect(chooseArchive([file('a.zip'), file('b.zip')])).toEqual({ ok: false, reason: 'notArchive' });
  });

  it('refuses an archive main would refuse for its size', () => {
    expect(chooseArchive([file('big.zip', '', maxInterchangeBytes + 1)])).toEqual({ ok: false, reason: 'tooLarge' });
  });
});

describe('chooseFolderFiles', () => {
  it('keeps the files directly in the folder, without sub-folders or hidden files', () => {
    const picked = [
      file('model.iden.intgemm.alphas.bin', 'iden/model.iden.intgemm.alphas.bin'),
      file('lex.50.50.iden.s2t.bin', 'iden/lex.50.50.iden.s2t.bin'),
      file('vocab.iden.spm', 'iden/vocab.iden.spm'),
      file('vocab.iden.spm', 'iden/old/vocab.iden.spm'),
      file('.DS_Store', 'iden/.DS_Store'),
    ];
    const choice = chooseFolderFiles(picked);
    expect(choice.ok && choice.files.map((f) => f.webkitRelativePath)).toEqual(['iden/model.iden.intgemm.alphas.bin', 'iden/lex.50.50.iden.s2t.bin', 'iden/vocab.iden.spm']);
  });

  it('takes files picked without a folder path as they are', () => {
    expect(chooseFolderFiles([file('vocab.iden.spm'), file('lex.iden.s2t.bin')])).toMatchObject({ ok: true, files: [{ name: 'vocab.iden.spm' }, { name: 'lex.iden.s2t.bin' }] });
  });

  it(`refuses a folder with more than ${maxModelFiles} files, saying how many`, () => {
    const many = Array.from({ length: maxModelFiles + 1 }, (_, i) => file(`f${i}.bin`, `dir/f${i}.bin`));
    expect(chooseFolderFiles(many)).toEqual({ ok: false, reason: 'tooMany', count: maxModelFiles + 1 });
    expect(chooseFolderFiles(many.slice(0, maxModelFiles)).ok).toBe(true);
  });

  it('refuses an empty folder and an oversized file', () => {
    expect(chooseFolderFiles([file('vocab.spm', 'dir/sub/vocab.spm')])).toEqual({ ok: false, reason: 'empty' });
    expect(chooseFolderFiles([file('model.bin', 'dir/model.bin', maxInterchangeBytes + 1)])).toEqual({ ok: false, reason: 'tooLarge' });
  });
});
