/**
 * Names of people, organisations and places must survive translation: "Yusuf Maulana" stays
 * "Yusuf Maulana" in English. A name here is a capitalised word inside a sentence (or a run of them
 * at its start), or an acronym, that is not a word both languages translate as a matter of course:
 * titles, offices, compass points, generic place words ("Kabupaten", "River"), months and weekdays,
 * and whatever the glossary translates (its spans are passed in). Each such word must occur in the
 * target, ignoring case and accents; a few acronyms that change with the language (AS/US, PBB/UN)
 * count as present in either form. Headlines in Title Case are skipped: every word is capitalised.
 */
import type { TranslationFinding } from '../../../src-preload/contract/translation.ts';
import { wordEvidence } from '../../language/identifyLanguage.ts';
import { tokenize, type Token } from '../../language/tokenize.ts';
import { makeFinding, type Span } from './translationQaRules.ts';

/** Capitalised words that are translated, not carried over (both languages, lower case). */
const translatedWords = new Set(
  `presiden wakil menteri kementerian gubernur bupati wali walikota kota kabupaten provinsi kecamatan desa kelurahan
  kepala dinas badan lembaga komisi dewan pusat daerah nasional negeri umum rumah sakit universitas institut sekolah
  jalan sungai bendung bendungan waduk gunung pulau teluk selat danau laut pantai pelabuhan bandara bandar stasiun terminal pasar masjid gereja
  barat timur utara selatan tengah tenggara barat daya raya besar agung tinggi rakyat perwakilan daerah polisi kepolisian
  polda polres polsek resor metro mahkamah pengadilan kejaksaan agung jaksa hakim ketua anggota direktur utama
  sekretaris jenderal kantor perusahaan bank koperasi partai fraksi tentara angkatan darat udara perdana
  negara republik kerajaan kesatuan persatuan asosiasi himpunan ikatan serikat yayasan balai perum perusahaan
  keuangan pertanian perdagangan perindustrian kesehatan pendidikan kebudayaan perhubungan pariwisata kelautan perikanan
  kehutanan lingkungan hidup sosial agama hukum luar dalam pertahanan keamanan tenaga kerja energi sumber daya mineral
  pekerjaan perumahan statistik meteorologi klimatologi geofisika penanggulangan bencana pemberantasan korupsi pemeriksa
  pengawas pembangunan perencanaan investasi koordinator penanaman modal perekonomian koperasi usaha mikro kecil menengah
  informatika komunikasi riset teknologi tinggi olahraga pemuda perempuan anak perlindungan pemberdayaan desa transmigrasi
  finance agriculture trade industry health education culture transport transportation tourism marine fisheries forestry
  environment social religious affairs law foreign home defence defense security manpower energy resources mineral works
  housing statistics meteorology climatology geophysics disaster management mitigation eradication corruption audit
  supervisory development planning investment coordinating economic economy small medium enterprises information
  communication research technology youth sports women children protection empowerment
  kelompok tani petani nelayan buruh forum aliansi gerakan paguyuban masyarakat warga relawan tim satuan tugas satgas
  group farmers fishermen workers alliance movement community residents volunteers team task
  pelaksana harian rekan dunia world partners camat lurah kades kapolri kapolda kapolres kapolsek kasat kapuskesmas
  dandim danrem pangdam sekda kadis kabid kasi kabag kasubag plt pj penjabat juru bicara jubir
  bapak ibu pak bu saudara tuan nyonya haji hajah dokter profesor kapten kolonel jenderal
  president vice minister ministry governor regent mayor city regency province district village subdistrict
  head office agency board institute commission council central regional national state public general hospital
  university school street road river weir dam reservoir mount mountain island bay strait lake sea beach port airport station terminal
  market mosque church west east north south central southeast southwest northeast northwest great high people
  house representatives police metropolitan court supreme prosecutor attorney judge chair chairman chairwoman member
  director secretary company bank cooperative party faction army navy air force prime republic kingdom union
  association foundation mr mrs ms dr prof sir madam doctor professor captain colonel general
  senin selasa rabu kamis jumat sabtu minggu monday tuesday wednesday thursday friday saturday sunday
  januari februari maret april mei juni juli agustus september oktober november desember january february march
  may june july august october december rp idr usd`.split(/\s+/),
);

/**
 * Words that make a run of capitalised words the name of an institution, which news copy
 * translates rather than keeps ("Himpunan Masyarakat Petambak Garam" -> "the salt farmers'
 * association", "Jakarta History Museum" -> "Museum Sejarah Jakarta"): the run's words are not
 * required in the target, only its acronyms are.
 */
const institutionWords = new Set(
  `himpunan perhimpunan asosiasi ikatan persatuan serikat badan dinas kementerian lembaga komisi dewan universitas
  institut sekolah museum yayasan koperasi kelompok forum aliansi gerakan paguyuban majelis mahkamah pengadilan
  kejaksaan kepolisian balai pusat
  association federation union agency office ministry institute university school museum foundation council
  commission court society group alliance movement centre center`.split(/\s+/),
);

/** Indexes (into `tokens`) of the words inside runs of capitalised words that name an institution. */
function institutionRunWords(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; ) {
    if (!isCapitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && isCapitalised(tokens[j]!)) j++;
    if (tokens.slice(i, j).some((t) => institutionWords.has(t.text.toLowerCase()))) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

/** Names and acronyms written differently in the two languages: any listed form counts as the name being there. */
const exonyms: Record<string, readonly string[]> = {
  jawa: ['java', 'javanese'], java: ['jawa'], sumatera: ['sumatra'], sumatra: ['sumatera'], belanda: ['netherlands', 'dutch'],
  jepang: ['japan', 'japanese'], japan: ['jepang'], tiongkok: ['china', 'chinese'], cina: ['china', 'chinese'], china: ['tiongkok', 'cina'],
  inggris: ['britain', 'british', 'english', 'uk', 'england'], singapura: ['singapore'], singapore: ['singapura'],
  eropa: ['europe', 'european'], europe: ['eropa'], amerika: ['america', 'american'], america: ['amerika'],
  rusia: ['russia', 'russian'], russia: ['rusia'], jerman: ['germany', 'german'], germany: ['jerman'], prancis: ['france', 'french'],
  perancis: ['france', 'french'], france: ['prancis', 'perancis'], arab: ['arabia', 'arab'], saudi: ['saudi'], korea: ['korea', 'korean'],
  filipina: ['philippines', 'philippine'], philippines: ['filipina'], thailand: ['thailand', 'thai'], vietnam: ['vietnam', 'vietnamese'],
  indonesia: ['indonesia', 'indonesian', 'ri'], indonesian: ['indonesia'], mesir: ['egypt'], egypt: ['mesir'], india: ['india', 'indian'],
  selandia: ['zealand'], zealand: ['selandia'], baru: ['new'], new: ['baru'],

  as: ['us', 'u.s.', 'usa', 'united states', 'amerika serikat'],
  us: ['as', 'amerika serikat'],
  pbb: ['un', 'united nations'],
  un: ['pbb', 'perserikatan bangsa-bangsa'],
  ue: ['eu', 'european union'],
  eu: ['ue', 'uni eropa'],
  ri: ['indonesia', 'indonesian'],
  wib: ['western indonesia time', 'wib'],
  // Generic Indonesian acronyms that English copy spells out.
  rsud: ['regional hospital', 'hospital'], rs: ['hospital'], tps: ['polling station', 'polling stations'],
  tipikor: ['anti-corruption', 'corruption'], dunia: ['world'], asia: ['asian'], afrika: ['africa', 'african'],
};

/** Lower case without accents; a reduplicated plural ("TPS-TPS") is its single form. */
const foldText = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const fold = (word: string) => {
  const f = foldText(word);
  const half = /^([^-]+)-\1$/u.exec(f);
  return half ? half[1]! : f;
};

/** The first letters of a word, spelled the English way: "Konstitusi" and "Constitutional" share "const". */
const cognateKey = (w: string) => fold(w).replace(/^k/, 'c').replace(/ks/g, 'x').slice(0, 5);

/** Does `word` occur in `foldedTarget` at a word start? ("Budi" in "Budi's" yes, in "Budiman" no.) */
function occursAsWord(foldedTarget: string, word: string): boolean {
  const w = fold(word);
  for (let i = foldedTarget.indexOf(w); i >= 0; i = foldedTarget.indexOf(w, i + 1)) {
    const before = i === 0 ? '' : foldedTarget[i - 1]!;
    const after = foldedTarget[i + w.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    // An English possessive: "Budi's".
    if (!/[\p{L}\p{N}]/u.test(before) && /^['’]s\b/u.test(foldedTarget.slice(i + w.length, i + w.length + 3))) return true;
  }
  return false;
}

const isCapitalised = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const isAcronym = (t: Token) => t.kind === 'word' && t.text.length >= 2 && /^[\p{Lu}\d.&-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);

/** Title Case (a headline): more than 60 % of the words of three letters or more capitalised. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && /\p{L}{3}/u.test(t.text));
  return words.length >= 3 && words.filter(isCapitalised).length / words.length > 0.6;
}

/** The words of `text` that this rule takes for parts of names (alignment uses them as anchors). */
export function nameWords(text: string): Token[] {
  const tokens = tokenize(text).filter((t) => t.kind !== 'space');
  if (isTitleCase(tokens)) return [];
  const institutions = institutionRunWords(tokens);
  return tokens.filter((t, i) => isName(tokens, i, []) && (!institutions.has(i) || isAcronym(t)));
}

export function findMissingNames(source: string, target: string, excluded: readonly Span[] = []): TranslationFinding[] {
  const tokens = tokenize(source).filter((t) => t.kind !== 'space');
  if (isTitleCase(tokens)) return [];
  const foldedTarget = foldText(target);
  const targetWords = new Set(tokenize(target).filter((w) => w.kind === 'word' && w.text.length >= 5).map((w) => cognateKey(w.text)));
  const out: TranslationFinding[] = [];
  const seen = new Set<string>();
  /** The missing words of the current name (adjacent capitalised words), reported as one finding. */
  let group: Token[] = [];
  let lastName = -2;
  const flush = () => {
    if (group.length === 0) return;
    const span = { start: group[0]!.start, end: group[group.length - 1]!.end };
    const name = source.slice(span.start, span.end);
    out.push(makeFinding('name-missing', span, null, `the name "${name}" is not in the target`, { name }));
    group = [];
  };
  const institutions = institutionRunWords(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isName(tokens, i, excluded) || (institutions.has(i) && !isAcronym(t))) continue;
    if (i !== lastName + 1) flush();
    lastName = i;
    const lower = t.text.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    if (occursAsWord(foldedTarget, t.text)) continue;
    if ((exonyms[fold(t.text)] ?? []).some((alt) => occursAsWord(foldedTarget, alt))) continue;
    // An institution's own word translated as its cognate: "Mahkamah Konstitusi" -> "Constitutional Court".
    if (t.text.length >= 6 && !isAcronym(t) && targetWords.has(cognateKey(t.text))) continue;
    if (group.length > 0 && tokens.indexOf(group[group.length - 1]!) !== i - 1) flush();
    group.push(t);
  }
  flush();
  return out;
}

/** Is tokens[i] (non-space tokens of a sentence) a word of a name? */
function isName(tokens: readonly Token[], i: number, excluded: readonly Span[]): boolean {
  const t = tokens[i]!;
  if (!isCapitalised(t) || t.text.length < 2) return false;
  if (excluded.some((e) => e.start < t.end && t.start < e.end)) return false;
  const lower = t.text.toLowerCase();
  if (translatedWords.has(lower)) return false;
  const prev = tokens[i - 1];
  const initial = prev === undefined || (prev.kind === 'punctuation' && /^[.!?…"“‘'([:—–-]+$/u.test(prev.text));
  const acronym = isAcronym(t);
  // At a sentence start a capital proves nothing: a name only when a capitalised word follows ("Yusuf Maulana said").
  if (initial && !acronym) {
    const next = tokens[i + 1];
    if (next === undefined || !isCapitalised(next) || translatedWords.has(next.text.toLowerCase())) return false;
    if (wordEvidence(t.text) !== 0) return false;
  }
  // Function words and words with clear affixes ("Keuangan", "Affairs") are not names, even capitalised.
  return acronym || Math.abs(wordEvidence(lower)) <= 1.1;
}
