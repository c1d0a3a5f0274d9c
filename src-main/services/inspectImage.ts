/** Image formats the app stores: what every browser, Word and our exporters can show. SVG never (it can carry script). */
export const storableImageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type StorableImageType = (typeof storableImageTypes)[number];

/** What the first bytes of a picture say about it. */
export interface ImageInfo {
  mime: StorableImageType;
  /** Pixel size when the header states it plainly (null when it does not, or is damaged). */
  width: number | null;
  height: number | null;
}

/** Largest width or height believed from a header; anything bigger is a damaged or hostile header. */
const maxDimension = 100_000;

/**
 * The format of `bytes` from their magic numbers alone (PNG, JPEG, GIF, WebP), with the pixel size
 * read from the header where that is cheap; undefined for anything else (SVG, HTML, text, other
 * formats), whatever the file was called or claimed to be. Reads only the header, never decodes.
 */
export function inspectImage(bytes: Uint8Array): ImageInfo | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 24 && b.subarray(0, 8).equals(pngSignature)) {
    const ihdr = b.toString('latin1', 12, 16) === 'IHDR';
    return sized('image/png', ihdr ? b.readUInt32BE(16) : 0, ihdr ? b.readUInt32BE(20) : 0);
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b);
  if (b.length >= 10 && /^GIF8[79]a$/.test(b.toString('latin1', 0, 6))) return sized('image/gif', b.readUInt16LE(6), b.readUInt16LE(8));
  if (b.length >= 16 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return webp(b);
  return undefined;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function sized(mime: StorableImageType, width: number, height: number): ImageInfo {
  const ok = width > 0 && height > 0 && width <= maxDimension && height <= maxDimension;
  return { mime, width: ok ? width : null, height: ok ? height : null };
}

/** Walks the JPEG segments up to the first start-of-frame marker, which holds the size. */
function jpeg(b: Buffer): ImageInfo {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) break;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    // Markers without a length: TEM and the restart markers.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, start of scan: no frame header before it
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame && at + 9 <= b.length) return sized('image/jpeg', b.readUInt16BE(at + 7), b.readUInt16BE(at + 5));
    at += 2 + b.readUInt16BE(at + 2);
  }
  return { mime: 'image/jpeg', width: null, height: null };
}

/** WebP's first chunk: lossy (VP8), lossless (VP8L) or extended (VP8X). */
function webp(b: Buffer): ImageInfo {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return sized('image/webp', b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff);
  }
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = b.readUInt32LE(21);
    return sized('image/webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X' && b.length >= 30) return sized('image/webp', b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1);
  return { mime: 'image/webp', width: null, height: null };
}
