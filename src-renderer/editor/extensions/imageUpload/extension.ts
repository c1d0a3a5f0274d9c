/**
 * ImageUpload: pictures pasted or dropped into the body as files are stored by the app (through
 * the `upload` option, which calls main) and inserted as image nodes; the editor never reads a
 * path and never hot-links. Pasted HTML `<img>` elements are not handled here: the stored format's
 * parse rule keeps only `media/<sha256>` sources and drops every other one (documentSchema.ts).
 */
import { Extension, type Editor } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { imageNodeName } from '../../../../src-preload/contract/imageNode.ts';

/** What a successful upload gives back: the image node's `src`. */
export interface UploadedImage {
  src: string;
}

export interface ImageUploadOptions {
  /** Stores one picture and returns its `src`; throws on refusal. Default `null`: pasted and dropped files are ignored. */
  upload: ((file: File) => Promise<UploadedImage>) | null;
}

export interface ImageUploadStorage {
  /** Told about a refused or failed paste or drop (with what `upload` threw); the UI that shows it sets it. */
  onError: ((error: unknown) => void) | null;
}

declare module '@tiptap/core' {
  interface Storage {
    imageUpload: ImageUploadStorage;
  }
}

export const imageUploadKey = new PluginKey('imageUpload');

/** Image files among pasted or dropped files (by their declared type; main checks the bytes). */
function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((file) => file.type.startsWith('image/'));
}

/**
 * Inserts a stored picture at `pos` (or replacing the selection) and puts the caret in the text
 * after it (a new empty paragraph when none follows). Left alone, the picture would stay selected,
 * and the next keystroke or paste would replace it.
 */
export function insertImage(editor: Editor, attrs: { src: string; alt: string | null }, pos?: number): void {
  const node = { type: imageNodeName, attrs };
  const chain = editor.chain().focus();
  (pos === undefined ? chain.insertContent(node) : chain.insertContentAt(pos, node))
    .command(({ tr, state }) => {
      const { selection } = tr;
      if (!(selection instanceof NodeSelection) || selection.node.type.name !== imageNodeName) return true;
      const after = selection.to;
      if (!tr.doc.nodeAt(after)?.isTextblock) tr.insert(after, state.schema.nodes.paragraph!.create());
      tr.setSelection(TextSelection.create(tr.doc, after + 1));
      return true;
    })
    .run();
}

/**
 * Uploads `files` one after the other and inserts each as an image at `pos` (or at the selection
 * when `pos` is undefined), in order. Failures go to `onError`; the others still go in.
 */
export async function insertImageFiles(
  editor: Editor,
  files: readonly File[],
  options: ImageUploadOptions & { onError: (error: unknown) => void; pos?: number | undefined; alt?: string | undefined },
): Promise<void> {
  if (!options.upload) return;
  let pos = options.pos;
  for (const file of files) {
    let src: string;
    try {
      ({ src } = await options.upload(file));
    } catch (error) {
      options.onError(error);
      continue;
    }
    if (editor.isDestroyed) return;
    insertImage(editor, { src, alt: options.alt?.trim() || null }, pos === undefined ? undefined : Math.min(pos, editor.state.doc.content.size));
    // The next picture goes where the caret now is, after this one.
    pos = undefined;
  }
}

export const ImageUpload = Extension.create<ImageUploadOptions>({
  name: 'imageUpload',

  addOptions() {
    return { upload: null };
  },

  addStorage(): ImageUploadStorage {
    return { onError: null };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const options = this.options;
    const take = (view: EditorView, files: File[], pos: number | undefined) => {
      if (!options.upload || files.length === 0 || !view.editable) return false;
      void insertImageFiles(editor, files, { upload: options.upload, pos, onError: (error) => editor.storage.imageUpload.onError?.(error) });
      return true;
    };
    return [
      new Plugin({
        key: imageUploadKey,
        props: {
          handlePaste: (view, event) => {
            const files = imageFiles(event.clipboardData?.files);
            if (!take(view, files, undefined)) return false;
            event.preventDefault();
            return true;
          },
          handleDrop: (view, event, _slice, moved) => {
            if (moved) return false;
            const files = imageFiles(event.dataTransfer?.files);
            const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
            if (!take(view, files, pos)) return false;
            event.preventDefault();
            return true;
          },
        },
      }),
    ];
  },
});
