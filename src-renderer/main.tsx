/** Renderer entry: load settings, start i18n in the chosen UI language, render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { call, errorCodeOf } from './lib/api.ts';
import { queryKeys } from './lib/queries.ts';
import { createFlushRegistry, FlushProvider } from './lib/flushRegistry.tsx';
import { createI18n } from './i18n.ts';
import './styles/tokens.css';
import './styles/app.css';
import './styles/review.css';
import './styles/proofreading.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const settings = await call('getSettings', {});
  const i18n = await createI18n(settings.uiLanguage);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1 }, mutations: { retry: false } },
  });
  queryClient.setQueryData(queryKeys.settings, settings);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <FlushProvider registry={createFlushRegistry()}>
            <App />
          </FlushProvider>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

/** Without the bridge nothing works; say so plainly (in English, the only safe guess here). */
async function showStartupError(error: unknown) {
  const i18n = await createI18n('en');
  const root = document.getElementById('root')!;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'error page-pad';
  message.textContent = i18n.t(`errors.${errorCodeOf(error)}`);
  root.replaceChildren(message);
}

start().catch(showStartupError);
