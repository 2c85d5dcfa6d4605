import { STANDARD_STAKEHOLDERS } from '../../domain/stakeholders';
import type { HeaderReading } from '../../io/import-types';
import { importMessages } from '../../i18n/import-messages';
import { useAppState } from '../../state/store-context';
import { Select } from '../../ui/Select';
import { useMessages } from '../use-messages';
import { ScrollBox } from '../../ui/ScrollBox';

/** Headings listed one by one with a picker; the others are summed up with one choice for all. */
export const HEADERS_LISTED = 50;

export interface HeaderTableProps {
  readonly headers: readonly HeaderReading[];
  /** A long file: its stakeholders are names in a column, not column headings. */
  readonly long?: boolean;
  /** Re-maps a header to a standard type id, 'custom' or 'ignored'. */
  readonly onRemap: (name: string, as: string) => void;
  /** Re-maps many headers at once ('custom' or 'ignored'): the bulk choice for those not listed. */
  readonly onRemapMany?: (names: readonly string[], as: string) => void;
}

/**
 * How each stakeholder header was understood, with a picker to read it otherwise. A header of
 * thousands of custom stakeholders lists the first HEADERS_LISTED with pickers and sums up the rest,
 * with one choice for all of its custom stakeholders (keep them, or ignore them).
 */
export function HeaderTable({ headers, long = false, onRemap, onRemapMany }: HeaderTableProps) {
  const t = useMessages(importMessages);
  const lang = useAppState((s) => s.lang);
  if (headers.length === 0) return null;
  const options = [
    ...STANDARD_STAKEHOLDERS.map((s) => ({ id: s.id, label: lang === 'ja' ? s.nameJa : s.nameEn })),
    { id: 'custom', label: t.asCustom },
    { id: 'ignored', label: t.asIgnored },
  ];
  const fixed: Record<string, string> = { description: t.asDescription, total: t.asTotal };
  const listed = headers.slice(0, HEADERS_LISTED);
  const rest = headers.slice(HEADERS_LISTED);
  return (
    <>
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
            {listed.map((h) => (
              <tr key={`${h.column ?? ''}:${h.name}`}>
                {h.column !== undefined && <td>{h.column}</td>}
                <th scope="row">{h.name}</th>
                <td>
                  {fixed[h.as] ?? (
                    <Select
                      className="select-compact"
                      label={t.readAs(h.name)}
                      options={options}
                      value={h.as}
                      onChange={(as) => onRemap(h.name, as)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {rest.length > 0 && <RestOfHeaders rest={rest} onRemapMany={onRemapMany} />}
    </>
  );
}

/** The headers beyond the listed ones, counted by how they were read, with one choice for their custom stakeholders. */
function RestOfHeaders({
  rest,
  onRemapMany,
}: {
  readonly rest: readonly HeaderReading[];
  readonly onRemapMany?: (names: readonly string[], as: string) => void;
}) {
  const t = useMessages(importMessages);
  const own = rest.filter((h) => h.as === 'custom' || h.as === 'ignored');
  const custom = own.filter((h) => h.as === 'custom').length;
  const ignored = own.length - custom;
  const value = ignored === 0 ? 'custom' : custom === 0 ? 'ignored' : 'mixed';
  return (
    <div className="review-headers-rest">
      <p>{t.headersRest(rest.length, custom, ignored, rest.length - own.length)}</p>
      {own.length > 0 && onRemapMany && (
        <Select
          label={t.restAs(own.length)}
          value={value}
          options={[
            { id: 'custom', label: t.asCustom },
            { id: 'ignored', label: t.asIgnored },
            ...(value === 'mixed' ? [{ id: 'mixed', label: t.restMixed }] : []),
          ]}
          onChange={(as) =>
            as !== 'mixed' &&
            onRemapMany(
              own.map((h) => h.name),
              as,
            )
          }
        />
      )}
    </div>
  );
}
