/**
 * Formatting menu that floats above a text selection (TipTap's BubbleMenu, positioned by
 * floating-ui through element.style, which our CSP allows; no stylesheet is injected). It flips
 * below the selection when the sticky toolbar leaves no room above it.
 */
import { useState, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { useTranslation } from 'react-i18next';
import { RovingToolbar } from '../../components/RovingToolbar.tsx';
import { ToolButtons } from './EditorToolbar.tsx';
import { markTools, sameToolStates, toolStates, type ToolActions } from './formattingTools.ts';

type BubbleMenuProps = Parameters<typeof BubbleMenu>[0];
type ShouldShow = NonNullable<BubbleMenuProps['shouldShow']>;

export interface EditorBubbleMenuProps {
  editor: Editor;
  actions: ToolActions;
  /** The sticky tools above the text: the menu never sits under them. */
  avoid: RefObject<HTMLElement | null>;
}

export function EditorBubbleMenu({ editor, actions, avoid }: EditorBubbleMenuProps) {
  const { t } = useTranslation();
  const states = useEditorState({ editor, selector: ({ editor: e }) => toolStates(e, markTools), equalityFn: sameToolStates });
  // Created once: BubbleMenu re-sends its options to the plugin whenever their identity changes.
  // floating-ui rebuilds its middleware on every positioning from this same `flip` object, so
  // updating its padding in shouldShow (which runs right before) moves the flip line.
  const [{ shouldShow, options }] = useState(() => {
    const flip = { padding: { top: 8 } };
    const show: ShouldShow = ({ editor: e, view, state, from, to, element }) => {
      if (!e.isEditable || !(state.selection instanceof TextSelection) || state.selection.empty) return false;
      if (!view.hasFocus() && !element.contains(document.activeElement)) return false;
      if (state.doc.textBetween(from, to).trim().length === 0) return false;
      const clip = view.dom.closest('.editor-page__paper');
      const tools = avoid.current;
      if (clip && tools) flip.padding.top = Math.max(8, tools.getBoundingClientRect().bottom - clip.getBoundingClientRect().top + 8);
      return true;
    };
    return { shouldShow: show, options: { placement: 'top', offset: 8, flip, shift: { padding: 8 } } satisfies BubbleMenuProps['options'] };
  });
  return (
    <BubbleMenu editor={editor} shouldShow={shouldShow} options={options} className="bubble-menu" data-testid="bubble-menu">
      <RovingToolbar label={t('editor.selectionToolbar')} className="bubble-menu__tools">
        <ToolButtons editor={editor} tools={markTools} states={states} actions={actions} />
      </RovingToolbar>
    </BubbleMenu>
  );
}
