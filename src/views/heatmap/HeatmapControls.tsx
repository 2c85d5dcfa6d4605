import { memo, useMemo, useState } from 'react';
import { PALETTE_IDS } from '../../charts/color-scales';
import { paletteName } from '../../i18n/chart-messages';
import type { RoleMatrix, Stakeholder } from '../../domain/matrix';
import { rowName, stakeholderName } from '../../domain/matrix';
import type { ColumnSort, MarginalKind, PaletteId, RowSort } from '../../domain/display-options';
import { heatmapMessages } from '../../i18n/heatmap-messages';
import { useAppState } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { NumberField } from '../../ui/NumberField';
import { PopoverButton } from '../../ui/PopoverButton';
import { Select } from '../../ui/Select';
import { useMessages } from '../use-messages';

// Each control subscribes to its own value only: a change re-renders one control, not the bar.
// (react-aria's Select measures its trigger on render, which forces a layout of the whole page.)

/** The heatmap's display choices: every one reachable by keyboard, every one in the store. */
export const HeatmapControls = memo(function HeatmapControls({ matrix }: { matrix: RoleMatrix }) {
  const t = useMessages(heatmapMessages);
  const hasServices = matrix.rows.some((r) => r.x1060Id?.includes('-'));
  // Countries of one file share their categories and stakeholders: the controls then stay as drawn.
  const categories = [
    ...new Set(matrix.rows.map((r) => r.x1060Id?.split('-')[0]).filter((c): c is string => Boolean(c))),
  ].join(' ');
  return (
    <div className="controls" role="group" aria-label={t.show}>
      {hasServices && <GranularityControls categories={categories} />}
      <RowSortSelect stakeholders={matrix.stakeholders} />
      <ColumnSortSelect />
      <MarginalSelect />
      <PaletteSelect />
      <ColorModeControls />
      <ThresholdField />
      <ThemeSelect />
      <HideShow matrix={matrix} />
      <TableToggle />
    </div>
  );
});

/** Granularity and roll-up; `categories` are the matrix's category letters, space-separated. */
const GranularityControls = memo(function GranularityControls({ categories }: { categories: string }) {
  const t = useMessages(heatmapMessages);
  const granularity = useAppState((s) => s.heatmap.granularity);
  const rollup = useAppState((s) => s.heatmap.rollup);
  const anyExpanded = useAppState((s) => s.heatmap.expanded.length > 0);
  const setGranularity = useAppState((s) => s.setGranularity);
  const setRollup = useAppState((s) => s.setRollup);
  const setHeatmap = useAppState((s) => s.setHeatmap);
  return (
    <>
      <Select
        label={t.show}
        value={granularity}
        onChange={(v) => setGranularity(v === 'category' ? 'category' : 'as-is')}
        options={[
          { id: 'as-is', label: t.asScored },
          { id: 'category', label: t.byCategory },
        ]}
      />
      {granularity === 'category' && (
        <>
          <Select
            label={t.rollup}
            value={rollup}
            onChange={(v) => setRollup(v === 'mean' ? 'mean' : 'max')}
            options={[
              { id: 'max', label: t.rollupMax },
              { id: 'mean', label: t.rollupMean },
            ]}
          />
          <Button onPress={() => setHeatmap({ expanded: anyExpanded ? [] : categories.split(' ') })}>
            {anyExpanded ? t.collapseAll : t.expandAll}
          </Button>
        </>
      )}
    </>
  );
});

const RowSortSelect = memo(function RowSortSelect({ stakeholders }: { stakeholders: readonly Stakeholder[] }) {
  const t = useMessages(heatmapMessages);
  const lang = useAppState((s) => s.lang);
  const value = useAppState((s) => s.heatmap.rowSort);
  const setRowSort = useAppState((s) => s.setRowSort);
  const options = useMemo(
    () => [
      { id: 'original', label: t.sortOriginal },
      { id: 'x1060', label: t.sortX1060 },
      { id: 'total', label: t.sortTotal },
      ...stakeholders.map((s) => ({ id: `stakeholder:${s.key}`, label: t.sortBy(stakeholderName(s, lang)) })),
    ],
    [t, stakeholders, lang],
  );
  return <Select label={t.sortRows} value={value} onChange={(v) => setRowSort(v as RowSort)} options={options} />;
}, sameStakeholders);

function sameStakeholders(
  a: { stakeholders: readonly Stakeholder[] },
  b: { stakeholders: readonly Stakeholder[] },
): boolean {
  return a.stakeholders.length === b.stakeholders.length && a.stakeholders.every((s, i) => s === b.stakeholders[i]);
}

const ColumnSortSelect = memo(function ColumnSortSelect() {
  const t = useMessages(heatmapMessages);
  const value = useAppState((s) => s.heatmap.columnSort);
  const set = useAppState((s) => s.setColumnSort);
  return (
    <Select
      label={t.sortColumns}
      value={value}
      onChange={(v) => set(v as ColumnSort)}
      options={[
        { id: 'original', label: t.colOriginal },
        { id: 'total', label: t.colTotal },
        { id: 'sector', label: t.colSector },
      ]}
    />
  );
});

const MarginalSelect = memo(function MarginalSelect() {
  const t = useMessages(heatmapMessages);
  const value = useAppState((s) => s.heatmap.marginal);
  const set = useAppState((s) => s.setMarginal);
  return (
    <Select
      label={t.marginal}
      value={value}
      onChange={(v) => set(v as MarginalKind)}
      options={[
        { id: 'total', label: t.marginalTotal },
        { id: 'max', label: t.marginalMax },
        { id: 'none', label: t.marginalNone },
      ]}
    />
  );
});

const PaletteSelect = memo(function PaletteSelect() {
  const t = useMessages(heatmapMessages);
  const lang = useAppState((s) => s.lang);
  const value = useAppState((s) => s.palette);
  const set = useAppState((s) => s.setPalette);
  return (
    <Select
      label={t.palette}
      value={value}
      onChange={(v) => set(v as PaletteId)}
      options={PALETTE_IDS.map((id) => ({ id, label: paletteName(lang, id) }))}
    />
  );
});

const ColorModeControls = memo(function ColorModeControls() {
  const t = useMessages(heatmapMessages);
  const mode = useAppState((s) => s.heatmap.colorMode);
  const brackets = useAppState((s) => s.heatmap.brackets);
  const setHeatmap = useAppState((s) => s.setHeatmap);
  return (
    <>
      <Select
        label={t.colorMode}
        value={mode}
        onChange={(v) => setHeatmap({ colorMode: v === 'brackets' ? 'brackets' : 'continuous' })}
        options={[
          { id: 'continuous', label: t.continuous },
          { id: 'brackets', label: t.brackets },
        ]}
      />
      {mode === 'brackets' && <BracketField bounds={brackets} onChange={(b) => setHeatmap({ brackets: b })} />}
    </>
  );
});

const ThresholdField = memo(function ThresholdField() {
  const t = useMessages(heatmapMessages);
  const value = useAppState((s) => s.heatmap.threshold);
  const setHeatmap = useAppState((s) => s.setHeatmap);
  return (
    <NumberField
      label={t.threshold}
      value={value}
      minValue={0}
      maxValue={10}
      step={1}
      onChange={(threshold) => setHeatmap({ threshold })}
    />
  );
});

const ThemeSelect = memo(function ThemeSelect() {
  const t = useMessages(heatmapMessages);
  const value = useAppState((s) => s.theme);
  const set = useAppState((s) => s.setTheme);
  return (
    <Select
      label={t.theme}
      value={value}
      onChange={(v) => set(v === 'dark' ? 'dark' : 'light')}
      options={[
        { id: 'light', label: t.light },
        { id: 'dark', label: t.dark },
      ]}
    />
  );
});

function HideShow({ matrix }: { matrix: RoleMatrix }) {
  const t = useMessages(heatmapMessages);
  const lang = useAppState((s) => s.lang);
  const hiddenRows = useAppState((s) => s.heatmap.hiddenRows);
  const hiddenColumns = useAppState((s) => s.heatmap.hiddenColumns);
  const toggleRow = useAppState((s) => s.toggleHiddenRow);
  const toggleColumn = useAppState((s) => s.toggleHiddenColumn);
  const showAll = useAppState((s) => s.showAllRowsAndColumns);
  return (
    <PopoverButton label={t.hideShow}>
      <div className="hide-show">
        <fieldset>
          <legend>{t.rowsLabel}</legend>
          {matrix.rows.map((r) => (
            <Checkbox key={r.key} isSelected={!hiddenRows.includes(r.key)} onChange={() => toggleRow(r.key)}>
              {r.x1060Id ? `${r.x1060Id} ` : ''}
              {rowName(r, lang)}
            </Checkbox>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.columnsLabel}</legend>
          {matrix.stakeholders.map((s) => (
            <Checkbox key={s.key} isSelected={!hiddenColumns.includes(s.key)} onChange={() => toggleColumn(s.key)}>
              {stakeholderName(s, lang)}
            </Checkbox>
          ))}
        </fieldset>
      </div>
      <Button onPress={showAll}>{t.showAll}</Button>
    </PopoverButton>
  );
}

const TableToggle = memo(function TableToggle() {
  const t = useMessages(heatmapMessages);
  const showTable = useAppState((s) => s.heatmap.showTable);
  const setHeatmap = useAppState((s) => s.setHeatmap);
  return (
    <Button onPress={() => setHeatmap({ showTable: !showTable })} aria-pressed={showTable}>
      {showTable ? t.showChart : t.showTable}
    </Button>
  );
});

/** Editable bracket bounds: applied when the text parses, kept as typed otherwise. */
function BracketField({ bounds, onChange }: { bounds: readonly number[]; onChange: (b: number[]) => void }) {
  const t = useMessages(heatmapMessages);
  const [text, setText] = useState(bounds.join(', '));
  const parse = (v: string) =>
    v
      .split(/[,\s、]+/)
      .filter(Boolean)
      .map(Number);
  const isValid = (ns: number[]) => ns.length > 0 && ns.every((n) => Number.isFinite(n) && n > 0 && n <= 10);
  return (
    <label className="textfield">
      <span className="select-label">{t.bracketBounds}</span>
      <input
        className="textfield-input"
        value={text}
        aria-invalid={!isValid(parse(text))}
        aria-describedby="bracket-help"
        onChange={(e) => {
          setText(e.target.value);
          const next = parse(e.target.value);
          if (isValid(next)) onChange(next);
        }}
      />
      <span id="bracket-help" className="field-help">
        {t.bracketHelp}
      </span>
    </label>
  );
}
