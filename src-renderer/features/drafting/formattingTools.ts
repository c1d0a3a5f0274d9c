/**
 * The formatting commands the toolbar and the selection (bubble) menu offer, with their icons,
 * shortcuts and state. Shortcuts are TipTap's own bindings, plus ours for link and find
 * (handled in DraftingTools); the Help dialog lists the same ones.
 */
import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import {
  BetweenHorizontalEnd,
  BetweenVerticalEnd,
  Bold,
  Grid2x2X,
  Heading2,
  Heading3,
  ImagePlus,
  Italic,
  Link,
  List,
  ListOrdered,
  Quote,
  Redo2,
  Search,
  SeparatorHorizontal,
  Strikethrough,
  Table,
  TableColumnsSplit,
  TableRowsSplit,
  Underline,
  Undo2,
  type LucideIcon,
} from 'lucide-react';

/** What a tool may ask of the surrounding UI. */
export interface ToolActions {
  openLink: () => void;
  openFind: (mode: 'find' | 'replace') => void;
  /** Opens the picture dialog (insert, or edit the selected picture's description). */
  openImage: () => void;
}

export type ToolLabel =
  | 'editor.heading2'
  | 'editor.heading3'
  | 'editor.bold'
  | 'editor.italic'
  | 'editor.underline'
  | 'editor.strike'
  | 'editor.link'
  | 'editor.bulletList'
  | 'editor.orderedList'
  | 'editor.blockquote'
  | 'editor.horizontalRule'
  | 'editor.insertImage'
  | 'editor.insertTable'
  | 'editor.addRowAfter'
  | 'editor.addColumnAfter'
  | 'editor.deleteRow'
  | 'editor.deleteColumn'
  | 'editor.deleteTable'
  | 'editor.undo'
  | 'editor.redo'
  | 'editor.findReplace';

export interface Tool {
  id: string;
  label: ToolLabel;
  icon: LucideIcon;
  shortcut?: string;
  run: (editor: Editor, actions: ToolActions) => void;
  /** Pressed state (aria-pressed); tools without it are plain buttons. */
  active?: (editor: Editor) => boolean;
  enabled?: (editor: Editor) => boolean;
}

// These run on every transaction (useEditorState), so they read the state directly: can() builds
// command chains and isActive() walks the document, which costs more than the keystroke should.
function inTable(e: Editor): boolean {
  const { $from } = e.state.selection;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type.name === 'table') return true;
  return false;
}

/**
 * `e.isActive(name, attrs)` for a node type. With an empty selection that is "an ancestor of the
 * cursor has this type and these attributes", but isActive finds those ancestors with
 * doc.nodesBetween, which steps through the top-level blocks from the start of the article:
 * O(blocks) per tool per keystroke. Same answer from the resolved position; a range goes to isActive.
 */
function nodeActive(e: Editor, name: string, attrs?: Record<string, unknown>): boolean {
  const { selection } = e.state;
  if (!selection.empty) return e.isActive(name, attrs);
  const { $from } = selection;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (node.type.name === name && (!attrs || Object.keys(attrs).every((k) => node.attrs[k] === attrs[k]))) return true;
  }
  return false;
}

/** `e.isActive(name)` for a mark type: with an empty selection, TipTap's own rule without its lookups. */
function markActive(e: Editor, name: string): boolean {
  const { state } = e;
  if (!state.selection.empty) return e.isActive(name);
  return (state.storedMarks ?? state.selection.$from.marks()).some((mark) => mark.type.name === name);
}

const heading2: Tool = { id: 'heading2', label: 'editor.heading2', icon: Heading2, shortcut: 'Ctrl+Alt+2', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => nodeActive(e, 'heading', { level: 2 }) };
const heading3: Tool = { id: 'heading3', label: 'editor.heading3', icon: Heading3, shortcut: 'Ctrl+Alt+3', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => nodeActive(e, 'heading', { level: 3 }) };
const bold: Tool = { id: 'bold', label: 'editor.bold', icon: Bold, shortcut: 'Ctrl+B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => markActive(e, 'bold') };
const italic: Tool = { id: 'italic', label: 'editor.italic', icon: Italic, shortcut: 'Ctrl+I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => markActive(e, 'italic') };
const underline: Tool = { id: 'underline', label: 'editor.underline', icon: Underline, shortcut: 'Ctrl+U', run: (e) => e.chain().focus().toggleUnderline().run(), active: (e) => markActive(e, 'underline') };
const strike: Tool = { id: 'strike', label: 'editor.strike', icon: Strikethrough, shortcut: 'Ctrl+Shift+S', run: (e) => e.chain().focus().toggleStrike().run(), active: (e) => markActive(e, 'strike') };
const link: Tool = { id: 'link', label: 'editor.link', icon: Link, shortcut: 'Ctrl+K', run: (_e, a) => a.openLink(), active: (e) => markActive(e, 'link') };

/** Text formatting: the toolbar's first group and the whole selection menu. */
export const markTools: Tool[] = [bold, italic, underline, strike, link];

/** The toolbar, in groups. */
export const toolbarGroups: Tool[][] = [
  [heading2, heading3, ...markTools],
  [
    { id: 'bulletList', label: 'editor.bulletList', icon: List, shortcut: 'Ctrl+Shift+8', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => nodeActive(e, 'bulletList') },
    { id: 'orderedList', label: 'editor.orderedList', icon: ListOrdered, shortcut: 'Ctrl+Shift+7', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => nodeActive(e, 'orderedList') },
    { id: 'blockquote', label: 'editor.blockquote', icon: Quote, shortcut: 'Ctrl+Shift+B', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => nodeActive(e, 'blockquote') },
    { id: 'horizontalRule', label: 'editor.horizontalRule', icon: SeparatorHorizontal, run: (e) => e.chain().focus().setHorizontalRule().run(), enabled: (e) => !inTable(e) },
    { id: 'image', label: 'editor.insertImage', icon: ImagePlus, run: (_e, a) => a.openImage() },
  ],
  [
    {
      id: 'insertTable',
      label: 'editor.insertTable',
      icon: Table,
      run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
      enabled: (e) => !inTable(e),
    },
    { id: 'addRowAfter', label: 'editor.addRowAfter', icon: BetweenHorizontalEnd, run: (e) => e.chain().focus().addRowAfter().run(), enabled: inTable },
    { id: 'addColumnAfter', label: 'editor.addColumnAfter', icon: BetweenVerticalEnd, run: (e) => e.chain().focus().addColumnAfter().run(), enabled: inTable },
    { id: 'deleteRow', label: 'editor.deleteRow', icon: TableRowsSplit, run: (e) => e.chain().focus().deleteRow().run(), enabled: inTable },
    { id: 'deleteColumn', label: 'editor.deleteColumn', icon: TableColumnsSplit, run: (e) => e.chain().focus().deleteColumn().run(), enabled: inTable },
    { id: 'deleteTable', label: 'editor.deleteTable', icon: Grid2x2X, run: (e) => e.chain().focus().deleteTable().run(), enabled: inTable },
  ],
  [
    { id: 'undo', label: 'editor.undo', icon: Undo2, shortcut: 'Ctrl+Z', run: (e) => e.chain().focus().undo().run(), enabled: (e) => undoDepth(e.state) > 0 },
    { id: 'redo', label: 'editor.redo', icon: Redo2, shortcut: 'Ctrl+Shift+Z', run: (e) => e.chain().focus().redo().run(), enabled: (e) => redoDepth(e.state) > 0 },
  ],
  [{ id: 'findReplace', label: 'editor.findReplace', icon: Search, shortcut: 'Ctrl+F', run: (_e, a) => a.openFind('find') }],
];

/** Pressed and enabled state of `tools`, for useEditorState (compared with `sameToolStates`). */
export function toolStates(editor: Editor, tools: readonly Tool[]): boolean[] {
  const out: boolean[] = [];
  for (const tool of tools) out.push(tool.active?.(editor) ?? false, tool.enabled?.(editor) ?? true);
  return out;
}

/**
 * useEditorState's equality for `toolStates`: its default (fast-equals' circular deep equal)
 * allocates a cache per call, and it runs on every keystroke.
 */
export function sameToolStates(a: readonly boolean[], b: readonly boolean[] | null): boolean {
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
