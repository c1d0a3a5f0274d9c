/** Stores a picture the writer chose, pasted or dropped: main checks its bytes and keeps it in the database. */
import { maxImageBytes } from '../../../src-preload/contract/imageNode.ts';
import type { Output } from '../../../src-preload/contract/api.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { BridgeError, call } from '../../lib/api.ts';
import { readFileAsBase64 } from '../../lib/readFileAsBase64.ts';

/**
 * Sends `file` to `addMedia` and returns the image node's `src` and the picture's size. A file over
 * the limit is refused here (FILE_TOO_LARGE) before it is read; main refuses anything that is not
 * a PNG, JPEG, GIF or WebP by its bytes (UNSUPPORTED_FORMAT). Throws BridgeError.
 */
export async function uploadImage(file: File): Promise<Output<'addMedia'>> {
  if (file.size > maxImageBytes) throw new BridgeError('FILE_TOO_LARGE', `${file.size} bytes is over the image limit`);
  if (file.size === 0) throw new BridgeError('UNSUPPORTED_FORMAT', 'empty file');
  return call('addMedia', { dataBase64: await readFileAsBase64(file) });
}

/** The catalogue key that explains a refused picture: image-specific for size and type, the general one otherwise. */
export function imageErrorKey(code: ErrorCode): `image.errors.${'FILE_TOO_LARGE' | 'UNSUPPORTED_FORMAT'}` | `errors.${ErrorCode}` {
  return code === 'FILE_TOO_LARGE' || code === 'UNSUPPORTED_FORMAT' ? `image.errors.${code}` : `errors.${code}`;
}
