/**
 * Keyboard shortcuts: the app's own (App.tsx), the editor's (TipTap's bindings, the toolbar's
 * tooltips), the find panel's and the translation desk's (deskKeys.ts). Key names are the same in every UI language.
 */
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { deskShortcuts } from '../translation/deskKeys.ts';

const sections = [
  {
    title: 'help.sectionApp',
    rows: [
      { keys: 'Ctrl+N', action: 'help.newArticle' },
      { keys: 'Ctrl+L', action: 'help.library' },
      { keys: 'Ctrl+,', action: 'help.settings' },
      { keys: 'F1', action: 'help.help' },
      { keys: 'Ctrl+S', action: 'help.saveVersion' },
    ],
  },
  {
    title: 'help.sectionFormatting',
    rows: [
      { keys: 'Ctrl+B', action: 'help.bold' },
      { keys: 'Ctrl+I', action: 'help.italic' },
      { keys: 'Ctrl+U', action: 'help.underline' },
      { keys: 'Ctrl+Shift+S', action: 'help.strike' },
      { keys: 'Ctrl+K', action: 'help.link' },
      { keys: 'Ctrl+Alt+2', action: 'help.heading2' },
      { keys: 'Ctrl+Alt+3', action: 'help.heading3' },
      { keys: 'Ctrl+Alt+0', action: 'help.paragraph' },
      { keys: 'Ctrl+Shift+8', action: 'help.bulletList' },
      { keys: 'Ctrl+Shift+7', action: 'help.orderedList' },
      { keys: 'Ctrl+Shift+B', action: 'help.blockquote' },
      { keys: 'Shift+Enter', action: 'help.lineBreak' },
      { keys: 'Ctrl+Z', action: 'help.undo' },
      { keys: 'Ctrl+Shift+Z', action: 'help.redo' },
      { keys: 'Ctrl+Alt+M', action: 'help.comment' },
      { keys: 'Ctrl+Alt+K', action: 'help.markClaim' },
    ],
  },
  {
    title: 'help.sectionTables',
    rows: [
      { keys: 'Tab', action: 'help.nextCell' },
      { keys: 'Shift+Tab', action: 'help.previousCell' },
    ],
  },
  {
    title: 'help.sectionFind',
    rows: [
      { keys: 'Ctrl+F', action: 'help.find' },
      { keys: 'Ctrl+H, Ctrl+Alt+F', action: 'help.replace' },
      { keys: 'Enter', action: 'help.findNext' },
      { keys: 'Shift+Enter', action: 'help.findPrevious' },
      { keys: 'Esc', action: 'help.closeFind' },
    ],
  },
  {
    title: 'help.sectionProofreading',
    rows: [
      { keys: 'Alt+Enter', action: 'help.proofreadingNote' },
      { keys: 'Esc', action: 'help.closeProofreadingNote' },
    ],
  },
  { title: 'help.sectionDesk', rows: deskShortcuts },
] as const;

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  // The table is its own component: the app re-renders this dialog (closed) whenever it switches
  // views, and translating every row then would only add to opening an article.
  return (
    <Dialog open={open} title={t('help.title')} closeLabel={t('help.close')} onClose={onClose} testId="help-dialog">
      <ShortcutTable />
    </Dialog>
  );
}

function ShortcutTable() {
  const { t } = useTranslation();
  return (
    <table className="shortcuts">
      <thead>
        <tr>
          <th scope="col">{t('help.shortcutColumn')}</th>
          <th scope="col">{t('help.actionColumn')}</th>
        </tr>
      </thead>
      {sections.map((section) => (
        <tbody key={section.title}>
          <tr className="shortcuts__section">
            <th scope="colgroup" colSpan={2}>
              {t(section.title)}
            </th>
          </tr>
          {section.rows.map((s) => (
            <tr key={s.action}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{t(s.action)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
