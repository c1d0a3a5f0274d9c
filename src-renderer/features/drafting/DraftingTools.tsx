/**
 * Everything around the body that edits it: the toolbar, the find-and-replace panel, the
 * selection menu, the link and image dialogs, with their shortcuts (Ctrl+F, Ctrl+H, Ctrl+K), and
 * the notice for a pasted or dropped picture that was refused.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { useTranslation } from 'react-i18next';
import { imageNodeName } from '../../../src-preload/contract/imageNode.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { insertImage } from '../../editor/extensions/imageUpload/index.ts';
import { ImageDialog } from './ImageDialog.tsx';
import { imageErrorKey, uploadImage } from './uploadImage.ts';
import { onEvent } from '../../lib/api.ts';
import { EditorBubbleMenu } from './EditorBubbleMenu.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { FindReplacePanel, type FindMode } from './FindReplacePanel.tsx';
import { LinkDialog } from './LinkDialog.tsx';
import { toolbarGroups, type ToolActions } from './formattingTools.ts';

// Memoised: the page re-renders on every headline keystroke; the tools depend only on the editor.
export const DraftingTools = memo(function DraftingTools({ editor }: { editor: Editor }) {
  const [find, setFind] = useState<{ mode: FindMode; request: number } | null>(null);
  const [link, setLink] = useState<{ href: string | null } | null>(null);
  const toolsRef = useRef<HTMLDivElement>(null);

  const openFind = useCallback((mode: FindMode) => setFind((prev) => ({ mode, request: (prev?.request ?? 0) + 1 })), []);
  const openLink = useCallback(() => {
    const href = editor.getAttributes('link').href as unknown;
    setLink({ href: typeof href === 'string' ? href : null });
  }, [editor]);
  const { t } = useTranslation();
  const [image, setImage] = useState<{ editing: boolean; alt: string } | null>(null);
  const [imageError, setImageError] = useState<ErrorCode | null>(null);
  const openImage = useCallback(() => {
    const { selection } = editor.state;
    const selected = selection instanceof NodeSelection && selection.node.type.name === imageNodeName ? selection.node : null;
    setImage(selected ? { editing: true, alt: String(selected.attrs.alt ?? '') } : { editing: false, alt: '' });
  }, [editor]);
  const actions = useMemo<ToolActions>(() => ({ openFind, openLink, openImage }), [openFind, openLink, openImage]);

  // Pictures pasted or dropped as files are uploaded by the editor's ImageUpload extension; its refusals show here.
  useEffect(() => {
    editor.storage.imageUpload.onError = (error) => setImageError(errorCodeOf(error));
    return () => {
      editor.storage.imageUpload.onError = null;
    };
  }, [editor]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.defaultPrevented) return;
      // Not while a dialog (settings, help, the link dialog) has the keyboard.
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      // e.code for Alt combinations: macOS turns Alt+F into "ƒ" in e.key.
      if (e.altKey) {
        // Ctrl+Alt+F (Cmd+Alt+F on macOS, where Cmd+H hides the app) also opens Replace.
        if (e.code !== 'KeyF') return;
        openFind('replace');
        e.preventDefault();
        return;
      }
      const key = e.key.toLowerCase();
      if (key === 'f') openFind('find');
      else if (key === 'h') openFind('replace');
      else if (key === 'k' && editor.isFocused) openLink();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    const offMenu = onEvent('menuCommand', ({ command }) => {
      if (command === 'find') openFind('find');
      else if (command === 'replace') openFind('replace');
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu();
    };
  }, [editor, openFind, openLink]);

  const closeLink = () => {
    setLink(null);
    editor.commands.focus();
  };
  const applyLink = (href: string) => {
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      const text = href.replace(/^mailto:/i, '');
      chain.insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href }).run();
    }
    setLink(null);
  };
  const closeImage = () => {
    setImage(null);
    editor.commands.focus();
  };
  const submitImage = async ({ file, alt }: { file: File | null; alt: string }) => {
    const src = file ? (await uploadImage(file)).src : undefined;
    const attrs = { alt: alt || null, ...(src ? { src } : {}) };
    // The dialog kept the editor's selection: a selected picture is changed, otherwise one is inserted there.
    if (image?.editing) editor.chain().focus().updateAttributes(imageNodeName, attrs).run();
    else if (src) insertImage(editor, { src, alt: attrs.alt });
    setImageError(null);
    setImage(null);
  };
  const removeLink = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    setLink(null);
  };

  return (
    <>
      <div className="editor-tools" ref={toolsRef}>
        <EditorToolbar editor={editor} groups={toolbarGroups} actions={actions} />
        {find ? (
          <FindReplacePanel
            editor={editor}
            mode={find.mode}
            openRequest={find.request}
            onModeChange={(mode) => setFind((prev) => (prev ? { ...prev, mode } : prev))}
            onClose={() => setFind(null)}
          />
        ) : null}
      </div>
      <EditorBubbleMenu editor={editor} actions={actions} avoid={toolsRef} />
      <LinkDialog open={link !== null} currentHref={link?.href ?? null} onApply={applyLink} onRemove={removeLink} onClose={closeLink} />
      <ImageDialog state={image} onSubmit={submitImage} onClose={closeImage} />
      {imageError ? (
        <p role="alert" className="error image-error" data-testid="image-error">
          {t(imageErrorKey(imageError))}
          <button type="button" className="button button--ghost" onClick={() => setImageError(null)}>
            {t('image.dismiss')}
          </button>
        </p>
      ) : null}
    </>
  );
});
