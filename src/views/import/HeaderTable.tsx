import { STANDARD_STAKEHOLDERS } from '../../domain/stakeholders';
import type { HeaderReading } from '../../io/import-types';
import { importMessages } from '../../i18n/import-messages';
import { useAppState } from '../../state/store-context';
import { Select } from '../../ui/Select';
import { useMessages } from '../use-messages';
import { ScrollBox } from '../../ui/ScrollBox';

export interface HeaderTableProps {
  readonly headers: readonly HeaderReading[];
  /** A long file: its stakeholders are names in a column, not column headings. */
  readonly long?: boolean;
  /** Re-maps a header to a standard type id, 'custom' or 'ignored'. */
  readonly onRemap: (name: string, as: string) => void;
}

/** How each stakeholder header was understood, with a picker to read it otherwise. */
export function HeaderTable({ headers, long = false, onRemap }: HeaderTableProps) {
  const t = useMessages(importMessages);
  const lang = useAppState((s) => s.lang);
  if (headers.length === 0) return null;
  const options = [
    ...STANDARD_STAKEHOLDERS.map((s) => ({ id: s.id, label: lang === 'ja' ? s.nameJa : s.nameEn })),
    { id: 'custom', label: t.asCustom },
    { id: 'ignored', label: t.asIgnored },
  ];
  const fixed: Record<string, string> = { description: t.asDescription, total: t.asTotal };
  return (
    <ScrollBox className="table-scroll" label={long ? t.headersTitleLong : t.headersTitle}>
      <table className="data-table review-headers">
        <caption>{long ? t.headersTitleLong : t.headersTitle}</caption>
        <thead>
          <tr>
            {headers.some((h) => h.column !== undefined) && <th scope="col">{t.headerColumn}</th>}
            <th scope="col">{long ? t.headerNameLong : t.headerName}</th>
            <th scope="col">{t.headerAs}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((h) => (
            <tr key={`${h.column ?? ''}:${h.name}`}>
              {h.column !== undefined && <td>{h.column}</td>}
              <th scope="row">{h.name}</th>
              <td>
                {fixed[h.as] ?? <Select className="select-compact" label={t.readAs(h.name)} options={options} value={h.as} onChange={(as) => onRemap(h.name, as)} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
