import mammoth from 'mammoth';
import { getDocumentSchema } from '../../../src-preload/contract/documentSchema.ts';
import { htmlToDocument } from './htmlToDocument.ts';
import type { ImporterResult } from './importedArticle.ts';
import { ImportError } from './importError.ts';
import { defaultImportLimits, type ImportLimits } from './importLimits.ts';
import { inspectZip } from './inspectZip.ts';
import { verifyZipContents } from './verifyZipContents.ts';

/** Word styles beyond mammoth's defaults that carry meaning for an article (our DOCX export writes them). */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Code'] => pre:separator('\\n')",
  // mammoth drops underline unless asked; editors use it.
  'u => u',
];

const embeddableImageTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * Imports a .docx. Meant to run inside the import worker (`importFile` does that): the zip is
 * checked first (`inspectZip`: counts, sizes, ratios, names; `verifyZipContents`: real sizes,
 * checksums, no DOCTYPE) and only then handed to mammoth, with external file access off (a
 * linked image is never fetched or read from disk) and no style map taken from the document.
 * mammoth's HTML goes through the same allow-list as any imported HTML. Images are embedded only
 * when the document schema has an image node; otherwise they are left out.
 */
export async function importDocx(bytes: Uint8Array, limits: ImportLimits = defaultImportLimits): Promise<ImporterResult> {
  const directory = inspectZip(bytes, limits);
  verifyZipContents(bytes, directory);
  const embedImages = Boolean(getDocumentSchema().nodes.image);
  const warnings = new Set<string>();
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap,
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          if (!embedImages || !embeddableImageTypes.has(image.contentType)) return { src: '' };
          try {
            return { src: `data:${image.contentType};base64,${await image.readAsBase64String()}` };
          } catch {
            warnings.add('linked images were not loaded');
            return { src: '' };
          }
        }),
      },
    );
  } catch (error) {
    throw new ImportError('corrupt', `the Word document cannot be read: ${(error as Error).message}`);
  }
  for (const message of result.messages) {
    if (/external/i.test(message.message)) warnings.add('linked images were not loaded');
  }
  const converted = htmlToDocument(result.value);
  return { ...converted, warnings: [...warnings, ...converted.warnings] };
}
