/** Keyboard shortcuts, from the same list the app's key handler uses. */
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';

const shortcuts = [
  { keys: 'Ctrl+N', action: 'help.newArticle' },
  { keys: 'Ctrl+L', action: 'help.library' },
  { keys: 'Ctrl+,', action: 'help.settings' },
  { keys: 'F1', action: 'help.help' },
  { keys: 'Ctrl+B', action: 'help.bold' },
  { keys: 'Ctrl+I', action: 'help.italic' },
  { keys: 'Ctrl+Z', action: 'help.undo' },
  { keys: 'Ctrl+Shift+Z', action: 'help.redo' },
] as const;

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('help.title')} closeLabel={t('help.close')} onClose={onClose} testId="help-dialog">
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('help.shortcutColumn')}</th>
            <th scope="col">{t('help.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.keys}>
              <td><kbd>{s.keys}</kbd></td>
              <td>{t(s.action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
