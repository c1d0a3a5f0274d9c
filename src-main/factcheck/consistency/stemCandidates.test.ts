import { describe, expect, it } from 'vitest';
import { stemCandidates } from './stemCandidates.ts';

describe('stemCandidates', () => {
  it('proposes the base of English past forms', () => {
    expect(stemCandidates('harvested', 'en')).toContain('harvest');
    expect(stemCandidates('produced', 'en')).toContain('produce');
    expect(stemCandidates('carried', 'en')).toContain('carry');
    expect(stemCandidates('patrolled', 'en')).toContain('patrol');
  });

  it('proposes the base of Indonesian di-, ter-, ber- and meN- verbs with the sound changes', () => {
    expect(stemCandidates('dipanen', 'id')).toContain('panen');
    expect(stemCandidates('memanen', 'id')).toContain('panen');
    expect(stemCandidates('menanam', 'id')).toContain('tanam');
    expect(stemCandidates('mengirim', 'id')).toContain('kirim');
    expect(stemCandidates('menyewa', 'id')).toContain('sewa');
    expect(stemCandidates('membangun', 'id')).toContain('bangun');
    expect(stemCandidates('terjual', 'id')).toContain('jual');
    expect(stemCandidates('berjualan', 'id')).toContain('jualan');
  });

  it('proposes nothing for words without a verb affix, and keeps Indonesian suffixes', () => {
    expect(stemCandidates('harvest', 'en')).toEqual([]);
    expect(stemCandidates('red', 'en')).toEqual([]);
    expect(stemCandidates('panen', 'id')).toEqual([]);
    expect(stemCandidates('dihargai', 'id')).not.toContain('harga');
  });
});
