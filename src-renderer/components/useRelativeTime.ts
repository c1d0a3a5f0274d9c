import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** Formats an ISO time as "5 minutes ago" / "5 menit yang lalu" in the UI language. */
export function useRelativeTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (iso: string) => {
      const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
      const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
      for (const [unit, size] of units) {
        if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
      }
      return format.format(0, 'minute');
    },
    [language],
  );
}
