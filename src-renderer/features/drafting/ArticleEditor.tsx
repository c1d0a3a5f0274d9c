/** One article open for drafting: headline, formatting toolbar, body, save state and counts. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { ArrowLeft } from 'lucide-react';
import type { Article } from '../../../src-preload/contract/domain.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { useArticleForEditing } from '../../lib/queries.ts';
import { draftingExtensions } from '../../editor/extensionSets.ts';
import { DraftingTools } from './DraftingTools.tsx';
import { EditorStatusBar } from './EditorStatusBar.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { CleanupButton } from './CleanupButton.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { useAutosave } from './useAutosave.ts';
import { uploadImage } from './uploadImage.ts';
import { ArticleMetaPanel } from './ArticleMetaPanel.tsx';
import { StatusControl } from './StatusControl.tsx';
import { useArticleMeta, worstSaveState } from './useArticleMeta.ts';
import { useAfterFirstPaint } from './useAfterFirstPaint.ts';
import { useDraftJournal } from './useDraftJournal.ts';
import { RecoveryBanner } from './RecoveryBanner.tsx';
import { ReviewBar, ReviewSidebar, useReview, useReviewHost, type ReviewHost } from '../review/index.ts';
import { proofreadingCheck } from '../proofreading/proofreadingQueries.ts';
import { ProofreadingNote } from '../proofreading/ProofreadingNote.tsx';
import { useProofreadingSync } from '../proofreading/useProofreadingSync.ts';
import { TranslationEntry } from '../resources/TranslationEntry.tsx';
import { TranslationNotice } from '../resources/TranslationNotice.tsx';

export interface ArticleEditorProps {
  articleId: string;
  onBack: () => void;
}

export function ArticleEditor({ articleId, onBack }: ArticleEditorProps) {
  const { t } = useTranslation();
  const article = useArticleForEditing(articleId);
  const reviewHost = useReviewHost();
  if (article.isPending) return <p className="muted page-pad">{t('app.loading')}</p>;
  if (article.isError) {
    const code = errorCodeOf(article.error);
    return (
      <div className="page-pad">
        <p role="alert" className="error">{code === 'NOT_FOUND' ? t('editor.notFound') : t(`errors.${code}`)}</p>
        <button type="button" className="button" onClick={onBack}>{t('editor.backLabel')}</button>
      </div>
    );
  }
  // Keyed by id so switching articles gets a fresh editor, history and autosave queue (and a
  // restore or a text cleanup, which bump the review generation, reload the editor from the saved article).
  return <LoadedEditor key={`${article.data.id}#${reviewHost.generation}`} article={article.data} onBack={onBack} reviewHost={reviewHost} />;
}

function LoadedEditor({ article, onBack, reviewHost }: { article: Article; onBack: () => void; reviewHost: ReviewHost }) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(article.title);
  const titleRef = useRef(article.title);
  const editorRef = useRef<ReturnType<typeof useEditor>>(null);

  // Read at save time only, and no serialising here: the save turns only the changed blocks into JSON.
  const snapshot = useCallback(() => ({ title: titleRef.current, doc: editorRef.current!.state.doc }), []);
  const autosave = useAutosave(article.id, article.version, snapshot);
  // The editor's onUpdate is fixed when it is created, before the journal hook below exists.
  const journalChanged = useRef<() => void>(() => undefined);

  // useEditor calls setOptions (and view.updateState) on any render whose options differ by
  // identity; doing that mid-typing resets the DOM selection and misplaces characters. So the
  // options are memoised, and the placeholder reads the current language when it is drawn.
  const extensions = useMemo(() => draftingExtensions({ placeholder: () => i18n.t('editor.bodyPlaceholder'), headingPlaceholder: () => i18n.t('editor.headingPlaceholder'), uploadImage, proofreading: { check: proofreadingCheck(article.id, article.lang) } }), [i18n, article.id, article.lang]);
  const bodyLabel = t('editor.bodyLabel');
  const editorProps = useMemo(
    () => ({
      attributes: {
        class: 'prose',
        lang: article.lang,
        spellcheck: 'false',
        'aria-label': bodyLabel,
        'aria-multiline': 'true',
        role: 'textbox',
        'data-testid': 'article-body',
      },
    }),
    [article.lang, bodyLabel],
  );
  const editor = useEditor({
    extensions,
    content: article.doc,
    injectCSS: false, // our CSP forbids injected <style>; the styles live in app.css
    // TipTap's `delete` events (nothing here listens) cost a replay of every transaction's steps per keystroke.
    enableCoreExtensions: { delete: false },
    shouldRerenderOnTransaction: false,
    editorProps,
    onUpdate: ({ transaction }) => {
      autosave.docChanged(transaction.before);
      journalChanged.current();
    },
  });
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);
  const { markDirty } = autosave;
  const typeTitle = useCallback(
    (next: string) => {
      titleRef.current = next;
      setTitle(next);
      markDirty();
      journalChanged.current();
    },
    [markDirty],
  );
  const journal = useDraftJournal({ article, editor, titleRef, autosave, setTitle: typeTitle });
  useEffect(() => {
    journalChanged.current = journal.changed;
  }, [journal.changed]);
  const review = useReview({ article, editor, autosave, ...reviewHost });
  const meta = useArticleMeta(article);
  useProofreadingSync(editor);
  // The text first; the controls around it mount once it has been painted (see useAfterFirstPaint.ts).
  const chrome = useAfterFirstPaint();

  async function back() {
    await Promise.all([autosave.flush(), meta.flush()]);
    onBack();
  }

  return (
    <section className="editor-page" aria-label={title || t('library.untitled')}>
      <div className="editor-page__bar">
        <button type="button" className="button button--ghost" onClick={() => void back()} aria-label={t('editor.backLabel')} data-testid="back-to-library">
          <ArrowLeft size={18} aria-hidden />
          {t('editor.back')}
        </button>
        <span className="badge" title={t('editor.articleLanguage', { language: t(`lang.${article.lang}`) })}>{article.lang.toUpperCase()}</span>
        {chrome ? (
          <>
            <StatusControl articleId={article.id} />
            <ReviewBar review={review} />
            <CleanupButton
              articleId={article.id}
              flush={() => Promise.all([autosave.flush(), meta.flush()]).then(() => undefined)}
              hasPending={autosave.hasPending}
              currentVersion={autosave.currentVersion}
              onApplied={reviewHost.onRestored}
            />
            <ExportMenu articleId={article.id} flush={() => Promise.all([autosave.flush(), meta.flush()]).then(() => undefined)} />
            <TranslationEntry articleId={article.id} lang={article.lang} />
          </>
        ) : null}
        <SaveStatus
          state={worstSaveState(autosave.state, meta.state)}
          errorCode={autosave.errorCode ?? meta.errorCode}
          onRetry={() => void Promise.all([autosave.flush(), meta.flush()])}
        />
      </div>
      <div className="editor-page__body">
      <div className="editor-page__paper">
        <RecoveryBanner journal={journal} />
        {chrome ? <TranslationNotice articleId={article.id} /> : null}
        <label className="visually-hidden" htmlFor="headline">{t('editor.headline')}</label>
        <input
          id="headline"
          className="headline"
          lang={article.lang}
          value={title}
          placeholder={t('editor.headlinePlaceholder')}
          maxLength={1000}
          data-testid="article-headline"
          onChange={(e) => {
            typeTitle(e.target.value.replace(/[\r\n]+/g, ' '));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              editor?.commands.focus('start');
            }
          }}
        />
        <ArticleMetaPanel article={article} meta={meta} />
        {editor ? <DraftingTools editor={editor} /> : null}
        <EditorContent editor={editor} className="editor-content" />
        {editor && chrome ? <ProofreadingNote editor={editor} articleId={article.id} lang={article.lang} /> : null}
      </div>
      <ReviewSidebar review={review} />
      </div>
      <EditorStatusBar editor={editor} title={title} onShowProblems={() => review.togglePanel('problems')} />
    </section>
  );
}
