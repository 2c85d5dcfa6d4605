import { useState } from 'react';
import { PALETTE_IDS, PALETTES } from '../../charts/color-scales';
import type { RoleMatrix } from '../../domain/matrix';
import { rowName, stakeholderName } from '../../domain/matrix';
import { heatmapMessages } from '../../i18n/heatmap-messages';
import { useAppState } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { NumberField } from '../../ui/NumberField';
import { PopoverButton } from '../../ui/PopoverButton';
import { Select } from '../../ui/Select';
import { useMessages } from '../use-messages';

/** The heatmap's display choices: every one reachable by keyboard, every one in the store. */
export function HeatmapControls({ matrix }: { matrix: RoleMatrix }) {
  const t = useMessages(heatmapMessages);
  const lang = useAppState((s) => s.lang);
  const h = useAppState((s) => s.heatmap);
  const palette = useAppState((s) => s.palette);
  const theme = useAppState((s) => s.theme);
  const a = useAppState((s) => s);
  const hasServices = matrix.rows.some((r) => r.x1060Id?.includes('-'));
  const categories = [...new Set(matrix.rows.map((r) => r.x1060Id?.split('-')[0]).filter((c): c is string => Boolean(c)))];
  return (
    <div className="controls" role="group" aria-label={t.show}>
      {hasServices && (
        <>
          <Select label={t.show} value={h.granularity} onChange={(v) => a.setGranularity(v === 'category' ? 'category' : 'as-is')} options={[{ id: 'as-is', label: t.asScored }, { id: 'category', label: t.byCategory }]} />
          {h.granularity === 'category' && (
            <>
              <Select label={t.rollup} value={h.rollup} onChange={(v) => a.setRollup(v === 'mean' ? 'mean' : 'max')} options={[{ id: 'max', label: t.rollupMax }, { id: 'mean', label: t.rollupMean }]} />
              <Button onPress={() => a.setHeatmap({ expanded: h.expanded.length > 0 ? [] : categories })}>{h.expanded.length > 0 ? t.collapseAll : t.expandAll}</Button>
            </>
          )}
        </>
      )}
      <Select
        label={t.sortRows}
        value={h.rowSort}
        onChange={(v) => a.setRowSort(v as typeof h.rowSort)}
        options={[
          { id: 'original', label: t.sortOriginal },
          { id: 'x1060', label: t.sortX1060 },
          { id: 'total', label: t.sortTotal },
          ...matrix.stakeholders.map((s) => ({ id: `stakeholder:${s.key}`, label: t.sortBy(stakeholderName(s, lang)) })),
        ]}
      />
      <Select label={t.sortColumns} value={h.columnSort} onChange={(v) => a.setColumnSort(v as typeof h.columnSort)} options={[{ id: 'original', label: t.colOriginal }, { id: 'total', label: t.colTotal }, { id: 'sector', label: t.colSector }]} />
      <Select label={t.marginal} value={h.marginal} onChange={(v) => a.setMarginal(v as typeof h.marginal)} options={[{ id: 'total', label: t.marginalTotal }, { id: 'max', label: t.marginalMax }, { id: 'none', label: t.marginalNone }]} />
      <Select label={t.palette} value={palette} onChange={(v) => a.setPalette(v as typeof palette)} options={PALETTE_IDS.map((id) => ({ id, label: lang === 'ja' ? PALETTES[id].nameJa : PALETTES[id].nameEn }))} />
      <Select label={t.colorMode} value={h.colorMode} onChange={(v) => a.setHeatmap({ colorMode: v === 'brackets' ? 'brackets' : 'continuous' })} options={[{ id: 'continuous', label: t.continuous }, { id: 'brackets', label: t.brackets }]} />
      {h.colorMode === 'brackets' && <BracketField bounds={h.brackets} onChange={(brackets) => a.setHeatmap({ brackets })} />}
      <NumberField label={t.threshold} value={h.threshold} minValue={0} maxValue={10} step={1} onChange={(threshold) => a.setHeatmap({ threshold })} />
      <Select label={t.theme} value={theme} onChange={(v) => a.setTheme(v === 'dark' ? 'dark' : 'light')} options={[{ id: 'light', label: t.light }, { id: 'dark', label: t.dark }]} />
      <PopoverButton label={t.hideShow}>
        <div className="hide-show">
          <fieldset>
            <legend>{t.rowsLabel}</legend>
            {matrix.rows.map((r) => (
              <Checkbox key={r.key} isSelected={!h.hiddenRows.includes(r.key)} onChange={() => a.toggleHiddenRow(r.key)}>
                {r.x1060Id ? `${r.x1060Id} ` : ''}
                {rowName(r, lang)}
              </Checkbox>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t.columnsLabel}</legend>
            {matrix.stakeholders.map((s) => (
              <Checkbox key={s.key} isSelected={!h.hiddenColumns.includes(s.key)} onChange={() => a.toggleHiddenColumn(s.key)}>
                {stakeholderName(s, lang)}
              </Checkbox>
            ))}
          </fieldset>
        </div>
        <Button onPress={a.showAllRowsAndColumns}>{t.showAll}</Button>
      </PopoverButton>
      <Button onPress={() => a.setHeatmap({ showTable: !h.showTable })} aria-pressed={h.showTable}>
        {h.showTable ? t.showChart : t.showTable}
      </Button>
    </div>
  );
}

/** Editable bracket bounds: applied when the text parses, kept as typed otherwise. */
function BracketField({ bounds, onChange }: { bounds: readonly number[]; onChange: (b: number[]) => void }) {
  const t = useMessages(heatmapMessages);
  const [text, setText] = useState(bounds.join(', '));
  const parsed = text.split(/[,\s、]+/).filter(Boolean).map(Number);
  const valid = parsed.length > 0 && parsed.every((n) => Number.isFinite(n) && n > 0 && n <= 10);
  return (
    <label className="textfield">
      <span className="select-label">{t.bracketBounds}</span>
      <input
        className="textfield-input"
        value={text}
        aria-invalid={!valid}
        aria-describedby="bracket-help"
        onChange={(e) => {
          setText(e.target.value);
          const next = e.target.value.split(/[,\s、]+/).filter(Boolean).map(Number);
          if (next.length > 0 && next.every((n) => Number.isFinite(n) && n > 0 && n <= 10)) onChange(next);
        }}
      />
      <span id="bracket-help" className="field-help">
        {t.bracketHelp}
      </span>
    </label>
  );
}
