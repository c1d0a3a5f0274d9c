/**
 * UI translations. The catalogues in resources/locales are the source of truth for keys; both
 * languages are bundled (they are small) so switching is instant and works offline.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../resources/locales/en/common.json';
import id from '../resources/locales/id/common.json';
import type { UiLanguage } from '../src-preload/contract/domain.ts';

export const resources = { en: { common: en }, id: { common: id } } as const;

/** Creates the i18next instance for the given UI language. */
export async function createI18n(language: UiLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    ns: ['common'],
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return instance;
}
