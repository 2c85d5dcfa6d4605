import { EditRefusal } from '../../domain/edit-ops';
import { getStakeholderType } from '../../domain/stakeholders';
import type { Lang } from '../../domain/display-options';
import type { editorMessages } from '../../i18n/editor-messages';

type EditorText = (typeof editorMessages)[Lang];

/** The message shown when an edit throws: why it was refused, in the user's language. */
export function describeEditError(e: unknown, t: EditorText, lang: Lang): string {
  if (!(e instanceof EditRefusal)) return t.editFailed(e instanceof Error ? e.message : String(e));
  switch (e.reason) {
    case 'empty-name':
      return t.refusedEmpty;
    case 'row-reads-as-x1060':
      return t.refusedRowX1060(e.subject, e.other);
    case 'row-taken':
      return t.refusedRowTaken(e.subject, e.other);
    case 'stakeholder-is-standard': {
      const type = getStakeholderType(e.other);
      return t.refusedStandard(e.subject, type ? (lang === 'ja' ? type.nameJa : type.nameEn) : e.other);
    }
    case 'stakeholder-taken':
      return t.refusedStakeholderTaken(e.subject, e.other);
  }
}
