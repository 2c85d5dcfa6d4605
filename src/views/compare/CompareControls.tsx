import type { RoleMatrix } from '../../domain/matrix';
import { MAX_THRESHOLD, MIN_THRESHOLD } from '../../domain/metrics/row-metrics';
import { compareMessages } from '../../i18n/compare-messages';
import { useAppState } from '../../state/store-context';
import { Checkbox } from '../../ui/Checkbox';
import { Select, type SelectProps } from '../../ui/Select';
import type { CompareGranularity } from '../../domain/compare-align';
import type { RollupRule } from '../../domain/rollup';
import { NumberField } from '../../ui/NumberField';
import { useCountryName } from '../use-country-name';
import { useMessages } from '../use-messages';

/** Which countries to compare (in the order chosen) and the player threshold. */
export function CompareControls({
  matrices,
  ids,
}: {
  readonly matrices: readonly RoleMatrix[];
  readonly ids: readonly string[];
}) {
  const t = useMessages(compareMessages);
  const countryName = useCountryName();
  const threshold = useAppState((s) => s.compareThreshold);
  const setIds = useAppState((s) => s.setCompareIds);
  const setThreshold = useAppState((s) => s.setCompareThreshold);
  const toggle = (id: string, on: boolean) =>
    setIds(on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id));
  return (
    <div className="compare-controls">
      <fieldset className="compare-countries">
        <legend className="select-label">{t.countries}</legend>
        {matrices.map((m) => (
          <Checkbox key={m.id} isSelected={ids.includes(m.id)} onChange={(on) => toggle(m.id, on)}>
            {m.countryCode ? `${countryName(m)} (${m.countryCode})` : countryName(m)}
          </Checkbox>
        ))}
      </fieldset>
      <GranularityControls />
      <div className="compare-threshold">
        <NumberField
          label={t.threshold}
          value={threshold}
          onChange={setThreshold}
          minValue={MIN_THRESHOLD}
          maxValue={MAX_THRESHOLD}
          step={0.5}
        />
        <p className="compare-help">{t.thresholdHelp}</p>
      </div>
    </div>
  );
}

/** As is / per category (with the heatmap's maximum or mean rule), 'auto' rolling up only mixed granularities. */
function GranularityControls() {
  const t = useMessages(compareMessages);
  const granularity = useAppState((s) => s.compareGranularity);
  const rollup = useAppState((s) => s.compareRollup);
  const setGranularity = useAppState((s) => s.setCompareGranularity);
  const setRollup = useAppState((s) => s.setCompareRollup);
  const selects: readonly (SelectProps & { readonly className: string })[] = [
    {
      label: t.granularity,
      className: 'compare-granularity-select',
      value: granularity,
      onChange: (id) => setGranularity(id as CompareGranularity),
      options: [
        { id: 'auto', label: t.granularityAuto },
        { id: 'as-is', label: t.granularityAsIs },
        { id: 'category', label: t.granularityCategory },
      ],
    },
    {
      label: t.rollup,
      className: 'compare-rollup',
      value: rollup,
      onChange: (id) => setRollup(id as RollupRule),
      options: [
        { id: 'max', label: t.rollupMax },
        { id: 'mean', label: t.rollupMean },
      ],
    },
  ];
  return (
    <div className="compare-granularity-controls">
      {selects.map((props) => (
        <Select key={props.className} {...props} />
      ))}
    </div>
  );
}
