/**
 * Interop: our readers against third-party test suites in ../shared/testdata.
 * - OASIS XLIFF 2.1 core and modules test suite: every valid file reads; every invalid file is
 *   rejected with a clear message (validateXliff2.ts checks the schemas and processing rules of
 *   the core and the modules), except the one the suite contradicts: see `suiteContradictions`.
 * - LISA TMX compliance kit and the Okapi/OmegaT TMX samples: every file that is valid TMX
 *   parses (UTF-8, UTF-16 LE/BE, inline codes, a DOCTYPE to an external DTD), counting `<tu>`s.
 * Skips with a one-line reason where ../shared/testdata is absent (a user's fresh clone).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXliff } from '../src-main/interchange/xliff.ts';
import { parseXml } from '../src-main/interchange/parseXml.ts';
import { TmxReader } from '../src-main/interchange/tmxReader.ts';

const testdata = resolve(import.meta.dirname, '../../shared/testdata');
const suite = join(testdata, 'oasis-xliff-tc/xliff-21/test-suite');
const lisa = join(testdata, 'lisa-tmx-compliance-kit');
const hasSuite = existsSync(suite);
const hasLisa = existsSync(lisa);

const xlf = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.xlf')).sort();

/** The error `readXliff` throws for a file, or null when it reads it. */
function rejection(file: string): { code: string; message: string } | null {
  try {
    readXliff(readFileSync(file));
    return null;
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
}

describe('OASIS XLIFF 2.1 test suite', () => {
  if (!hasSuite) console.log(`interop: ${suite} is absent; the XLIFF suite check is skipped`);

  it.skipIf(!hasSuite).each(['core/valid', 'modules/valid'])('reads every file in %s', (folder) => {
    const files = xlf(join(suite, folder));
    expect(files.length).toBeGreaterThan(20);
    const failed = files.map((f) => [f, rejection(join(suite, folder, f))] as const).filter(([, e]) => e !== null);
    expect(failed).toEqual([]);
  });

  /**
   * Invalid files we read anyway because a valid file of the same suite does what they do:
   * Bad-slr_sizeInfo-not-integer.xlf has slr:sizeInfo="25.5" with no size profile declared, while
   * core/valid/withModulesAttributesInEc.xlf has slr:sizeInfo="some info", also without a profile.
   */
  const suiteContradictions: Record<string, string[]> = { 'core/invalid': [], 'modules/invalid': ['Bad-slr_sizeInfo-not-integer.xlf'] };

  it.skipIf(!hasSuite).each(['core/invalid', 'modules/invalid'])('rejects every file in %s with a clear message', (name) => {
    const folder = join(suite, name);
    const results = xlf(folder).map((f) => [f, rejection(join(folder, f))] as const);
    const rejected = results.filter(([, e]) => e !== null);
    const accepted = results.filter(([, e]) => e === null).map(([f]) => f);
    console.log(`interop: OASIS XLIFF 2.1 ${name}: ${rejected.length} of ${results.length} rejected; accepted: ${accepted.join(' ') || 'none'}`);
    expect(results.length).toBeGreaterThan(40);
    for (const [file, error] of rejected) {
      expect(error!.code, file).toMatch(/^(IMPORT_FAILED|UNSUPPORTED_FORMAT)$/);
      expect(error!.message, file).toMatch(/^the (XLIFF file is not valid|file is not well-formed XML): .{8,}/);
      // "the XLIFF file is not valid: " and at most ~200 characters of what and where.
      expect(error!.message.length, file).toBeLessThanOrEqual(230);
    }
    expect(accepted).toEqual(suiteContradictions[name]);
  });
});

describe('TMX test files (LISA compliance kit, Okapi and OmegaT samples)', () => {
  if (!hasLisa) console.log(`interop: ${lisa} is absent; the TMX compliance check is skipped`);

  it.skipIf(!hasLisa)('parses every import test of the LISA kit, in every encoding, with the expected unit counts', () => {
    const counts: Record<string, number> = {};
    for (const f of readdirSync(lisa).filter((f) => /^ImportTest.*\.tmx$/.test(f))) {
      // en-US -> en-GB/fr/ja: the kit has no Indonesian; reading English on both sides proves the parse.
      const reader = new TmxReader({ sourceLang: 'en', targetLang: 'en', onUnit: () => {} });
      parseXml(readFileSync(join(lisa, f)), reader);
      counts[f] = reader.counts.units;
    }
    expect(Object.keys(counts).length).toBe(17);
    // UTF-16 LE (1A, 1F, 2A, 2B), UTF-16 BE (1G), UTF-8 with BOM (1D, 1L, 2C), ASCII, inline codes (2*).
    expect(counts).toMatchObject({ 'ImportTest1A.tmx': 2, 'ImportTest1C.tmx': 3, 'ImportTest1F.tmx': 3, 'ImportTest1G.tmx': 3, 'ImportTest2A.tmx': 7, 'ImportTest2B.tmx': 7 });
  });

  it.skipIf(!hasLisa)('reads text without inline codes and with references decoded', () => {
    const read = (file: string) => {
      const units: { source: string; target: string }[] = [];
      parseXml(readFileSync(join(lisa, file)), new TmxReader({ sourceLang: 'en', targetLang: 'en', onUnit: (u) => units.push(u) }));
      return units;
    };
    // en-US and en-GB are both English: the first English variant is the source, the second the target.
    expect(read('ImportTest2C.tmx')[0]).toMatchObject({ source: 'Click  to start.', target: 'Click  to start.' });
    expect(read('ImportTest1D.tmx')[0]).toMatchObject({ source: 'à=agrave, é=eacute, æ=aelig' });
  });

  it.skipIf(!hasLisa)('parses the Okapi and OmegaT TMX samples', () => {
    const failures: string[] = [];
    let files = 0;
    for (const folder of ['okapi-samples/tmx', 'omegat-samples/tmx']) {
      for (const f of readdirSync(join(testdata, folder)).filter((f) => f.endsWith('.tmx'))) {
        files++;
        try {
          parseXml(readFileSync(join(testdata, folder, f)), new TmxReader({ sourceLang: 'en', targetLang: 'en', onUnit: () => {} }));
        } catch (error) {
          failures.push(`${folder}/${f}: ${(error as Error).message}`);
        }
      }
    }
    expect(files).toBeGreaterThan(40);
    expect(failures).toEqual([]);
  });
});
