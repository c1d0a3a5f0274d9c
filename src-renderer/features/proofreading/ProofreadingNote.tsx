/**
 * The note on an underlined word (opened by a click on it or Alt+Enter): what is wrong, the
 * rule's explanation and example, fixes to apply, and Ignore / Ignore all / Add to dictionary /
 * Turn off this rule. Closes with Escape, a click elsewhere, or any edit.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { handleProofreadingNotes, type PlacedFinding } from '../../editor/extensions/proofreading/index.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { useAddToDictionary, useProofreadingRules, useSetRuleEnabled } from './proofreadingQueries.ts';

interface Open {
  found: PlacedFinding;
  keyboard: boolean;
  top: number;
  left: number;
}

export function ProofreadingNote({ editor, articleId, lang }: { editor: Editor; articleId: string; lang: Lang }) {
  const [open, setOpen] = useState<Open | null>(null);

  useEffect(
    () =>
      handleProofreadingNotes(editor, (found, keyboard) => {
        const coords = editor.view.coordsAtPos(found.from);
        setOpen({ found, keyboard, top: coords.bottom + 4, left: coords.left });
      }),
    [editor],
  );

  // Any edit moves or removes the word: the note closes rather than act on stale positions.
  useEffect(() => {
    if (!open) return;
    const close = () => setOpen(null);
    editor.on('update', close);
    return () => {
      editor.off('update', close);
    };
  }, [editor, open]);

  if (!open) return null;
  return (
    <NoteBody
      key={`${open.found.from}:${open.found.to}`}
      editor={editor}
      articleId={articleId}
      lang={lang}
      open={open}
      onClose={(refocus) => {
        setOpen(null);
        if (refocus) editor.commands.focus();
      }}
    />
  );
}

function NoteBody({ editor, articleId, lang, open, onClose }: { editor: Editor; articleId: string; lang: Lang; open: Open; onClose: (refocus: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const { found } = open;
  const { finding } = found;
  const rules = useProofreadingRules();
  const rule = rules.data?.find((r) => r.id === finding.rule && r.lang === lang) ?? rules.data?.find((r) => r.id === finding.rule);
  const ui = i18n.language === 'id' ? 'id' : 'en';
  const isSpelling = finding.kind === 'spelling';
  const needsSuggestions = isSpelling && finding.suggestions.length === 0;
  const suggestions = useQuery({
    queryKey: ['suggestSpelling', lang, finding.text],
    queryFn: async () => (await call('suggestSpelling', { word: finding.text, lang })).suggestions,
    enabled: needsSuggestions,
    staleTime: Infinity,
  });
  const addWord = useAddToDictionary();
  const setRule = useSetRuleEnabled();
  const [error, setError] = useState<string | null>(null);

  useLayoutEffect(() => {
    if (open.keyboard) ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [open.keyboard]);

  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) onClose(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);

  const fixes = needsSuggestions ? (suggestions.data ?? []) : finding.suggestions;
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      onClose(true);
    } catch (e) {
      setError(t(`errors.${errorCodeOf(e)}`));
    }
  };

  return (
    <div
      ref={ref}
      className="proof-note"
      role="dialog"
      aria-label={t('proofreading.popoverLabel')}
      data-testid="proof-note"
      style={{ top: open.top, left: open.left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose(true);
        }
      }}
    >
      <header className="proof-note__header">
        <strong>{rule ? rule.title[ui] : t(`proofreading.kinds.${finding.kind}`)}</strong>
        <button type="button" className="icon-button" onClick={() => onClose(true)} aria-label={t('proofreading.close')} title={t('proofreading.close')}>
          <X size={16} aria-hidden />
        </button>
      </header>
      <p className="proof-note__message" data-testid="proof-message">{finding.message}</p>
      <div className="proof-note__fixes" aria-label={t('proofreading.suggestions')} role="group">
        {fixes.map((word) => (
          <button
            key={word}
            type="button"
            className="button proof-note__fix"
            data-testid="proof-suggestion"
            aria-label={t('proofreading.replaceWith', { word })}
            onClick={() => {
              editor.chain().focus().applyProofreadingFix(found, word).run();
              onClose(false);
            }}
          >
            {word}
          </button>
        ))}
        {needsSuggestions && suggestions.isPending ? <span className="muted">{t('proofreading.loadingSuggestions')}</span> : null}
        {fixes.length === 0 && !(needsSuggestions && suggestions.isPending) ? <span className="muted">{t('proofreading.noSuggestions')}</span> : null}
      </div>
      {rule ? (
        <details className="proof-note__rule">
          <summary>{t('proofreading.example')}</summary>
          <p>{rule.explanation[ui]}</p>
          <p>
            <span className="proof-note__wrong">{t('proofreading.wrong')}: {rule.example.wrong}</span>
            <br />
            <span className="proof-note__right">{t('proofreading.right')}: {rule.example.right}</span>
          </p>
        </details>
      ) : null}
      <div className="proof-note__actions">
        <button type="button" className="button button--ghost" data-testid="proof-ignore" onClick={() => {
          editor.commands.ignoreProofreadingFinding(found);
          onClose(true);
        }}>
          {t('proofreading.ignore')}
        </button>
        {isSpelling ? (
          <>
            <button type="button" className="button button--ghost" data-testid="proof-ignore-all" onClick={() => void run(async () => {
              await call('ignoreWord', { articleId, word: finding.text });
              editor.commands.removeProofreadingFindings({ word: finding.text });
            })}>
              {t('proofreading.ignoreAll')}
            </button>
            <button type="button" className="button button--ghost" data-testid="proof-add-word" onClick={() => void run(async () => {
              await addWord.mutateAsync(finding.text);
              editor.commands.removeProofreadingFindings({ word: finding.text });
            })}>
              {t('proofreading.addToDictionary')}
            </button>
          </>
        ) : null}
        <button type="button" className="button button--ghost" data-testid="proof-disable-rule" onClick={() => void run(async () => {
          await setRule.mutateAsync({ rule: finding.rule, enabled: false });
          editor.commands.removeProofreadingFindings({ rule: finding.rule });
        })}>
          {t('proofreading.disableRule')}
        </button>
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
    </div>
  );
}
