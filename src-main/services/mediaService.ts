import { createHash } from 'node:crypto';
import type { MediaRepo } from '../db/repos/mediaRepo.ts';
import { maxImageBytes, mediaSrc } from '../../src-preload/contract/imageNode.ts';
import { AppError } from './appError.ts';
import { inspectImage, type StorableImageType } from './inspectImage.ts';

/** Largest picture stored (bytes). A newsroom photo is a few MB; 20 MB leaves room for print-size ones. */
export const maxMediaBytes = maxImageBytes;

/** A picture checked and hashed, ready to store. */
export interface PreparedMedia {
  /** sha256 of `bytes`, lowercase hex: the same picture always gets the same id. */
  id: string;
  mime: StorableImageType;
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
}

/** What the editor needs to insert a stored picture. */
export interface AddedMedia {
  /** `media/<id>`, the image node's `src`. */
  src: string;
  mime: StorableImageType;
  width?: number;
  height?: number;
}

/**
 * Checks a picture by its bytes alone (PNG, JPEG, GIF or WebP magic numbers; never the file name
 * or a claimed type, so an SVG or an HTML page named .png is refused) and hashes it. Empty input
 * or anything else is `UNSUPPORTED_FORMAT`; more than `maxBytes` is `FILE_TOO_LARGE`.
 */
export function prepareMedia(bytes: Uint8Array, maxBytes: number = maxMediaBytes): PreparedMedia {
  if (bytes.byteLength > maxBytes) {
    throw new AppError('FILE_TOO_LARGE', `the image is ${bytes.byteLength} bytes; images over ${maxBytes} bytes are not stored`);
  }
  const info = inspectImage(bytes);
  if (!info) throw new AppError('UNSUPPORTED_FORMAT', 'not a PNG, JPEG, GIF or WebP image');
  const id = createHash('sha256').update(bytes).digest('hex');
  return { id, mime: info.mime, bytes, width: info.width, height: info.height };
}

/** Pictures stored by the app, served as `media/<sha256>` and embedded by the exporters. */
export class MediaService {
  private readonly repo: MediaRepo;
  private readonly now: () => Date;
  private readonly maxBytes: number;

  constructor(repo: MediaRepo, options: { now?: (() => Date) | undefined; maxBytes?: number | undefined } = {}) {
    this.repo = repo;
    this.now = options.now ?? (() => new Date());
    this.maxBytes = options.maxBytes ?? maxMediaBytes;
  }

  /** Checks (`prepareMedia`) and stores a picture; adding the same bytes again stores nothing new. */
  add(bytes: Uint8Array): AddedMedia {
    const media = prepareMedia(bytes, this.maxBytes);
    this.repo.transaction(() => this.store(media));
    return { src: mediaSrc(media.id), mime: media.mime, ...(media.width !== null && media.height !== null ? { width: media.width, height: media.height } : {}) };
  }

  /** Stores an already prepared picture; call inside `transaction` to commit it with other writes. */
  store(media: PreparedMedia): void {
    this.repo.insert({ ...media, byteSize: media.bytes.byteLength, createdAt: this.now().toISOString() });
  }

  /** Type and bytes of a stored picture (for the media route and the exporters); undefined when unknown. */
  get(id: string): { mime: string; bytes: Uint8Array } | undefined {
    return /^[0-9a-f]{64}$/.test(id) ? this.repo.get(id) : undefined;
  }

  /** Runs `fn` in one transaction (the import stores an article's pictures with the article). */
  transaction<T>(fn: () => T): T {
    return this.repo.transaction(fn);
  }
}
