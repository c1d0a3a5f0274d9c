import type { DocumentJson } from '../../../src-preload/contract/domain.ts';
import { imageNodeName, mediaSrc } from '../../../src-preload/contract/imageNode.ts';
import { prepareMedia, type PreparedMedia } from '../mediaService.ts';

/** An imported body whose pictures became stored-media references, and the pictures to store. */
export interface ExtractedImages {
  doc: DocumentJson;
  /** Each distinct picture once, checked by its bytes (`prepareMedia`); store them with the article. */
  media: PreparedMedia[];
  /** How many image nodes were left out (not embedded, not a picture we store, too large). */
  dropped: number;
}

interface JsonNode {
  type?: unknown;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
}

const dataUri = /^data:image\/(?:png|jpeg|gif|webp);base64,([a-z0-9+/]+=*)$/i;

/**
 * Turns the `data:` pictures an importer embedded (the import worker only converts; main stores)
 * into `media/<sha256>` references. Each picture is checked by its own bytes, whatever its data
 * URI claimed: an image whose bytes are not PNG, JPEG, GIF or WebP, that is over the size limit,
 * or that has any other `src` (a remote or file address: never fetched) is left out; a container
 * left empty gets an empty paragraph so the body stays valid. Iterative, so nesting depth does not matter.
 */
export function extractEmbeddedImages(doc: DocumentJson, maxBytes?: number): ExtractedImages {
  const copy = structuredClone(doc) as JsonNode;
  const media = new Map<string, PreparedMedia>();
  let dropped = 0;
  const stack: JsonNode[] = [copy];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!Array.isArray(node.content)) continue;
    const kept: JsonNode[] = [];
    for (const child of node.content) {
      if (child.type !== imageNodeName) {
        kept.push(child);
        stack.push(child);
        continue;
      }
      const prepared = prepare(child.attrs?.src, maxBytes);
      if (!prepared) {
        dropped++;
        continue;
      }
      media.set(prepared.id, prepared);
      kept.push({ ...child, attrs: { ...child.attrs, src: mediaSrc(prepared.id) } });
    }
    if (kept.length === 0 && node.content.length > 0) kept.push({ type: 'paragraph' });
    node.content = kept;
  }
  return { doc: copy as DocumentJson, media: [...media.values()], dropped };
}

function prepare(src: unknown, maxBytes: number | undefined): PreparedMedia | undefined {
  const match = typeof src === 'string' ? dataUri.exec(src) : null;
  if (!match) return undefined;
  try {
    return prepareMedia(Buffer.from(match[1]!, 'base64'), maxBytes);
  } catch {
    return undefined;
  }
}
