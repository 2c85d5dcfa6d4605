import { memo } from 'react';
import { rowName, stakeholderName, type RoleMatrix, type Score } from '../../domain/matrix';
import { editorMessages } from '../../i18n/editor-messages';
import { formatScore } from '../../io/score-text';
import { useAppState } from '../../state/store-context';
import { useMessages } from '../use-messages';
import './worksheet.css';

/** A worksheet with the country's scores, or with empty boxes to be filled in by hand. */
export type WorksheetMode = 'scores' | 'blank';

/**
 * The whole matrix as a paper worksheet, shown only in print (the Edit view prints this, not the
 * screen): every row with its X.1060 id and name in the UI language, every stakeholder, a box per
 * cell, the row's notes, the score scale; the table's headings repeat on every page.
 */
export const Worksheet = memo(function Worksheet({ matrix, mode }: { matrix: RoleMatrix; mode: WorksheetMode }) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const blank = mode === 'blank';
  const meta = t.worksheetMeta(matrix.provenance.source ?? '', matrix.provenance.date ?? '');
  const many = matrix.stakeholders.length > 8;
  return (
    <div className={`worksheet${many ? ' worksheet-many' : ''}`} data-mode={mode}>
      <h1 className="worksheet-title">{(blank ? t.worksheetBlankTitle : t.worksheetTitle)(matrix.country)}</h1>
      {meta && !blank && <p className="worksheet-meta">{meta}</p>}
      <p className="worksheet-scale">{t.worksheetScale}</p>
      <table className="worksheet-table">
        <thead>
          <tr>
            <th scope="col" className="worksheet-rowhead">
              {t.worksheetRow}
            </th>
            {matrix.stakeholders.map((s) => (
              <th key={s.key} scope="col" className="worksheet-col">
                <span>{stakeholderName(s, lang)}</span>
              </th>
            ))}
            <th scope="col" className="worksheet-notes">
              {t.worksheetNotes}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={row.key}>
              <th scope="row" className="worksheet-rowhead">
                {row.x1060Id ? (
                  <>
                    <b>{row.x1060Id}</b> {rowName(row, lang)}
                  </>
                ) : (
                  row.label
                )}
              </th>
              {matrix.stakeholders.map((s, c) => (
                <td key={s.key} className="worksheet-box">
                  {blank ? '' : scoreText(matrix.cells[r]?.[c] ?? null)}
                </td>
              ))}
              <td className="worksheet-notes">{blank ? '' : (matrix.rowNotes?.[row.key] ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

function scoreText(s: Score): string {
  return s === 'unknown' ? '?' : formatScore(s);
}
