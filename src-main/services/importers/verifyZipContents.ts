import { crc32, inflateRawSync } from 'node:zlib';
import { ImportError } from './importError.ts';
import type { ZipDirectory } from './inspectZip.ts';

const localSignature = 0x04034b50;

/**
 * Inflates every entry of an already inspected zip (one at a time, each capped at its DECLARED
 * size) and refuses the archive when an entry's data overlaps another's (the overlapping-file zip
 * bomb), inflates beyond or short of its declared size (a lying header), fails its CRC, or is an
 * XML part with a DOCTYPE or entity declaration (no Word document has one; they are how XML bombs
 * and external entities start). Run it in the import worker: it costs one inflate of the archive.
 */
export function verifyZipContents(bytes: Uint8Array, directory: ZipDirectory): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ranges: [start: number, end: number, name: string][] = [];
  for (const entry of directory.entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > directory.centralDirectoryOffset || view.getUint32(at, true) !== localSignature) {
      throw new ImportError('corrupt', `the zip entry ${JSON.stringify(entry.name.slice(0, 100))} is damaged`);
    }
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > directory.centralDirectoryOffset) throw new ImportError('corrupt', `the zip entry ${JSON.stringify(entry.name.slice(0, 100))} is cut short`);
    ranges.push([at, dataEnd, entry.name]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]![0] < ranges[i - 1]![1]) throw new ImportError('unsafe-archive', `zip entries ${JSON.stringify(ranges[i - 1]![2])} and ${JSON.stringify(ranges[i]![2])} overlap (a zip bomb?)`);
  }

  for (const entry of directory.entries) {
    const at = entry.localHeaderOffset;
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const compressed = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    const label = JSON.stringify(entry.name.slice(0, 100));
    let data: Uint8Array;
    if (entry.method === 0) {
      data = compressed;
    } else {
      try {
        // maxOutputLength makes zlib stop at the declared size instead of filling memory.
        data = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ImportError('unsafe-archive', `the zip entry ${label} unpacks to more than it declares (a zip bomb?)`);
        }
        throw new ImportError('corrupt', `the zip entry ${label} cannot be unpacked: ${(error as Error).message}`);
      }
    }
    if (data.length !== entry.uncompressedSize) throw new ImportError('corrupt', `the zip entry ${label} does not have its declared size`);
    if (crc32(data) >>> 0 !== entry.crc32) throw new ImportError('corrupt', `the zip entry ${label} is damaged (checksum mismatch)`);
    if (/\.(xml|rels)$/i.test(entry.name) && hasDoctype(data)) {
      throw new ImportError('unsafe-archive', `the zip entry ${label} declares a DOCTYPE or entities, which Word documents never do`);
    }
  }
}

/** True when XML bytes contain `<!DOCTYPE` or `<!ENTITY` (ASCII in UTF-8; UTF-16 parts are checked too). */
function hasDoctype(data: Uint8Array): boolean {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (const marker of ['<!DOCTYPE', '<!ENTITY']) {
    if (buffer.includes(marker, 0, 'latin1') || buffer.includes(marker, 0, 'utf16le')) return true;
  }
  return false;
}
