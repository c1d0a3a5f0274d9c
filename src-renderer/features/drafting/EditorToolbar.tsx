/**
 * Formatting toolbar: one tab stop, arrow keys between buttons. Buttons report their state
 * (aria-pressed, disabled) and show their shortcut in the tooltip.
 */
import { Fragment } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { RovingToolbar } from '../../components/RovingToolbar.tsx';
import { sameToolStates, toolStates, type Tool, type ToolActions } from './formattingTools.ts';

export interface ToolButtonsProps {
  editor: Editor;
  tools: readonly Tool[];
  /** Pressed/enabled pairs from `toolStates`, in the order of `tools`. */
  states: readonly boolean[];
  actions: ToolActions;
  offset?: number;
}

/** The buttons for `tools`; `states` starts at `offset` (several groups share one state array). */
export function ToolButtons({ editor, tools, states, actions, offset = 0 }: ToolButtonsProps) {
  const { t } = useTranslation();
  return tools.map((tool, i) => {
    const Icon = tool.icon;
    const label = t(tool.label);
    const active = states[(offset + i) * 2];
    const enabled = states[(offset + i) * 2 + 1];
    return (
      <button
        key={tool.id}
        type="button"
        className="icon-button"
        aria-label={label}
        title={tool.shortcut ? t('editor.withShortcut', { label, shortcut: tool.shortcut }) : label}
        aria-pressed={tool.active ? active : undefined}
        disabled={!enabled}
        data-tool={tool.id}
        // Keep the editor's selection: the command runs on what the writer selected.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => tool.run(editor, actions)}
      >
        <Icon size={18} aria-hidden />
      </button>
    );
  });
}

export interface EditorToolbarProps {
  editor: Editor;
  groups: readonly (readonly Tool[])[];
  actions: ToolActions;
}

export function EditorToolbar({ editor, groups, actions }: EditorToolbarProps) {
  const { t } = useTranslation();
  const states = useEditorState({ editor, selector: ({ editor: e }) => toolStates(e, groups.flat()), equalityFn: sameToolStates });
  const starts = groups.map((_, g) => groups.slice(0, g).reduce((n, group) => n + group.length, 0));
  return (
    <RovingToolbar label={t('editor.toolbar')} className="toolbar" testId="editor-toolbar">
      {groups.map((group, g) => (
        <Fragment key={group[0]!.id}>
          {g > 0 ? <span className="toolbar__separator" role="separator" aria-orientation="vertical" /> : null}
          <ToolButtons editor={editor} tools={group} states={states} actions={actions} offset={starts[g]} />
        </Fragment>
      ))}
    </RovingToolbar>
  );
}
