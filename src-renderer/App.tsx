/** The shell: navigation between library and editor, dialogs, shortcuts and menu commands. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { BookMarked, HelpCircle, Library, Settings as SettingsIcon } from 'lucide-react';
import type { MenuCommand } from '../src-preload/contract/events.ts';
import { call, onEvent } from './lib/api.ts';
import { useFlushRegistry } from './lib/flushRegistry.tsx';
import { prefetchArticleForEditing, useCreateArticle } from './lib/queries.ts';
import { LibraryView } from './features/library/LibraryView.tsx';
import { ArticleEditor } from './features/drafting/ArticleEditor.tsx';
import { SettingsDialog } from './features/settings/SettingsDialog.tsx';
import { HelpDialog } from './features/help/HelpDialog.tsx';
import { AboutDialog } from './features/help/AboutDialog.tsx';
import { TranslationDesk } from './features/translation/TranslationDesk.tsx';
import { registerDeskNavigator } from './features/translation/openTranslationDesk.ts';
import { ResourcesView } from './features/resources/ResourcesView.tsx';
import { DatabaseHealthBanner } from './features/backups/DatabaseHealthBanner.tsx';

type View = { name: 'library' } | { name: 'editor'; articleId: string } | { name: 'translation'; articleId: string } | { name: 'resources' };
type DialogName = 'settings' | 'help' | 'about' | null;

/** Maps a key press to an app command (the menu shows the same accelerators). */
function commandForKey(e: KeyboardEvent): MenuCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'F1') return 'showHelp';
  if (!mod || e.altKey || e.shiftKey) return null;
  if (e.key === 'n' || e.key === 'N') return 'newArticle';
  if (e.key === 'l' || e.key === 'L') return 'showLibrary';
  if (e.key === ',') return 'openSettings';
  return null;
}

export function App() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ name: 'library' });
  const [dialog, setDialog] = useState<DialogName>(null);
  const registry = useFlushRegistry();
  const create = useCreateArticle();
  const queryClient = useQueryClient();

  const runCommand = useCallback(
    async (command: MenuCommand) => {
      switch (command) {
        case 'newArticle': {
          await registry.flushAll();
          const article = await create.mutateAsync({ lang: 'id' });
          setView({ name: 'editor', articleId: article.id });
          break;
        }
        case 'showLibrary':
          await registry.flushAll();
          setView({ name: 'library' });
          break;
        case 'showResources':
          await registry.flushAll();
          setView({ name: 'resources' });
          break;
        case 'openSettings':
          setDialog('settings');
          break;
        case 'showHelp':
          setDialog('help');
          break;
        case 'showAbout':
          setDialog('about');
          break;
        case 'find':
        case 'replace':
        case 'saveVersion':
          // Handled by the open view (editor or library), which subscribes to the menu itself.
          break;
      }
    },
    [registry, create],
  );

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      void runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    const offMenu = onEvent('menuCommand', ({ command }) => void runCommand(command));
    // Main asks before quitting: answer only once every pending save is acknowledged.
    const offFlush = onEvent('flushRequested', ({ requestId }) => {
      void registry.flushAll().finally(() => void call('reportQuitReady', { requestId }));
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu();
      offFlush();
    };
  }, [runCommand, registry]);

  // The translation desk and the editor open each other: save what is pending, then switch.
  useEffect(
    () =>
      registerDeskNavigator({
        openDesk: (articleId) => void registry.flushAll().then(() => setView({ name: 'translation', articleId })),
        openEditor: (articleId) =>
          void registry.flushAll().then(() => {
            prefetchArticleForEditing(queryClient, articleId);
            setView({ name: 'editor', articleId });
          }),
      }),
    [registry, queryClient],
  );

  const closeDialog = () => setDialog(null);
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="topbar">
        <span className="topbar__brand">{t('app.name')}</span>
        <nav aria-label={t('nav.main')} className="topbar__nav">
          <button type="button" className="button button--ghost" aria-current={view.name === 'library' ? 'page' : undefined} onClick={() => void runCommand('showLibrary')} data-testid="nav-library">
            <Library size={18} aria-hidden />
            {t('nav.library')}
          </button>
          <button type="button" className="button button--ghost" aria-current={view.name === 'resources' ? 'page' : undefined} onClick={() => void runCommand('showResources')} data-testid="nav-resources">
            <BookMarked size={18} aria-hidden />
            {t('nav.resources')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setDialog('settings')} data-testid="nav-settings">
            <SettingsIcon size={18} aria-hidden />
            {t('nav.settings')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setDialog('help')} data-testid="nav-help">
            <HelpCircle size={18} aria-hidden />
            {t('nav.help')}
          </button>
        </nav>
      </header>
      <DatabaseHealthBanner onOpenBackups={() => setDialog('settings')} />
      <main id="main" className="main" tabIndex={-1}>
        {view.name === 'library' ? (
          <LibraryView
            onOpen={(articleId) => {
              prefetchArticleForEditing(queryClient, articleId);
              setView({ name: 'editor', articleId });
            }}
          />
        ) : view.name === 'resources' ? (
          <ResourcesView />
        ) : view.name === 'translation' ? (
          <TranslationDesk key={view.articleId} articleId={view.articleId} />
        ) : (
          <ArticleEditor articleId={view.articleId} onBack={() => setView({ name: 'library' })} />
        )}
      </main>
      {/* After a restore, open views hold the old database's text: go back to the (refetched) library. */}
      <SettingsDialog open={dialog === 'settings'} onClose={closeDialog} onRestored={() => setView({ name: 'library' })} />
      <HelpDialog open={dialog === 'help'} onClose={closeDialog} />
      <AboutDialog open={dialog === 'about'} onClose={closeDialog} />
    </div>
  );
}
