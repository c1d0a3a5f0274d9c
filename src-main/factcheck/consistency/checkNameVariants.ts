/**
 * `consistency.name-variant`: one person or organisation written two ways ("Rudiantara" and
 * "Rudianto", "Sri Mulyani" and "Sri Mulyan"). Two spellings are a pair when they are close
 * (edit distance, or a long shared beginning) AND their contexts agree: the same word next to them
 * in the name ("Sri"), the same role word before them, or nothing that sets them apart. Two names
 * introduced with different roles or different other names ("Budi, petani" and "Budiman, guru";
 * "Joko Widodo" and "Joko Susilo") are two people and are never paired.
 */
import type { Finding } from '../../proofreading/finding.ts';
import { roleWords } from '../detectClaims.ts';
import { commonPrefix, editDistance, isAcronym, isNameCased, makeFinding, placeOf, startsLowerAscii, type ConsistencyContext, type Word } from './consistencyContext.ts';

/** Roles and descriptions detectClaims does not list, which still tell two people apart. */
export const extraRoles: ReadonlySet<string> = new Set([
  'petani', 'nelayan', 'warga', 'pedagang', 'mahasiswa', 'mahasiswi', 'siswa', 'pelajar', 'pengusaha', 'sopir', 'buruh',
  'karyawan', 'pegawai', 'polisi', 'tentara', 'bidan', 'perawat', 'wartawan', 'aktivis', 'advokat', 'pengacara',
  'kuasa', 'pelatih', 'pemain', 'atlet', 'penyanyi', 'artis', 'seniman', 'penulis', 'relawan', 'korban', 'saksi',
  'tersangka', 'terdakwa', 'pakar', 'ahli', 'staf', 'kapten', 'kepala', 'pendiri', 'pemilik', 'manajer', 'koordinator',
  'farmer', 'fisherman', 'resident', 'student', 'teacher', 'doctor', 'nurse', 'lawyer', 'officer', 'coach', 'player',
  'perajin', 'pembatik', 'penenun', 'penjual', 'pemilik', 'nenek', 'kakek', 'pensiunan', 'ustaz', 'pendeta', 'camat',
  'founder', 'owner', 'manager', 'witness', 'victim', 'activist', 'engineer', 'driver', 'worker', 'expert', 'senator',
  'fisher', 'fisherman', 'vendor', 'trader', 'craftsman', 'weaver', 'villager', 'retiree', 'pastor', 'imam', 'official',
]);

/** Capitalised words that are not names even when they start a run ("Senin", "Januari", "Menteri"). */
export const notNames: ReadonlySet<string> = new Set([
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'januari', 'februari', 'maret', 'april', 'juni', 'juli',
  'agustus', 'september', 'oktober', 'november', 'desember', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'june', 'july', 'august', 'october', 'december',
  'bapak', 'ibu', 'pak', 'bu', 'saudara', 'mister', 'miss', 'sir',
]);

const conjunctions = new Set(['dan', 'serta', 'atau', 'dengan', 'bersama', 'kepada', 'oleh', 'and', 'or', 'with', 'to', 'by']);

/** Capitalised words that open a sentence before a name ("Namun Rudianto ..."). */
const openers = new Set(['namun', 'tetapi', 'sementara', 'menurut', 'kemudian', 'lalu', 'selain', 'bahkan', 'kata', 'but', 'however', 'meanwhile', 'then', 'and', 'according']);

/** Endings that make another word of a name in English ("Indonesia" / "Indonesian", "Smith" / "Smiths"). */
const derivedEndings = ['s', 'n', 'an', 'ns', 'ian', 'ese', 'nya', 'lah'];

export const isRoleWord = (ctx: ConsistencyContext, lower: string): boolean => roleWords[ctx.lang].has(lower) || extraRoles.has(lower);

/** A name-cased word is a name here unless it only opens its sentence and is seen in lower case elsewhere. */
function nameForm(ctx: ConsistencyContext, w: Word): string | null {
  if (startsLowerAscii(w.token.text)) return null;
  let s = w.token.text.replace(/['’]s$/u, '');
  if (ctx.lang === 'id' && w.token.enclitics?.includes('nya') && w.token.base) s = w.token.base.text;
  if (s.length < 4 || !isNameCased(s)) return null;
  const lower = s.toLowerCase();
  if (notNames.has(lower) || isRoleWord(ctx, lower)) return null;
  if (ctx.lowerSeen.has(lower)) return null;
  return s;
}

interface FormInfo {
  form: string;
  lower: string;
  words: Word[];
  /** Other capitalised words right next to it in a name ("sri" for "Mulyani"). */
  neighbours: Set<string>;
  /** Capitalised words of a title or organisation right before it ("Informatika", "Menkominfo"). */
  titles: Set<string>;
  /** Role words before it (up to four words back) or in an appositive after it. */
  roles: Set<string>;
}

/**
 * Role words that describe the name at `w`: up to six words before it in the sentence ("Ketua Koperasi
 * Batik Tulis Pesisir, Siti Aminah"), or after a comma right behind it ("Dimas, warga Cilincing").
 */
export function rolesAround(ctx: ConsistencyContext, w: Word): Set<string> {
  const roles = new Set<string>();
  let crossedComma = false;
  for (let k = w.index - 1; k >= 0 && k >= w.index - 6; k--) {
    const other = ctx.words[k]!;
    // "Ekonom Budi Susanto dan peneliti Rina Susanti": a role before "dan" belongs to someone else.
    if (other.sentence !== w.sentence || conjunctions.has(other.lower)) break;
    if (ctx.text.slice(other.token.end, ctx.words[k + 1]!.token.start).includes(',')) crossedComma = true;
    if (!isRoleWord(ctx, other.lower)) continue;
    // Across a comma only a role that opens its clause describes the name ("Ketua Koperasi Batik,
    // Siti Aminah"; "A fisher, Abdul Rahman"), not one inside it ("Menanggapi permintaan petani, Hendra").
    if (crossedComma && !/^\p{Lu}/u.test(other.token.text) && !opensClause(ctx, other)) continue;
    roles.add(other.lower);
  }
  if (w.punctAfter === ',') {
    for (let k = w.index + 1; k < ctx.words.length && k <= w.index + 4; k++) {
      const other = ctx.words[k]!;
      if (other.sentence !== w.sentence) break;
      if (isRoleWord(ctx, other.lower)) roles.add(other.lower);
    }
  }
  return roles;
}

/** The word is the first or second of its clause (after the sentence start or a comma). */
function opensClause(ctx: ConsistencyContext, w: Word): boolean {
  for (let k = w.index, n = 0; n < 2; k--, n++) {
    const prev = ctx.words[k - 1];
    if (!prev || prev.sentence !== w.sentence || ctx.text.slice(prev.token.end, ctx.words[k]!.token.start).includes(',')) return true;
  }
  return false;
}

const capitalisedNeighbour = (w: Word | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w.token.text);

export function checkNameVariants(ctx: ConsistencyContext): Finding[] {
  const forms = new Map<string, FormInfo>();
  for (const w of ctx.words) {
    const form = nameForm(ctx, w);
    if (form === null) continue;
    let info = forms.get(form);
    if (!info) {
      info = { form, lower: form.toLowerCase(), words: [], neighbours: new Set(), titles: new Set(), roles: new Set() };
      forms.set(form, info);
    }
    info.words.push(w);
    const before = ctx.words[w.index - 1];
    const after = ctx.words[w.index + 1];
    const roles = rolesAround(ctx, w);
    for (const r of roles) info.roles.add(r);
    if (w.joinedToPrev && capitalisedNeighbour(before) && !isRoleWord(ctx, before!.lower) && !(before!.initial && ctx.lowerSeen.has(before!.lower)) && !openers.has(before!.lower)) {
      // After a role, the capitalised words before a name are its title ("Menteri Komunikasi dan
      // Informatika Rudiantara"), not another name: they can show two spellings share a context
      // but never that they are two people.
      const title = roles.size > 0 || isAcronym(before!.token.text) || /^(?:Ke)?Men\p{Ll}{3,}$/u.test(before!.token.text);
      (title ? info.titles : info.neighbours).add(before!.lower);
    }
    if (after?.joinedToPrev && capitalisedNeighbour(after) && !notNames.has(after.lower)) info.neighbours.add(after.lower);
  }
  // Only names spelled differently from the same first letter are compared: O(n) buckets, not O(n^2).
  const buckets = new Map<string, FormInfo[]>();
  for (const info of forms.values()) {
    const key = info.lower[0]!;
    const list = buckets.get(key);
    if (list) list.push(info);
    else buckets.set(key, [info]);
  }
  const out: Finding[] = [];
  const flagged = new Set<string>();
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (!sameEntity(a, b)) continue;
        // The rarer spelling is the slip; with equal counts, the later one.
        const aFirst = a.words[0]!.token.start;
        const bFirst = b.words[0]!.token.start;
        const [wrong, right] = a.words.length < b.words.length || (a.words.length === b.words.length && aFirst > bFirst) ? [a, b] : [b, a];
        if (flagged.has(wrong.form)) continue;
        flagged.add(wrong.form);
        const there = right.words[0]!.token;
        for (const w of wrong.words) {
          const here = w.token;
          const place = placeOf(ctx, here.start, there.start);
          out.push(makeFinding(ctx, 'consistency', 'consistency.name-variant', { start: here.start, end: here.start + wrong.form.length }, there, {
            id: `Ditulis "${wrong.form}" di sini, tetapi "${right.form}" ${place}; pilih satu ejaan nama.`,
            en: `Written "${wrong.form}" here, but "${right.form}" ${place}; use one spelling of the name.`,
          }, [right.form]));
        }
      }
    }
  }
  return out;
}

function sameEntity(a: FormInfo, b: FormInfo): boolean {
  const [short, long] = a.lower.length <= b.lower.length ? [a.lower, b.lower] : [b.lower, a.lower];
  if (derivedEndings.some((e) => long === short + e)) return false;
  const distance = editDistance(short, long, 2);
  const prefix = commonPrefix(short, long);
  const close = (distance <= 1 && short.length >= 4) || (distance <= 2 && short.length >= 7);
  const shortening = prefix >= 5 && prefix >= short.length - 2 && long.length - prefix <= 4;
  const isPrefix = prefix === short.length && short.length >= 4 && long.length - short.length <= 4;
  // A name that is the start of a longer one is another name or a nickname (Budi, Budiman; Jaya,
  // Jayapura; Rudi, Rudiantara) unless only one letter is missing (Mulyan, Mulyani).
  if (isPrefix && distance > 1) return false;
  if (!close && !shortening) return false;
  // Two people: introduced with different roles, or with different other names.
  if (a.roles.size > 0 && b.roles.size > 0 && ![...a.roles].some((r) => b.roles.has(r))) return false;
  if (a.neighbours.size > 0 && b.neighbours.size > 0 && ![...a.neighbours].some((n) => b.neighbours.has(n))) return false;
  const shared =
    [...a.neighbours, ...a.titles].some((n) => b.neighbours.has(n) || b.titles.has(n)) || [...a.roles].some((r) => b.roles.has(r));
  if (shared) return true;
  // Nothing in common but nothing apart either: only a near-identical spelling or a clear shortening counts.
  return (distance <= 1 && short.length >= 5) || shortening;
}
