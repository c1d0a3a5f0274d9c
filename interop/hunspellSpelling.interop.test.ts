/**
 * Interop: our spelling checker against raw hunspell with the same id_ID dictionary (SETUP.md,
 * hunspell row), on a paragraph of correct, everyday Indonesian news text written for this test.
 * Raw hunspell flags correct words (dulu, instruksi, -nya forms, modern words); we must flag none,
 * and must still agree with hunspell on real misspellings. Skips with a one-line reason where
 * hunspell or its id_ID dictionary is not installed (a user's fresh clone); .ci/run may install it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpellChecker } from '../src-main/spelling/spellChecker.ts';
import { realSpellChecker } from '../src-main/spelling/testing/realDictionaries.ts';

const hunspell = ['/usr/bin/hunspell', '/usr/local/bin/hunspell'].find((p) => existsSync(p));
const hasIdDictionary = existsSync('/usr/share/hunspell/id_ID.dic');
const ready = !!hunspell && hasIdDictionary;

const correctParagraph =
  'Dulu warga desa itu menunggu instruksi dari kecamatan sebelum mengungsi. Kini informasinya ' +
  'diunggah secara daring, dan warganet ikut membagikannya. Menjelang pemilu, petahana dan para ' +
  'caleg berkampanye di pasar; sebagian relawan membagikan bansos. Harga beras naik karena inflasi, ' +
  'kata ekonom itu kepada wartawan. Anak-anaknya bersekolah lagi setelah banjir surut, dan rumahnya ' +
  'sudah dibersihkan. Polisi menyidik kasus narkoba itu dan menyita barang buktinya.';

const misspelled = 'Pemerintah mengunakan anggran itu untuk membangn jalan.';

function hunspellFlags(text: string): string[] {
  const r = spawnSync(hunspell!, ['-i', 'utf-8', '-d', 'id_ID', '-l'], { input: text, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`hunspell failed: ${r.stderr}`);
  return r.stdout.split('\n').filter((w) => w !== '');
}

describe('spelling precision against raw hunspell id_ID', () => {
  if (!ready) console.log('interop: hunspell with the id_ID dictionary is not installed; apt-get install hunspell hunspell-id to run this check');
  let checker: SpellChecker;
  beforeAll(async () => {
    if (ready) checker = await realSpellChecker();
  }, 120_000);

  it.skipIf(!ready)('flags none of the correct words raw hunspell rejects', () => {
    const theirs = hunspellFlags(correctParagraph);
    const ours = checker.checkText(correctParagraph, 'id').map((f) => f.text);
    console.log(`interop: hunspell id_ID flags ${theirs.length} correct words (${theirs.join(', ')}); we flag ${ours.length}`);
    expect(theirs).toEqual(expect.arrayContaining(['Dulu', 'instruksi', 'warganet']));
    expect(ours).toEqual([]);
  });

  it.skipIf(!ready)('catches the same real misspellings as hunspell', () => {
    const theirs = hunspellFlags(misspelled);
    const ours = checker.checkText(misspelled, 'id').map((f) => f.text);
    expect(theirs).toEqual(['mengunakan', 'anggran', 'membangn']);
    expect(ours).toEqual(theirs);
  });
});
