import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../src-preload/contract/translation.ts';
import { containsTerm, findForbidden, matchTerms, wordForms } from './matchTerms.ts';

let next = 0;
function entry(termId: string, termEn: string, extra: Partial<GlossaryTerm> = {}): GlossaryTerm {
  next++;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    termId,
    termEn,
    forbiddenId: [],
    forbiddenEn: [],
    note: '',
    caseSensitive: false,
    updatedAt: '2026-11-28T00:00:00.000Z',
    updatedBy: 'Tester',
    ...extra,
  };
}

/** The text under each hit, in order. */
const spans = (text: string, hits: { start: number; end: number }[]) => hits.map((h) => text.slice(h.start, h.end));

describe('matchTerms: Indonesian affixes', () => {
  it.each([
    ['anggaran', 'Anggarannya belum disetujui dewan.', 'Anggarannya'],
    ['kebijakan', 'Kebijakannya berubah tiap tahun.', 'Kebijakannya'],
    ['umumkan', 'Hasilnya diumumkan pekan depan.', 'diumumkan'],
    ['umumkan', 'Panitia akan mengumumkannya besok.', 'mengumumkannya'],
    ['tulis', 'Wartawan itu menulis laporan panjang.', 'menulis'],
    ['pukul', 'Ia memukul meja dengan keras.', 'memukul'],
    ['kirim', 'Bantuan segera dikirimkan ke Palu.', 'dikirimkan'],
    ['kirim', 'Pemda mengirim bantuan ke Palu.', 'mengirim'],
    ['sapu', 'Petugas menyapu jalan setiap pagi.', 'menyapu'],
    ['ajar', 'Murid belajar di bawah pohon.', 'belajar'],
    ['kerja', 'Mereka bekerja sampai larut.', 'bekerja'],
    ['dampak', 'Warga yang terdampak banjir mengungsi.', 'terdampak'],
    ['awas', 'Pengawasan anggaran diperketat.', 'Pengawasan'],
    ['sehat', 'Kesehatan warga menjadi prioritas.', 'Kesehatan'],
    ['baik', 'Jalan itu sedang diperbaiki.', 'diperbaiki'],
    ['bom', 'Pesawat itu mengebom jembatan.', 'mengebom'],
    ['pajak', 'Pajaknya pun naik.', 'Pajaknya'],
    ['tambang', 'Pertambangan nikel meluas.', 'Pertambangan'],
  ])('term "%s" is found in: %s', (term, text, found) => {
    const hits = matchTerms(text, 'id', 'en', [entry(term, 'x')]);
    expect(spans(text, hits)).toEqual([found]);
  });

  it('does not match inside another word or across a different word', () => {
    const terms = [entry('pajak', 'tax'), entry('teri', 'anchovy')];
    expect(matchTerms('Harga pajakan itu naik.', 'id', 'en', terms).map((h) => h.term)).toEqual(['pajak']); // pajak + -an
    expect(matchTerms('Ia bertemu menteri keuangan.', 'id', 'en', terms)).toEqual([]); // no "teri" in "menteri"
    expect(matchTerms('Tarif impajak tidak ada.', 'id', 'en', terms)).toEqual([]);
    expect(matchTerms('Kata dipajakan bukan kata baku.', 'id', 'en', [entry('jak', 'x')])).toEqual([]);
  });

  it('takes a reduplicated plural as one hit', () => {
    const text = 'Kebijakan-kebijakan baru dan kebijakan lama.';
    expect(spans(text, matchTerms(text, 'id', 'en', [entry('kebijakan', 'policy')]))).toEqual(['Kebijakan-kebijakan', 'kebijakan']);
  });

  it('tolerates affixes only on the last word of a multi-word term', () => {
    const terms = [entry('anggaran pendapatan', 'revenue budget')];
    const text = 'Ia membahas anggaran pendapatannya. Ia membahas anggarannya pendapatan.';
    expect(spans(text, matchTerms(text, 'id', 'en', terms))).toEqual(['anggaran pendapatannya']);
  });
});

describe('matchTerms: English inflections', () => {
  it.each([
    ['budget', 'The budgets were cut.', 'budgets'],
    ['tax', 'New taxes arrive in May.', 'taxes'],
    ['subsidy', 'Fuel subsidies fell.', 'subsidies'],
    ['approve', 'Parliament approved the bill.', 'approved'],
    ['approve', 'Parliament is approving the bill.', 'approving'],
    ['plan', 'They planned a recount.', 'planned'],
    ['audit', 'Auditing began on Monday.', 'Auditing'],
    ['minister', "The minister's office declined to comment.", "minister's"],
    ['minister', 'The minister’s office declined to comment.', 'minister’s'],
    ['carry', 'The ferry carried 300 people.', 'carried'],
    ['press release', 'Two press releases went out.', 'press releases'],
  ])('term "%s" is found in: %s', (term, text, found) => {
    const hits = matchTerms(text, 'en', 'id', [entry('x', term)]);
    expect(spans(text, hits)).toEqual([found]);
  });

  it('needs word boundaries', () => {
    expect(matchTerms('The taxonomy is new.', 'en', 'id', [entry('pajak', 'tax')])).toEqual([]);
    expect(matchTerms('A syntax error.', 'en', 'id', [entry('pajak', 'tax')])).toEqual([]);
  });
});

describe('matchTerms: hits', () => {
  it('returns the entry, its translation and note, at UTF-16 offsets, in text order', () => {
    const e1 = entry('anggaran', 'budget', { note: 'APBN context' });
    const e2 = entry('pajak', 'tax');
    const text = '😀 Pajak dan anggaran.';
    const hits = matchTerms(text, 'id', 'en', [e1, e2]);
    expect(hits).toEqual([
      { start: 3, end: 8, termId: e2.id, term: 'pajak', translation: 'tax', note: '' },
      { start: 13, end: 21, termId: e1.id, term: 'anggaran', translation: 'budget', note: 'APBN context' },
    ]);
    // Towards Indonesian, the translation is the Indonesian term.
    expect(matchTerms('The budget.', 'en', 'id', [e1, e2])[0]).toMatchObject({ term: 'budget', translation: 'anggaran' });
  });

  it('lets the longest match win without overlaps', () => {
    const terms = [entry('bursa', 'exchange'), entry('Bursa Efek Indonesia', 'Indonesia Stock Exchange'), entry('efek', 'securities')];
    const text = 'Saham dicatat di Bursa Efek Indonesia, bukan bursa lain; efeknya besar.';
    const hits = matchTerms(text, 'id', 'en', terms);
    expect(spans(text, hits)).toEqual(['Bursa Efek Indonesia', 'bursa', 'efeknya']);
    expect(hits[0]!.translation).toBe('Indonesia Stock Exchange');
  });

  it('does not join words across punctuation, but treats a hyphen like a space', () => {
    const terms = [entry('anggaran negara', 'state budget'), entry('e-KTP', 'electronic ID card')];
    expect(matchTerms('anggaran, negara', 'id', 'en', terms)).toEqual([]);
    const text = 'Blangko e-KTP dan e KTP habis.';
    expect(spans(text, matchTerms(text, 'id', 'en', terms))).toEqual(['e-KTP', 'e KTP']);
  });

  it('is case-insensitive unless the entry says otherwise (KPK vs kpk)', () => {
    const kpk = entry('KPK', 'Corruption Eradication Commission', { caseSensitive: true });
    expect(spans('KPK memeriksa saksi.', matchTerms('KPK memeriksa saksi.', 'id', 'en', [kpk]))).toEqual(['KPK']);
    expect(matchTerms('kpk memeriksa saksi.', 'id', 'en', [kpk])).toEqual([]);
    const plain = entry('Anggaran', 'budget');
    expect(matchTerms('ANGGARAN dan anggaran', 'id', 'en', [plain])).toHaveLength(2);
  });

  it('folds accents both ways', () => {
    expect(matchTerms('Kafe itu tutup; kafé lain buka.', 'id', 'en', [entry('kafé', 'cafe')])).toHaveLength(2);
  });

  it('skips entries without a term in the text language', () => {
    expect(matchTerms('anggaran budget', 'en', 'id', [entry('anggaran', '')])).toEqual([]);
  });
});

describe('findForbidden', () => {
  const daring = entry('daring', 'online', { forbiddenId: ['online', 'on line'] });
  const bei = entry('Bursa Efek Indonesia', 'Indonesia Stock Exchange', { forbiddenEn: ['Jakarta Stock Exchange'] });
  const bursa = entry('bursa saham', 'stock exchange', { forbiddenId: ['bursa'] });

  it('finds forbidden variants with the same tolerance and says what to use instead', () => {
    const text = 'Pendaftaran online dan on-line ditutup.';
    const hits = findForbidden(text, 'id', [daring]);
    expect(spans(text, hits)).toEqual(['online', 'on-line']);
    expect(hits[0]).toMatchObject({ termId: daring.id, variant: 'online', preferred: 'daring' });
    expect(spans('The Jakarta Stock Exchanges', findForbidden('The Jakarta Stock Exchanges', 'en', [bei]))).toEqual(['Jakarta Stock Exchanges']);
  });

  it('does not flag a variant that is part of a longer approved term', () => {
    expect(findForbidden('Saham di Bursa Efek Indonesia naik.', 'id', [bei, bursa])).toEqual([]);
    expect(findForbidden('Saham di bursa naik.', 'id', [bei, bursa]).map((h) => h.preferred)).toEqual(['bursa saham']);
  });
});

describe('containsTerm', () => {
  it('answers whether a target used the glossary translation, inflected or affixed', () => {
    expect(containsTerm('The budgets were approved.', 'budget', 'en', false)).toBe(true);
    expect(containsTerm('The spending plan was approved.', 'budget', 'en', false)).toBe(false);
    expect(containsTerm('Anggarannya disetujui.', 'anggaran', 'id', false)).toBe(true);
    expect(containsTerm('The kpk said.', 'KPK', 'en', true)).toBe(false);
    expect(containsTerm('The KPK said.', 'KPK', 'en', true)).toBe(true);
  });
});

describe('wordForms', () => {
  it('offers the base of circumfixes and clitics', () => {
    expect(wordForms('pengumumannya', 'id')).toContain('umum');
    expect(wordForms('keputusan', 'id')).toContain('putus');
    expect(wordForms('dibicarakan', 'id')).toContain('bicara');
  });
});

describe('matchTerms on a large glossary', () => {
  it('finds the few terms of a sentence among thousands, by compiling once', () => {
    const glossary: GlossaryTerm[] = [];
    for (let i = 0; i < 5000; i++) glossary.push(entry(`istilah${i} khusus`, `term${i}`));
    glossary.push(entry('anggaran', 'budget'), entry('pendapatan negara', 'state revenue'));
    const text = 'Pemerintah menaikkan anggarannya karena pendapatan negara naik dan istilah42 khususnya dibahas.';
    expect(matchTerms(text, 'id', 'en', glossary).map((h) => h.translation)).toEqual(['budget', 'state revenue', 'term42']);
  });
});
