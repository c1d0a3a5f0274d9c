/**
 * RELIABILITY.md S6, generated inputs, part 3: MT model .tar.gz archives through the streaming
 * reader the model store uses (readTarGz: names, counts, sizes, ratios), REDAKSI_FUZZ_RUNS
 * (default 10,000) inputs, 0 crashes, every refusal typed. The reader takes a file, so each input
 * is written to one temporary file first. The .zip side is in importFuzz.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { defaultModelImportLimits } from '../../mt/models/modelStore.ts';
import { readTarGz } from '../../mt/models/readTarGz.ts';
import { fuzzImporter, fuzzTimeoutMs, printFuzzTally } from './attacks/fuzzImporter.ts';
import { mutatedBytes } from './attacks/mutateBytes.ts';
import { modelTarSeed } from './attacks/seedFiles.ts';

/** Inputs per importer; scripts/soak.ts finds the files to scale by this text (fuzzImporter.ts reads the same variable). */
const fuzzRuns = Number(process.env.REDAKSI_FUZZ_RUNS ?? 10_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-fuzz-tar-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  printFuzzTally('importer fuzzing (MT model tar.gz)');
});

describe(`MT model archives: ${fuzzRuns} generated .tar.gz inputs, 0 crashes, every refusal typed`, () => {
  it('MT model .tar.gz', { timeout: fuzzTimeoutMs }, () => {
    const file = join(dir, 'model.tar.gz');
    return fuzzImporter('MT model tar.gz', mutatedBytes([modelTarSeed]), async (bytes) => {
      writeFileSync(file, bytes);
      for await (const member of readTarGz(file, defaultModelImportLimits, 'model.tar.gz')) for await (const chunk of member.read()) void chunk;
    });
  });
});
