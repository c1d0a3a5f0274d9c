import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.ts';
import { MediaRepo } from '../db/repos/mediaRepo.ts';
import { AppError } from './appError.ts';
import { buildTestPng } from './buildTestPng.ts';
import { inspectImage } from './inspectImage.ts';
import { MediaService, prepareMedia } from './mediaService.ts';

/** A baseline JPEG header: SOI, an APP0 segment, then a SOF0 frame of 640x480. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

function gif(width: number, height: number): Buffer {
  const b = Buffer.from('GIF89a\0\0\0\0\0\0\0;', 'latin1');
  b.writeUInt16LE(width, 6);
  b.writeUInt16LE(height, 8);
  return b;
}

/** A lossless WebP header (RIFF/WEBP/VP8L) of the given size. */
function webpLossless(width: number, height: number): Buffer {
  const b = Buffer.alloc(30);
  b.write('RIFF', 0, 'latin1');
  b.writeUInt32LE(22, 4);
  b.write('WEBPVP8L', 8, 'latin1');
  b.writeUInt32LE(10, 16);
  b[20] = 0x2f;
  b.writeUInt32LE(((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), 21);
  return b;
}

describe('inspectImage (magic bytes only)', () => {
  it.each([
    ['PNG', buildTestPng(3, 2), { mime: 'image/png', width: 3, height: 2 }],
    ['JPEG', jpegHeader(640, 480), { mime: 'image/jpeg', width: 640, height: 480 }],
    ['GIF', gif(12, 7), { mime: 'image/gif', width: 12, height: 7 }],
    ['WebP (lossless)', webpLossless(300, 200), { mime: 'image/webp', width: 300, height: 200 }],
  ])('recognises %s and reads its size', (_name, bytes, expected) => {
    expect(inspectImage(bytes)).toEqual(expected);
  });

  it.each([
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')],
    ['SVG with an XML declaration', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['HTML (whatever it was named)', Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
    ['a PDF', Buffer.from('%PDF-1.7\n')],
    ['a truncated PNG signature', buildTestPng(2, 2).subarray(0, 6)],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, bytes) => {
    expect(inspectImage(bytes)).toBeUndefined();
  });
});

describe('MediaService', () => {
  let db: Db;
  let media: MediaService;
  const rows = () => db.prepare('SELECT id, mime, byte_size, width, height FROM media ORDER BY id').all();

  beforeEach(() => {
    db = openDatabase(':memory:');
    media = new MediaService(new MediaRepo(db), { now: () => new Date('2026-11-27T10:00:00Z'), maxBytes: 4096 });
  });
  afterEach(() => db.close());

  it('stores a PNG under the sha256 of its bytes and gives the editor its src and size', () => {
    const png = buildTestPng(4, 3);
    const id = createHash('sha256').update(png).digest('hex');
    expect(media.add(png)).toEqual({ src: `media/${id}`, mime: 'image/png', width: 4, height: 3 });
    expect(rows()).toEqual([{ id, mime: 'image/png', byte_size: png.length, width: 4, height: 3 }]);
    expect(Buffer.from(media.get(id)!.bytes).equals(png)).toBe(true);
  });

  it('stores the same picture once, however often it is added', () => {
    const png = buildTestPng(2, 2, [10, 20, 30]);
    const first = media.add(png);
    const second = media.add(Buffer.from(png));
    expect(second).toEqual(first);
    expect(rows()).toHaveLength(1);
    media.add(buildTestPng(2, 2, [30, 20, 10]));
    expect(rows()).toHaveLength(2);
  });

  it('refuses a picture over the size limit with FILE_TOO_LARGE and stores nothing', () => {
    const big = Buffer.concat([buildTestPng(1, 1), Buffer.alloc(5000)]);
    expect(() => media.add(big)).toThrow(expect.objectContaining({ code: 'FILE_TOO_LARGE' }));
    expect(rows()).toEqual([]);
  });

  it.each([
    ['an SVG', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['an HTML page named foto.png', '<html><body onload="alert(1)">foto</body></html>'],
    ['plain text', 'bukan gambar'],
    ['nothing', ''],
  ])('refuses %s with UNSUPPORTED_FORMAT', (_name, text) => {
    expect(() => media.add(Buffer.from(text))).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
    expect(rows()).toEqual([]);
  });

  it('answers only lowercase sha256 ids', () => {
    const { src } = media.add(buildTestPng(1, 1));
    const id = src.slice('media/'.length);
    expect(media.get(id)).toBeDefined();
    expect(media.get(id.toUpperCase())).toBeUndefined();
    expect(media.get(`${id}0`)).toBeUndefined();
    expect(media.get('0'.repeat(64))).toBeUndefined();
  });

  it('prepareMedia uses the 20 MB default cap', () => {
    const bytes = Buffer.alloc(20 * 1024 * 1024 + 1);
    bytes.set(buildTestPng(1, 1));
    expect(() => prepareMedia(bytes)).toThrow(AppError);
    expect(() => prepareMedia(bytes)).toThrow(expect.objectContaining({ code: 'FILE_TOO_LARGE' }));
  });
});
