/**
 * The check every importer fuzz test runs (RELIABILITY.md S6): each generated input is read or
 * refused with a typed AppError (a known code, never INTERNAL); any other exception is a crash
 * and fails the property, which fast-check then shrinks. Test harness code.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { errorCodes } from '../../../../src-preload/contract/errors.ts';
import { AppError } from '../../appError.ts';

/** Inputs per importer: 10,000 in `npm test`; `npm run test:soak` raises it through the variable. */
export const fuzzRuns = Number(process.env.REDAKSI_FUZZ_RUNS ?? 10_000);
/** Seeded so a failure in CI replays locally (fast-check also prints seed and path). */
export const fuzzSeed = Number(process.env.REDAKSI_FUZZ_SEED ?? 20261128);
/** Per-test timeout that grows with the count (about 5 ms an input for the slowest importers, doubled). */
export const fuzzTimeoutMs = Math.max(60_000, fuzzRuns * 10);

export interface FuzzTally {
  read: number;
  refused: number;
  codes: Set<string>;
  ms: number;
}

/** Outcomes per importer, printed by `printFuzzTally` for the report. */
export const fuzzTally = new Map<string, FuzzTally>();

/** Feeds `numRuns` inputs to `read`; fails on the first crash or untyped error. */
export async function fuzzImporter(importer: string, inputs: fc.Arbitrary<Uint8Array>, read: (bytes: Uint8Array) => unknown, numRuns = fuzzRuns): Promise<FuzzTally> {
  const tally: FuzzTally = { read: 0, refused: 0, codes: new Set(), ms: 0 };
  fuzzTally.set(importer, tally);
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(inputs, async (bytes) => {
      try {
        await read(bytes);
        tally.read++;
      } catch (error) {
        if (!(error instanceof AppError)) throw new Error(`${importer}: untyped ${(error as Error)?.name}: ${(error as Error)?.message}`, { cause: error });
        if (error.code === 'INTERNAL' || !errorCodes.includes(error.code)) throw new Error(`${importer}: code ${error.code}: ${error.message}`, { cause: error });
        tally.refused++;
        tally.codes.add(error.code);
      }
    }),
    { numRuns, seed: fuzzSeed, endOnFailure: true },
  );
  tally.ms = performance.now() - started;
  expect(tally.read + tally.refused).toBeGreaterThanOrEqual(numRuns);
  return tally;
}

/** One table of what each importer did with its inputs. */
export function printFuzzTally(title: string): void {
  console.log(`${title}: ${fuzzRuns} inputs per importer (seed ${fuzzSeed})`);
  console.table([...fuzzTally].map(([importer, t]) => ({ importer, inputs: t.read + t.refused, read: t.read, refused: t.refused, codes: [...t.codes].join(' '), seconds: Math.round(t.ms / 100) / 10 })));
}
