/**
 * "Translation resources": the translation memories (with concordance search) and the glossary
 * that the translation desk draws on, on two tabs (arrow keys move between them).
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GlossarySection } from './GlossarySection.tsx';
import { MemoriesSection } from './MemoriesSection.tsx';
import './resources.css';

const tabs = ['memories', 'glossary'] as const;
type Tab = (typeof tabs)[number];

export function ResourcesView() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('memories');
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  function onKeyDown(e: KeyboardEvent) {
    const index = tabs.indexOf(tab);
    const next = e.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(index + tabs.length - 1) % tabs.length] : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  }

  return (
    <section className="resources" aria-labelledby="resources-title" data-testid="resources-view">
      <header className="resources__header">
        <h1 id="resources-title">{t('resources.title')}</h1>
        <p className="muted">{t('resources.intro')}</p>
      </header>
      <div role="tablist" aria-label={t('resources.title')} className="resources__tabs" onKeyDown={onKeyDown}>
        {tabs.map((name) => (
          <button
            key={name}
            ref={(el) => {
              refs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`resources-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`resources-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            className="resources__tab"
            onClick={() => setTab(name)}
            data-testid={`resources-tab-${name}`}
          >
            {t(`resources.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`resources-panel-${tab}`} aria-labelledby={`resources-tab-${tab}`} className="resources__panel">
        {tab === 'memories' ? <MemoriesSection /> : <GlossarySection />}
      </div>
    </section>
  );
}
