import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One entry of a test archive. */
export interface TestZipEntry {
  name: string;
  /** Stored compressed (deflate) unless `store` is set. */
  data?: Uint8Array | string;
  store?: boolean;
  /** Pre-compressed deflate data with its real size and CRC (for bombs built without inflating them). */
  deflated?: { bytes: Uint8Array; size: number; crc32: number };
  /** Overrides the uncompressed size written in both headers (a lying header). */
  declaredSize?: number;
}

/**
 * Builds a zip archive byte by byte, including ones no honest tool writes (lying sizes,
 * traversal names), for importer tests. Test fixture code: never used on user files.
 */
export function buildTestZip(entries: readonly TestZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    let compressed: Uint8Array;
    let size: number;
    let crc: number;
    let method: number;
    if (entry.deflated) {
      ({ bytes: compressed, size, crc32: crc } = entry.deflated);
      method = 8;
    } else {
      const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : (entry.data ?? new Uint8Array());
      size = data.length;
      crc = crc32(data);
      method = entry.store ? 0 : 8;
      compressed = entry.store ? data : deflateRawSync(data);
    }
    const declared = entry.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(compressed));
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * Deflate data for `megabytes` MB of zeros, built in milliseconds: one flushed 1 MB block repeated
 * (a full flush makes blocks independent and byte-aligned) and a final empty block.
 */
export function deflatedZeros(megabytes: number): { bytes: Uint8Array; size: number; crc32: number } {
  const mb = Buffer.alloc(1024 * 1024);
  const block = deflateRawSync(mb, { finishFlush: constants.Z_FULL_FLUSH });
  const parts = Array<Buffer>(megabytes).fill(block);
  parts.push(deflateRawSync(Buffer.alloc(0)));
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(mb, crc);
  return { bytes: new Uint8Array(Buffer.concat(parts)), size: megabytes * 1024 * 1024, crc32: crc };
}
