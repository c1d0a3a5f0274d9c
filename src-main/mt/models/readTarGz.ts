/**
 * Streams the members of a .tar.gz archive without unpacking it to disk or memory first, with the
 * caps an untrusted archive needs: how many members, how many bytes the whole archive unpacks to,
 * and how much larger than its compressed size it may grow (a gzip bomb of zeros grows ~1000x;
 * model files barely compress). Names that would escape a folder (`../`, absolute, drive letters,
 * backslashes, control characters) are refused outright, as the zip reader does. Only regular
 * files are handed out; links, folders and devices are skipped (the caller never follows them).
 * Reads POSIX ustar plus the pax (`x`) and GNU long-name (`L`) extensions real tar tools write.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../services/appError.ts';
import { invalidModelFile } from './modelFiles.ts';

export interface TarLimits {
  maxEntries: number;
  maxUnpackedBytes: number;
  maxCompressionRatio: number;
  ratioCheckAboveBytes: number;
}

/** One regular file of the archive; `read()` streams its data (read it or leave it: the reader skips what is left). */
export interface TarMember {
  name: string;
  size: number;
  read(): AsyncGenerator<Buffer>;
}

/** Why an entry name is unsafe to unpack, if it is. */
export function unsafeArchiveName(name: string): string | undefined {
  if (name.length === 0) return 'empty name';
  // eslint-disable-next-line no-control-regex -- control characters in a file name are the thing to catch
  if (/[\u0000-\u001f]/.test(name)) return 'control characters in the name';
  if (name.includes('\\')) return 'backslashes in the name';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'absolute path';
  if (name.split('/').some((segment) => segment === '..')) return 'path traversal';
  return undefined;
}

/** Iterates the regular files of `file` (a gzip-compressed tar). `label` names the archive in errors. */
export async function* readTarGz(file: string, limits: TarLimits, label: string): AsyncGenerator<TarMember> {
  const compressed = createReadStream(file);
  const gunzip = createGunzip();
  compressed.pipe(gunzip);
  compressed.on('error', (error) => gunzip.destroy(error));
  const reader = new ChunkReader(gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>, (unpacked) => {
    if (unpacked > limits.maxUnpackedBytes) throw invalidModelFile(label, `the archive unpacks to more than ${limits.maxUnpackedBytes} bytes`);
    const ratio = unpacked / Math.max(compressed.bytesRead, 1);
    if (unpacked > limits.ratioCheckAboveBytes && ratio > limits.maxCompressionRatio) {
      throw invalidModelFile(label, `the archive is compressed ${Math.round(ratio)} times (a gzip bomb?)`);
    }
  });
  let entries = 0;
  let longName: string | undefined;
  let paxPath: string | undefined;
  try {
    for (;;) {
      const header = await readBlock(reader, label);
      if (!header) return;
      if (header.every((byte) => byte === 0)) return; // the end-of-archive marker
      if (!checksumMatches(header)) throw invalidModelFile(label, 'damaged tar header (checksum mismatch); not a .tar.gz archive?');
      if (++entries > limits.maxEntries) throw invalidModelFile(label, `the archive holds more than ${limits.maxEntries} entries`);
      const size = parseSize(header, label);
      const type = String.fromCharCode(header[156] ?? 0);
      const padded = Math.ceil(size / 512) * 512;
      if (type === 'L' || type === 'x') {
        if (size > 64 * 1024) throw invalidModelFile(label, 'an oversized tar extension header');
        const data = (await reader.readExact(padded)) ?? truncated(label);
        const text = data.subarray(0, size).toString('utf8');
        if (type === 'L') longName = text.replace(/\0+$/, '');
        else paxPath = parsePaxPath(text) ?? paxPath;
        continue;
      }
      const name = paxPath ?? longName ?? headerName(header);
      paxPath = undefined;
      longName = undefined;
      const problem = unsafeArchiveName(name);
      if (problem) throw invalidModelFile(label, `the archive holds a file named ${JSON.stringify(name.slice(0, 100))}: ${problem}`);
      if (type === '0' || type === '\0' || type === '7') {
        const state = { remaining: size };
        const member: TarMember = {
          name,
          size,
          read: async function* () {
            try {
              for await (const chunk of reader.stream(state.remaining)) {
                state.remaining -= chunk.length;
                yield chunk;
              }
            } catch (error) {
              throw archiveError(error, label);
            }
            if (state.remaining > 0) truncated(label);
          },
        };
        yield member;
        if ((await reader.skip(state.remaining)) < state.remaining) truncated(label);
        await reader.skip(padded - size);
      } else {
        await reader.skip(padded);
      }
    }
  } catch (error) {
    throw archiveError(error, label);
  } finally {
    compressed.destroy();
    gunzip.destroy();
  }
}

/** Errors from gunzip or the file become MT_MODEL_INVALID naming the archive; ours pass through. */
function archiveError(error: unknown, label: string): unknown {
  if (error instanceof AppError) return error;
  return invalidModelFile(label, `not a readable .tar.gz archive (${(error as Error).message})`);
}

function truncated(label: string): never {
  throw invalidModelFile(label, 'the archive is cut short');
}

async function readBlock(reader: ChunkReader, label: string): Promise<Buffer | null> {
  if (!(await reader.has(1))) return null;
  return (await reader.readExact(512)) ?? truncated(label);
}

/** A header's checksum: the sum of its bytes with the checksum field counted as spaces. */
function checksumMatches(header: Buffer): boolean {
  const stored = parseOctal(header.subarray(148, 156));
  if (stored === null) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
  return sum === stored;
}

function parseSize(header: Buffer, label: string): number {
  // Sizes over 8 GB use a base-256 form (high bit set); no model member is that large.
  if (((header[124] ?? 0) & 0x80) !== 0) throw invalidModelFile(label, 'a member larger than any model file');
  const size = parseOctal(header.subarray(124, 136));
  if (size === null) throw invalidModelFile(label, 'damaged tar header (size)');
  return size;
}

function parseOctal(field: Buffer): number | null {
  const text = field.toString('latin1').replace(/[\0 ]+$/, '').replace(/^[\0 ]+/, '');
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) return null;
  return parseInt(text, 8);
}

function headerName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  const isUstar = header.subarray(257, 262).toString('latin1') === 'ustar';
  const prefix = isUstar ? cString(header.subarray(345, 500)) : '';
  return prefix ? `${prefix}/${name}` : name;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
}

/** The `path` record of a pax header ("<length> path=<value>\n" records). */
function parsePaxPath(text: string): string | undefined {
  for (const record of text.split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(record);
    if (match) return match[1];
  }
  return undefined;
}

/** Exact-length reads over a stream of chunks, reporting the running total to `onProgress`. */
class ChunkReader {
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private total = 0;
  private ended = false;
  private readonly iterator: AsyncIterator<Buffer>;
  private readonly onProgress: (unpacked: number) => void;

  constructor(iterator: AsyncIterator<Buffer>, onProgress: (unpacked: number) => void) {
    this.iterator = iterator;
    this.onProgress = onProgress;
  }

  /** True when at least `n` more bytes can be read. */
  async has(n: number): Promise<boolean> {
    await this.fill(n);
    return this.buffered >= n;
  }

  async readExact(n: number): Promise<Buffer | null> {
    await this.fill(n);
    if (this.buffered < n) return null;
    return this.take(n);
  }

  async *stream(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.buffered === 0) await this.fill(1);
      if (this.buffered === 0) return;
      const chunk = this.take(Math.min(left, this.buffered));
      left -= chunk.length;
      yield chunk;
    }
  }

  /** Skips up to `n` bytes and returns how many there were. */
  async skip(n: number): Promise<number> {
    // Draining through stream() keeps the caps counting for skipped data too.
    let skipped = 0;
    for await (const chunk of this.stream(n)) skipped += chunk.length;
    return skipped;
  }

  private async fill(n: number): Promise<void> {
    while (this.buffered < n && !this.ended) {
      const next = await this.iterator.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      this.chunks.push(next.value);
      this.buffered += next.value.length;
      this.total += next.value.length;
      this.onProgress(this.total);
    }
  }

  private take(n: number): Buffer {
    const parts: Buffer[] = [];
    let needed = n;
    while (needed > 0) {
      const head = this.chunks[0];
      if (!head) break;
      if (head.length <= needed) {
        parts.push(head);
        this.chunks.shift();
        needed -= head.length;
      } else {
        parts.push(head.subarray(0, needed));
        this.chunks[0] = head.subarray(needed);
        needed = 0;
      }
    }
    this.buffered -= n - needed;
    return parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts);
  }
}
