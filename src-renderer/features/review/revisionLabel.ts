import type { TFunction } from 'i18next';
import type { Revision } from '../../../src-preload/contract/domain.ts';
import { articleStatuses, type ArticleStatus } from '../../../src-preload/contract/articleWorkflow.ts';

/** What a revision is called in lists and headings: its name, or why it was taken. */
export function revisionLabel(t: TFunction, revision: Revision): string {
  switch (revision.kind) {
    case 'named':
      return revision.name ?? t('revisions.kind.named');
    case 'auto':
      return t('revisions.kind.auto');
    case 'status':
      // Status versions are named with the new status code; show it in the UI language.
      if (revision.name && (articleStatuses as readonly string[]).includes(revision.name)) {
        return t('revisions.kind.statusTo', { status: t(`status.${revision.name as ArticleStatus}`) });
      }
      return revision.name ? t('revisions.kind.statusTo', { status: revision.name }) : t('revisions.kind.status');
    case 'restore':
      return revision.restoredFrom === null ? t('revisions.kind.beforeRestore') : t('revisions.kind.restored', { number: revision.restoredFrom });
  }
}
