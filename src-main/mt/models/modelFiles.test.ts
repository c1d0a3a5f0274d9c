import { describe, expect, it } from 'vitest';
import { AppError } from '../../services/appError.ts';
import { checkMarianModel, checkSentencePiece, checkShortlist, pairDirection, recogniseModelFileName } from './modelFiles.ts';
import { fakeMarianModel, fakeSentencePiece, fakeShortlist, seededRandom } from './testing/makeTestModel.ts';

/** The refusal's message, or 'accepted'. */
function refusal(check: () => unknown): string {
  try {
    check();
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('MT_MODEL_INVALID');
    return (error as AppError).message;
  }
}

const text = new TextEncoder().encode('Ini bukan model terjemahan, hanya catatan redaksi yang diberi nama lain.\n'.repeat(40));

describe('recogniseModelFileName', () => {
  it.each([
    ['model.iden.intgemm.alphas.bin', 'model', 'iden', false],
    ['model.enid.intgemm8.bin.gz', 'model', 'enid', true],
    ['lex.50.50.iden.s2t.bin', 'lex', 'iden', false],
    ['lex.enid.s2t.bin.gz', 'lex', 'enid', true],
    ['vocab.enid.spm', 'vocab', 'enid', false],
    ['srcvocab.iden.spm', 'srcvocab', 'iden', false],
    ['trgvocab.iden.spm.gz', 'trgvocab', 'iden', true],
  ])('%s is a %s for %s', (name, kind, pair, gzipped) => {
    expect(recogniseModelFileName(name)).toEqual({ kind, pair, name: name.replace(/\.gz$/, ''), gzipped });
  });

  it.each(['README.md', 'model.iden.npz', 'lex.iden.s2t', 'vocab.iden.spm.zip', '../model.iden.intgemm.alphas.bin', 'model.IDEN.intgemm.alphas.bin'])('ignores %s', (name) => {
    expect(recogniseModelFileName(name)).toBeNull();
  });

  it('accepts only Indonesian–English pairs, in either direction', () => {
    expect(pairDirection('iden')).toEqual({ from: 'id', to: 'en' });
    expect(pairDirection('enid')).toEqual({ from: 'en', to: 'id' });
    expect(pairDirection('ende')).toBeNull();
    expect(pairDirection('idid')).toBeNull();
  });
});

describe('checkMarianModel', () => {
  const model = fakeMarianModel(1024 * 1024 + 100, seededRandom(1));

  it('accepts a model whose header table adds up to the file size', () => {
    expect(refusal(() => checkMarianModel(model, model.length, 'model.iden.intgemm.alphas.bin'))).toBe('accepted');
  });

  it('refuses a text file named like a model, naming the file', () => {
    expect(refusal(() => checkMarianModel(text, text.length, 'model.iden.intgemm.alphas.bin'))).toMatch(/^model\.iden\.intgemm\.alphas\.bin: not a Marian binary model/);
  });

  it('refuses a truncated model (a broken download)', () => {
    const cut = model.subarray(0, model.length - 5000);
    expect(refusal(() => checkMarianModel(cut, cut.length, 'model.iden.intgemm.alphas.bin'))).toMatch(/cut short/);
  });

  it('refuses a model with junk appended', () => {
    expect(refusal(() => checkMarianModel(model, model.length + 10_000, 'm.bin'))).toMatch(/unexpected bytes/);
  });

  it('refuses an unknown item type and a name that is not text', () => {
    const badType = new Uint8Array(model);
    new DataView(badType.buffer).setBigUint64(16 + 8, 0x9999n, true);
    expect(refusal(() => checkMarianModel(badType, badType.length, 'm.bin'))).toMatch(/unknown type/);
    const badName = new Uint8Array(model);
    badName[16 + 3 * 32] = 0x01;
    expect(refusal(() => checkMarianModel(badName, badName.length, 'm.bin'))).toMatch(/not text/);
  });
});

describe('checkShortlist', () => {
  const lex = fakeShortlist(300, 300, seededRandom(2));

  it('accepts a shortlist and reports the highest target id', () => {
    const facts = checkShortlist(lex, 'lex.50.50.iden.s2t.bin');
    expect(facts.sourceWords).toBe(300);
    expect(facts.maxTargetId).toBeLessThan(300);
  });

  it('refuses a wrong magic number, a wrong length and offsets out of order', () => {
    expect(refusal(() => checkShortlist(text, 'lex.50.50.iden.s2t.bin'))).toMatch(/^lex\.50\.50\.iden\.s2t\.bin: not a binary lexical shortlist/);
    expect(refusal(() => checkShortlist(lex.subarray(0, lex.length - 4), 'lex.bin'))).toMatch(/header describes/);
    const shuffled = new Uint8Array(lex);
    new DataView(shuffled.buffer).setBigUint64(48 + 10 * 8, 999_999n, true);
    expect(refusal(() => checkShortlist(shuffled, 'lex.bin'))).toMatch(/out of order or out of range/);
  });
});

describe('checkSentencePiece', () => {
  const vocab = fakeSentencePiece(200, seededRandom(3));

  it('accepts a vocabulary and counts its pieces', () => {
    expect(checkSentencePiece(vocab, 'vocab.iden.spm').pieceCount).toBe(200);
  });

  it('refuses text, a truncated protobuf and random bytes', () => {
    expect(refusal(() => checkSentencePiece(text, 'vocab.iden.spm'))).toMatch(/^vocab\.iden\.spm: not a SentencePiece vocabulary/);
    expect(refusal(() => checkSentencePiece(vocab.subarray(0, vocab.length - 3), 'vocab.iden.spm'))).toMatch(/damaged protobuf/);
    const random = seededRandom(4);
    const noise = Uint8Array.from({ length: 5000 }, () => Math.floor(random() * 256));
    expect(refusal(() => checkSentencePiece(noise, 'vocab.iden.spm'))).not.toBe('accepted');
  });
});
