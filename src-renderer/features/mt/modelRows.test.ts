import { describe, expect, it } from 'vitest';
import type { MtModel } from '../../../src-preload/contract/mt.ts';
import { directionKey, megabytes, modelRows, newlyInstalled } from './modelRows.ts';

function model(patch: Partial<MtModel> & Pick<MtModel, 'from' | 'to'>): MtModel {
  return { bytes: 16_000_000, origin: 'import', installedAt: '2026-11-28T09:00:00.000Z', damaged: false, ...patch };
}

describe('modelRows', () => {
  it('lists both directions even when nothing is installed', () => {
    expect(modelRows([]).map((r) => [directionKey(r), r.state])).toEqual([
      ['id-en', 'missing'],
      ['en-id', 'missing'],
    ]);
  });

  it('shows installed and damaged models in their direction’s row', () => {
    const installed = model({ from: 'en', to: 'id' });
    const rows = modelRows([installed, model({ from: 'id', to: 'en', damaged: true, origin: null, installedAt: null })]);
    expect(rows.map((r) => r.state)).toEqual(['damaged', 'installed']);
    expect(rows[1]!.model).toBe(installed);
  });
});

describe('newlyInstalled', () => {
  const old = model({ from: 'id', to: 'en' });

  it('finds the direction an import added', () => {
    expect(newlyInstalled([old], [old, model({ from: 'en', to: 'id' })])).toEqual([{ from: 'en', to: 'id' }]);
  });

  it('counts a replaced model (new install time) and a repaired damaged one', () => {
    expect(newlyInstalled([old], [{ ...old, installedAt: '2026-11-28T10:00:00.000Z' }])).toEqual([{ from: 'id', to: 'en' }]);
    expect(newlyInstalled([{ ...old, damaged: true }], [old])).toEqual([{ from: 'id', to: 'en' }]);
  });

  it('reports nothing when nothing changed, and never a damaged model', () => {
    expect(newlyInstalled([old], [old])).toEqual([]);
    expect(newlyInstalled([], [model({ from: 'en', to: 'id', damaged: true })])).toEqual([]);
  });
});

describe('megabytes', () => {
  it('rounds to one decimal of MiB', () => {
    expect(megabytes(0)).toBe(0);
    expect(megabytes(1024 * 1024)).toBe(1);
    expect(megabytes(17_140_000)).toBe(16.3);
  });
});
