/**
 * Everything around the body that edits it: the toolbar, the find-and-replace panel, the
 * selection menu and the link dialog, with their shortcuts (Ctrl+F, Ctrl+H, Ctrl+K).
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
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
  const actions = useMemo<ToolActions>(() => ({ openFind, openLink }), [openFind, openLink]);

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
    </>
  );
});
