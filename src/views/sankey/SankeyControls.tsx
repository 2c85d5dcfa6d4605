import { ToggleButton } from 'react-aria-components';
import { sankeyMessages } from '../../i18n/sankey-messages';
import { useAppState } from '../../state/store-context';
import { Checkbox } from '../../ui/Checkbox';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { useCountryName } from '../use-country-name';
import { useMessages } from '../use-messages';

const NONE = '';

/** The Sankey's options, every one in the store and reachable by keyboard. */
export function SankeyControls() {
  const t = useMessages(sankeyMessages);
  const countryName = useCountryName();
  const s = useAppState((st) => st);
  const others = s.workspace.matrices.filter((m) => m.id !== s.selectedId);
  return (
    <div className="controls" role="group" aria-label={t.options}>
      <Select
        label={t.direction}
        value={s.sankeyDirection}
        onChange={(v) => s.setSankeyDirection(v === 'reverse' ? 'reverse' : 'forward')}
        options={[
          { id: 'forward', label: t.directionForward },
          { id: 'reverse', label: t.directionReverse },
        ]}
      />
      <Select
        label={t.order}
        value={s.sankeyOrder}
        onChange={(v) => s.setSankeyOrder(v === 'flow' ? 'flow' : 'x1060')}
        options={[
          { id: 'x1060', label: t.orderX1060 },
          { id: 'flow', label: t.orderFlow },
        ]}
      />
      <NumberField
        label={t.minScore}
        value={s.sankeyMinScore}
        minValue={0}
        maxValue={10}
        step={0.5}
        onChange={s.setSankeyMinScore}
      />
      <Select
        label={t.weighting}
        value={s.sankeyNormalise ? 'normalised' : 'raw'}
        onChange={(v) => s.setSankeyNormalise(v === 'normalised')}
        options={[
          { id: 'raw', label: t.weightingRaw },
          { id: 'normalised', label: t.weightingNormalised },
        ]}
      />
      <Select
        label={t.colorBy}
        value={s.sankeyColorBy}
        onChange={(v) => s.setSankeyColorBy(v === 'sector' ? 'sector' : 'source')}
        options={[
          { id: 'source', label: t.colorBySource },
          { id: 'sector', label: t.colorBySector },
        ]}
      />
      <Select
        label={t.compareWith}
        value={
          s.sankeyCompareId !== undefined && others.some((m) => m.id === s.sankeyCompareId) ? s.sankeyCompareId : NONE
        }
        onChange={(v) => s.setSankeyCompareId(v === NONE ? undefined : v)}
        options={[{ id: NONE, label: t.compareNone }, ...others.map((m) => ({ id: m.id, label: countryName(m) }))]}
      />
      <Checkbox isSelected={s.sankeyShowSectors} onChange={s.setSankeyShowSectors}>
        {t.showSectors}
      </Checkbox>
      <ToggleButton className="btn btn-secondary" isSelected={s.sankeyShowTable} onChange={s.setSankeyShowTable}>
        {t.showTable}
      </ToggleButton>
    </div>
  );
}
