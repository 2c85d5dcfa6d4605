import { useState } from 'react';
import { addStakeholder } from '../../domain/edit-ops';
import type { RoleMatrix } from '../../domain/matrix';
import { STANDARD_STAKEHOLDERS } from '../../domain/stakeholders';
import { editorMessages } from '../../i18n/editor-messages';
import { useAppState } from '../../state/store-context';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { useMessages } from '../use-messages';
import type { EditSelected } from './use-edit-selected';

export const CUSTOM = '__custom__';

/** Adds a stakeholder: a standard type not yet in the matrix, or a custom one by name. */
export function AddStakeholder({ matrix, edit }: { matrix: RoleMatrix; edit: EditSelected }) {
  const t = useMessages(editorMessages);
  const lang = useAppState((s) => s.lang);
  const freeTypes = STANDARD_STAKEHOLDERS.filter((s) => !matrix.stakeholders.some((x) => x.key === s.id));
  // A type that was just added leaves the options: fall back to the first one still free.
  const [typePick, setType] = useState<string>(freeTypes[0]?.id ?? CUSTOM);
  const type =
    typePick === CUSTOM || freeTypes.some((s) => s.id === typePick) ? typePick : (freeTypes[0]?.id ?? CUSTOM);
  const [customName, setCustomName] = useState('');
  return (
    <fieldset>
      <legend>{t.addStakeholder}</legend>
      <Select
        label={t.standardType}
        value={type}
        onChange={setType}
        options={[
          ...freeTypes.map((s) => ({ id: s.id, label: lang === 'ja' ? s.nameJa : s.nameEn })),
          { id: CUSTOM, label: t.customType },
        ]}
      />
      {type === CUSTOM && (
        <label className="textfield">
          <span className="select-label">{t.customName}</span>
          <input className="textfield-input" value={customName} onChange={(e) => setCustomName(e.target.value)} />
        </label>
      )}
      <Button
        isDisabled={type === CUSTOM && customName.trim() === ''}
        onPress={() => {
          const std = freeTypes.find((s) => s.id === type);
          // A refused name stays in the field, to be corrected.
          if (
            edit((m) =>
              std ? addStakeholder(m, std.nameEn, { typeId: std.id }) : addStakeholder(m, customName.trim()),
            )
          )
            setCustomName('');
        }}
      >
        {t.add}
      </Button>
    </fieldset>
  );
}
