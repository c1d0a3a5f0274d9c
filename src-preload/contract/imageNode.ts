/**
 * The `image` node of the stored document format: a block picture the app stores itself.
 * Its `src` is always `media/<sha256 of the bytes>`, a relative URL that the page's own origin
 * serves from the database (the Electron `app://` handler and the web host both answer it), so
 * an article can never point at a remote, `data:` or `file:` address and nothing is hot-linked.
 * Pasted `<img>` elements with any other `src` are dropped by the parse rule below.
 */
import { Node } from '@tiptap/core';

/** Name of the node in stored documents. */
export const imageNodeName = 'image';

/** The only `src` an image may have: the app's media route and a lowercase sha256. */
export const mediaSrcPattern = /^media\/[0-9a-f]{64}$/;

/** Largest picture the app stores (bytes); main enforces it, the renderer checks before reading a file. */
export const maxImageBytes = 20 * 1024 * 1024;

/** Longest alt text or title kept. */
export const maxImageTextLength = 1000;

/** True when `src` names an image the app stores (never a remote, data: or file: URL). */
export function isMediaSrc(src: unknown): src is string {
  return typeof src === 'string' && mediaSrcPattern.test(src);
}

/**
 * The picture id a URL path asks for (`/media/<lowercase sha256>`, exactly), or undefined: how the
 * Electron `app://` handler and the web host recognise the media route.
 */
export function mediaIdFromPath(pathname: string): string | undefined {
  return /^\/media\/([0-9a-f]{64})$/.exec(pathname)?.[1];
}

/** The `src` of the stored image with this sha256 id. */
export function mediaSrc(id: string): string {
  return `media/${id}`;
}

function text(element: { getAttribute(name: string): string | null }, name: string): string | null {
  const value = element.getAttribute(name);
  return value ? value.slice(0, maxImageTextLength) : null;
}

export const ImageNode = Node.create({
  name: imageNodeName,
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      src: { default: null, parseHTML: (element) => element.getAttribute('src') },
      alt: { default: null, parseHTML: (element) => text(element, 'alt') },
      title: { default: null, parseHTML: (element) => text(element, 'title') },
    };
  },
  parseHTML() {
    // Anything but our own media route is not an image of the article (hot-linking is refused).
    return [{ tag: 'img[src]', getAttrs: (element) => (isMediaSrc(element.getAttribute('src')) ? null : false) }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['img', HTMLAttributes];
  },
});
