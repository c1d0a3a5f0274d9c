/**
 * Indonesian derivation, the part hunspell's id_ID leaves out: it lists "kembang" but not
 * "kembangkan", "waspada" but not "diwaspadai", "proyeksi" but not "diproyeksikan". Rather than
 * list every derived form, the checker asks for the bases a word could be built from and accepts
 * it when one is a dictionary word. Only real affix combinations count (Tata Bahasa Baku): -kan
 * and -i go with meN-, di-, ter-, ber- (berdasarkan) and memper-/diper-; -an goes with ke-, peN-,
 * per-, ber- and se-, never with meN- or di- — so the common misspelling "menunjukan" (for
 * "menunjukkan") is not excused by "tunjuk". A typo rarely lands on a real base through these
 * rules; the evaluation set (bench/proofreading-eval) measures it.
 */

const minBase = 4;
/** menge-/penge- are used only before one-syllable bases (mengebom, pengecat), so 3 letters there. */
const minMonosyllable = 3;

type Prefix = 'none' | 'di' | 'ke' | 'se' | 'ter' | 'ber' | 'per' | 'meN' | 'peN';

/** Which prefixes (first layer) each suffix combines with. */
const suffixPartners: Readonly<Record<'kan' | 'i' | 'an' | '', ReadonlySet<Prefix>>> = {
  kan: new Set(['none', 'meN', 'di', 'ter', 'ber', 'per']),
  i: new Set(['none', 'meN', 'di', 'ter', 'per']),
  an: new Set(['none', 'ke', 'peN', 'per', 'ber', 'se']),
  '': new Set(['none', 'di', 'ke', 'se', 'ter', 'ber', 'per', 'meN', 'peN']),
};

const plainPrefixes: ReadonlyArray<[written: string, prefix: Prefix]> = [
  ['di', 'di'],
  ['ke', 'ke'],
  ['se', 'se'],
  ['ter', 'ter'],
  ['ber', 'ber'],
  ['be', 'ber'], // bekerja, beternak
  ['bel', 'ber'], // belajar
  ['per', 'per'],
  ['pe', 'peN'], // pelari, perawat (before l, r, w, y the nasal disappears)
];

/** meN-/peN- before a base: the written nasal and the base letters it may have replaced. */
const nasalForms: ReadonlyArray<[written: string, restored: readonly string[]]> = [
  ['ng', ['', 'k']], // mengambil (ambil), mengirim (kirim), menggali (gali)
  ['ny', ['s']], // menyapu (sapu)
  ['m', ['', 'p']], // membeli (beli), memukul (pukul)
  ['n', ['', 't']], // mendengar (dengar), menulis (tulis)
  ['', ['']], // melihat, merawat, meyakini (lihat, rawat, yakin)
];

interface Parse {
  base: string;
  prefix: Prefix;
}

/** Bases reachable from `word` by removing one prefix (with nasal restoration). */
function withoutOnePrefix(word: string): Parse[] {
  const out: Parse[] = [];
  for (const [written, prefix] of plainPrefixes) {
    if (word.startsWith(written) && word.length - written.length >= minBase) out.push({ base: word.slice(written.length), prefix });
  }
  for (const [head, prefix] of [['me', 'meN'], ['pe', 'peN']] as const) {
    if (!word.startsWith(head)) continue;
    const rest = word.slice(head.length);
    if (rest.startsWith('nge') && rest.length - 3 >= minMonosyllable) out.push({ base: rest.slice(3), prefix });
    for (const [written, restored] of nasalForms) {
      if (!rest.startsWith(written)) continue;
      const after = rest.slice(written.length);
      for (const letter of restored) if (letter.length + after.length >= minBase) out.push({ base: letter + after, prefix });
    }
  }
  return out;
}

/**
 * Every base `word` (lower case, clitics already removed) could be derived from, most likely
 * first. The word itself is not included.
 */
export function derivationBases(word: string): string[] {
  const out = new Set<string>();
  for (const suffix of ['kan', 'an', 'i', ''] as const) {
    if (!word.endsWith(suffix)) continue;
    const stem = suffix ? word.slice(0, -suffix.length) : word;
    if (stem.length < minMonosyllable) continue;
    const partners = suffixPartners[suffix];
    // "menunjuk" + -an is not a word ("menunjukan" is a misspelling of "menunjukkan"): -an never
    // follows a meN-, di- or ter- form.
    if (suffix && stem.length >= minBase && !(suffix === 'an' && /^(me|di|ter)/.test(stem))) out.add(stem);
    for (const first of withoutOnePrefix(stem)) {
      if (!partners.has(first.prefix)) continue;
      out.add(first.base);
      // memper-, diper-, keber-, keter-, seper-: a second layer, per- or ber- under the first.
      for (const second of withoutOnePrefix(first.base)) if (second.prefix === 'per' || second.prefix === 'ber' || second.prefix === 'ter') out.add(second.base);
    }
  }
  out.delete(word);
  return [...out];
}
