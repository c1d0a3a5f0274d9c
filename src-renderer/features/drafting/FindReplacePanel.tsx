/**
 * Find and replace over the article body (the FindReplace editor extension does the work).
 * Enter / Shift+Enter step through matches, Escape closes; "3 of 12" is announced politely.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { CaseSensitive, ChevronDown, ChevronRight, ChevronUp, WholeWord, X } from 'lucide-react';
import { emptyQuery, findReplaceState } from '../../editor/extensions/findReplace/index.ts';

export type FindMode = 'find' | 'replace';

export interface FindReplacePanelProps {
  editor: Editor;
  /** 'replace' shows the replace row. */
  mode: FindMode;
  onModeChange: (mode: FindMode) => void;
  /** Changes each time the panel is asked to open (Ctrl+F again refocuses the field). */
  openRequest: number;
  onClose: () => void;
}

// Typing a query searches the whole article; wait for a short pause on long articles.
const searchDelayMs = 120;

/** A short one-line selection is the likely thing to search for. */
function selectedText(editor: Editor): string {
  const { from, to, empty } = editor.state.selection;
  if (empty || to - from > 200) return '';
  const text = editor.state.doc.textBetween(from, to, '\n');
  return text.includes('\n') ? '' : text;
}

export function FindReplacePanel({ editor, mode, onModeChange, openRequest, onClose }: FindReplacePanelProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => selectedText(editor));
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [replacement, setReplacement] = useState('');
  const showReplace = mode === 'replace';
  const [announcement, setAnnouncement] = useState('');
  const findRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const pending = useRef<number | undefined>(undefined);
  const replaceId = useId();
  const count = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const s = findReplaceState(e.state);
      return { total: s.total, index: s.currentIndex, active: s.pattern !== null };
    },
  });

  const query = useMemo(() => ({ text, caseSensitive, wholeWord }), [text, caseSensitive, wholeWord]);
  useEffect(() => {
    const run = () => {
      pending.current = undefined;
      editor.commands.setSearchQuery(query);
    };
    if (query.text === '') run();
    else pending.current = window.setTimeout(run, searchDelayMs);
    return () => {
      window.clearTimeout(pending.current);
      pending.current = undefined;
    };
  }, [editor, query]);

  // Clear the highlights when the panel goes away.
  useEffect(() => () => void (!editor.isDestroyed && editor.commands.setSearchQuery(emptyQuery, false)), [editor]);

  useEffect(() => {
    const field = mode === 'replace' && findRef.current?.value ? replaceRef.current : findRef.current;
    field?.focus();
    field?.select();
  }, [mode, openRequest]);

  /** Runs a command on the current query (searching first if the user is still typing). */
  const withQuery = (command: () => void) => {
    if (pending.current !== undefined) {
      window.clearTimeout(pending.current);
      pending.current = undefined;
      editor.commands.setSearchQuery(query);
    }
    command();
  };
  const next = () => withQuery(() => editor.commands.findNextMatch());
  const previous = () => withQuery(() => editor.commands.findPreviousMatch());
  const replaceOne = () => withQuery(() => editor.commands.replaceCurrentMatch(replacement));
  const replaceAll = () =>
    withQuery(() => {
      const total = findReplaceState(editor.state).total;
      if (editor.commands.replaceAllMatches(replacement)) setAnnouncement(t('find.replaced', { count: total }));
    });
  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  const status = !count.active || text === '' ? '' : count.total === 0 ? t('find.none') : t('find.count', { current: count.index + 1, total: count.total });
  return (
    <div className="find-panel" role="search" aria-label={t('find.label')} data-testid="find-panel" onKeyDown={onKeyDown}>
      <div className="find-panel__row">
        <button
          type="button"
          className="icon-button"
          aria-expanded={showReplace}
          aria-controls={replaceId}
          aria-label={showReplace ? t('find.hideReplace') : t('find.showReplace')}
          title={showReplace ? t('find.hideReplace') : t('find.showReplace')}
          onClick={() => onModeChange(showReplace ? 'find' : 'replace')}
          data-testid="find-toggle-replace"
        >
          {showReplace ? <ChevronDown size={16} aria-hidden /> : <ChevronRight size={16} aria-hidden />}
        </button>
        <input
          ref={findRef}
          className="find-panel__input"
          type="text"
          value={text}
          placeholder={t('find.find')}
          aria-label={t('find.find')}
          spellCheck={false}
          data-testid="find-input"
          onChange={(e) => {
            setText(e.target.value);
            setAnnouncement('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (e.shiftKey) previous();
              else next();
            }
          }}
        />
        <span className="find-panel__count muted" role="status" aria-live="polite" data-testid="find-count">
          {status}
        </span>
        <button type="button" className="icon-button" aria-label={t('find.previous')} title={t('editor.withShortcut', { label: t('find.previous'), shortcut: 'Shift+Enter' })} disabled={!count.total} onClick={previous} data-testid="find-previous">
          <ChevronUp size={16} aria-hidden />
        </button>
        <button type="button" className="icon-button" aria-label={t('find.next')} title={t('editor.withShortcut', { label: t('find.next'), shortcut: 'Enter' })} disabled={!count.total} onClick={next} data-testid="find-next">
          <ChevronDown size={16} aria-hidden />
        </button>
        <button type="button" className="icon-button" aria-pressed={caseSensitive} aria-label={t('find.matchCase')} title={t('find.matchCase')} onClick={() => setCaseSensitive((v) => !v)} data-testid="find-case">
          <CaseSensitive size={18} aria-hidden />
        </button>
        <button type="button" className="icon-button" aria-pressed={wholeWord} aria-label={t('find.wholeWord')} title={t('find.wholeWord')} onClick={() => setWholeWord((v) => !v)} data-testid="find-whole-word">
          <WholeWord size={18} aria-hidden />
        </button>
        <button type="button" className="icon-button" aria-label={t('find.close')} title={t('editor.withShortcut', { label: t('find.close'), shortcut: 'Esc' })} onClick={close} data-testid="find-close">
          <X size={16} aria-hidden />
        </button>
      </div>
      <div className="find-panel__row" id={replaceId} hidden={!showReplace}>
        <span className="find-panel__spacer" />
        <input
          ref={replaceRef}
          className="find-panel__input"
          type="text"
          value={replacement}
          placeholder={t('find.replaceWith')}
          aria-label={t('find.replaceWith')}
          spellCheck={false}
          data-testid="replace-input"
          onChange={(e) => setReplacement(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              replaceOne();
            }
          }}
        />
        <button type="button" className="button button--small" disabled={!count.total} onClick={replaceOne} data-testid="replace-one">
          {t('find.replace')}
        </button>
        <button type="button" className="button button--small" disabled={!count.total} onClick={replaceAll} data-testid="replace-all">
          {t('find.replaceAll')}
        </button>
        <span className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </span>
      </div>
    </div>
  );
}
