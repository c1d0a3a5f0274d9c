/**
 * RELIABILITY.md S6, generated inputs, part 2: DOCX (mammoth behind the zip checks) and PDF (the
 * source library's unpdf reader), REDAKSI_FUZZ_RUNS (default 10,000) each, in-process — the same
 * functions importWorker.ts runs — with 0 crashes and every refusal typed. A file of its own so
 * the slowest importers run beside importFuzz.test.ts instead of after it.
 */
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { docxParts, docxWithDocument } from './attacks/archiveAttacks.ts';
import { fuzzImporter, fuzzTimeoutMs, printFuzzTally } from './attacks/fuzzImporter.ts';
import { mutatedBytes, mutatedText } from './attacks/mutateBytes.ts';
import { docxSeed, handMadePdf } from './attacks/seedFiles.ts';
import { importDocx } from './importDocx.ts';
import { importPdf } from './importPdf.ts';

/** Inputs per importer; scripts/soak.ts finds the files to scale by this text (fuzzImporter.ts reads the same variable). */
const fuzzRuns = Number(process.env.REDAKSI_FUZZ_RUNS ?? 10_000);

afterAll(() => printFuzzTally('importer fuzzing (DOCX, PDF)'));

describe(`document importers in-process: ${fuzzRuns} generated inputs each, 0 crashes, every refusal typed`, () => {
  it('DOCX: mutated zip bytes, and mutated document XML in a valid package', { timeout: fuzzTimeoutMs }, () =>
    fuzzImporter('DOCX', fc.oneof(mutatedBytes([docxSeed]), mutatedText([docxParts.document]).map((xml) => docxWithDocument(xml))), (bytes) => importDocx(bytes)));
  it('PDF (source library)', { timeout: fuzzTimeoutMs }, () => fuzzImporter('PDF', mutatedBytes([handMadePdf()]), importPdf));
});
