import { ImportError } from './importError.ts';
import type { ImportLimits } from './importLimits.ts';

/** One entry of a zip's central directory, as declared (not yet verified against its data). */
export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** A zip's directory and where it starts (entry data must end before it). */
export interface ZipDirectory {
  entries: ZipEntryInfo[];
  centralDirectoryOffset: number;
}

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;

type ZipLimits = Pick<ImportLimits, 'maxZipEntries' | 'maxZipUncompressedBytes' | 'maxZipEntryBytes' | 'maxZipCompressionRatio' | 'ratioCheckAboveBytes'>;

/**
 * Reads a zip's central directory WITHOUT inflating anything and refuses, before any parser sees
 * the file: too many entries, a declared total or entry size over the caps, a compression ratio
 * typical of zip bombs, ZIP64 and multi-disk archives, encrypted entries, duplicate names and
 * names that would escape a folder (`../`, absolute paths, drive letters, backslashes). Declared
 * sizes can lie; `verifyZipContents` checks them against the data. Cost: one pass over the
 * directory, a few microseconds per entry.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new ImportError('corrupt', 'not a valid zip file (no end of central directory)');

  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const entriesHere = view.getUint16(eocd + 8, true);
  const entryCount = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0 || cdDisk !== 0 || entriesHere !== entryCount) throw new ImportError('unsafe-archive', 'multi-part zip archives are not accepted');
  if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw new ImportError('unsafe-archive', 'ZIP64 archives are not accepted (a Word document is never that large)');
  }
  if (entryCount > limits.maxZipEntries) throw new ImportError('unsafe-archive', `the archive lists ${entryCount} files (at most ${limits.maxZipEntries} allowed)`);
  if (cdOffset + cdSize > eocd) throw new ImportError('corrupt', 'the zip directory points outside the file');

  const entries: ZipEntryInfo[] = [];
  const names = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < entryCount; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== centralSignature) throw new ImportError('corrupt', 'the zip directory is damaged');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc32 = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    const nameEnd = p + 46 + nameLength;
    if (nameEnd > eocd) throw new ImportError('corrupt', 'the zip directory is damaged');
    const rawName = bytes.subarray(p + 46, nameEnd);
    // Bit 11 marks UTF-8 names; older tools write CP437, for which Latin-1 is close enough to judge safety.
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(rawName);
    p = nameEnd + extraLength + commentLength;

    if (flags & 0x1) throw new ImportError('unsafe-archive', 'the archive is encrypted');
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new ImportError('unsafe-archive', 'ZIP64 entries are not accepted');
    }
    const problem = unsafeNameProblem(name);
    if (problem) throw new ImportError('unsafe-archive', `the archive holds a file named ${JSON.stringify(name.slice(0, 100))}: ${problem}`);
    if (names.has(name)) throw new ImportError('unsafe-archive', `the archive lists ${JSON.stringify(name.slice(0, 100))} twice`);
    names.add(name);
    if (method !== 0 && method !== 8) throw new ImportError('unsafe-archive', `unsupported zip compression method ${method}`);
    if (uncompressedSize > limits.maxZipEntryBytes) {
      throw new ImportError('unsafe-archive', `${JSON.stringify(name.slice(0, 100))} unpacks to ${uncompressedSize} bytes (at most ${limits.maxZipEntryBytes} allowed)`);
    }
    total += uncompressedSize;
    if (total > limits.maxZipUncompressedBytes) throw new ImportError('unsafe-archive', `the archive unpacks to more than ${limits.maxZipUncompressedBytes} bytes`);
    if (uncompressedSize > limits.ratioCheckAboveBytes && uncompressedSize / Math.max(compressedSize, 1) > limits.maxZipCompressionRatio) {
      throw new ImportError('unsafe-archive', `${JSON.stringify(name.slice(0, 100))} is compressed ${Math.round(uncompressedSize / Math.max(compressedSize, 1))} times (a zip bomb?)`);
    }
    if (localHeaderOffset + 30 + compressedSize > cdOffset) throw new ImportError('corrupt', `${JSON.stringify(name.slice(0, 100))} points outside the archive`);
    entries.push({ name, method, crc32, compressedSize, uncompressedSize, localHeaderOffset });
  }
  return { entries, centralDirectoryOffset: cdOffset };
}

/** Why an entry name is unsafe to have in an archive we open, if it is. */
function unsafeNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'empty name';
  // eslint-disable-next-line no-control-regex -- control characters in a file name are the thing to catch
  if (/[\u0000-\u001f]/.test(name)) return 'control characters in the name';
  if (name.includes('\\')) return 'backslashes in the name';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'absolute path';
  if (name.split('/').some((segment) => segment === '..')) return 'path traversal';
  return undefined;
}

/** Offset of the end-of-central-directory record: the last 22 bytes, or before a comment of up to 64 KB. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === eocdSignature && i + 22 + view.getUint16(i + 20, true) === view.byteLength) return i;
  }
  // Some writers pad after the comment; accept the last signature even if lengths disagree.
  for (let i = last; i >= first; i--) if (view.getUint32(i, true) === eocdSignature) return i;
  return -1;
}
