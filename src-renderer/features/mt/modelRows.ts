/** The model manager's rows: one per direction Redaksi translates, whatever main has installed. */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { MtModel } from '../../../src-preload/contract/mt.ts';

export type ModelState = 'installed' | 'damaged' | 'missing';

export interface ModelRow {
  from: Lang;
  to: Lang;
  state: ModelState;
  model: MtModel | null;
}

/** Indonesian → English first: the desk's most common direction. */
export const modelDirections: ReadonlyArray<{ from: Lang; to: Lang }> = [
  { from: 'id', to: 'en' },
  { from: 'en', to: 'id' },
];

export function modelRows(models: readonly MtModel[]): ModelRow[] {
  return modelDirections.map(({ from, to }) => {
    const model = models.find((m) => m.from === from && m.to === to) ?? null;
    return { from, to, model, state: model === null ? 'missing' : model.damaged ? 'damaged' : 'installed' };
  });
}

/**
 * Directions whose model an import installed or replaced: new in `after`, or installed at another
 * time than in `before`. Tells the user which direction the files they chose turned out to be.
 */
export function newlyInstalled(before: readonly MtModel[], after: readonly MtModel[]): Array<{ from: Lang; to: Lang }> {
  return after
    .filter((m) => !m.damaged)
    .filter((m) => {
      const old = before.find((b) => b.from === m.from && b.to === m.to);
      return !old || old.damaged || old.installedAt !== m.installedAt;
    })
    .map(({ from, to }) => ({ from, to }));
}

/** Megabytes (MiB, as file managers count them) with one decimal, for the size column. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** Key of a direction in maps and test ids: `id-en`. */
export function directionKey(direction: { from: Lang; to: Lang }): string {
  return `${direction.from}-${direction.to}`;
}
