import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { useAppInfo } from '../../lib/queries.ts';

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const info = useAppInfo();
  return (
    <Dialog open={open} title={t('about.title')} closeLabel={t('about.close')} onClose={onClose} testId="about-dialog">
      <p>{t('app.tagline')}</p>
      {info.data ? <p className="muted">{t('about.version', { version: info.data.version })}</p> : null}
      <p className="muted">{t('about.license')}</p>
    </Dialog>
  );
}
