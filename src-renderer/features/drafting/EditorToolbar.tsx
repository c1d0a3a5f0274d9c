/** Formatting toolbar. Buttons report their state (aria-pressed) and show their shortcut. */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Bold, Heading2, Italic, List, ListOrdered, Quote, Redo2, Undo2, type LucideIcon } from 'lucide-react';

interface Tool {
  key: 'bold' | 'italic' | 'heading' | 'bulletList' | 'orderedList' | 'blockquote' | 'undo' | 'redo';
  icon: LucideIcon;
  shortcut?: string;
  run: (e: Editor) => boolean;
  active?: (e: Editor) => boolean;
  enabled?: (e: Editor) => boolean;
}

const tools: Tool[] = [
  { key: 'bold', icon: Bold, shortcut: 'Ctrl+B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  { key: 'italic', icon: Italic, shortcut: 'Ctrl+I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  { key: 'heading', icon: Heading2, shortcut: 'Ctrl+Alt+2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
  { key: 'bulletList', icon: List, shortcut: 'Ctrl+Shift+8', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  { key: 'orderedList', icon: ListOrdered, shortcut: 'Ctrl+Shift+7', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  { key: 'blockquote', icon: Quote, shortcut: 'Ctrl+Shift+B', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
  { key: 'undo', icon: Undo2, shortcut: 'Ctrl+Z', run: (e) => e.chain().focus().undo().run(), enabled: (e) => e.can().undo() },
  { key: 'redo', icon: Redo2, shortcut: 'Ctrl+Shift+Z', run: (e) => e.chain().focus().redo().run(), enabled: (e) => e.can().redo() },
];

export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const status = useEditorState({
    editor,
    selector: ({ editor: e }) => tools.map((tool) => ({ active: tool.active?.(e) ?? false, enabled: tool.enabled?.(e) ?? true })),
  });
  return (
    <div role="toolbar" aria-label={t('editor.toolbar')} className="toolbar">
      {tools.map((tool, i) => {
        const Icon = tool.icon;
        const label = t(`editor.${tool.key}`);
        const state = status[i];
        return (
          <button
            key={tool.key}
            type="button"
            className="icon-button"
            aria-label={label}
            title={tool.shortcut ? t('editor.withShortcut', { label, shortcut: tool.shortcut }) : label}
            aria-pressed={tool.active ? state?.active : undefined}
            disabled={!state?.enabled}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => tool.run(editor)}
          >
            <Icon size={18} aria-hidden />
          </button>
        );
      })}
    </div>
  );
}
