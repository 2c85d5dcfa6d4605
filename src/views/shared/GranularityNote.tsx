import { mixedGranularity, type ResolvedGranularity } from '../../domain/compare-align';
import type { RoleMatrix } from '../../domain/matrix';
import type { RollupRule } from '../../domain/rollup';
import type { compareMessages } from '../../i18n/compare-messages';

type CompareText = (typeof compareMessages)['en'];

/** The sentence under a chart or table that says how its rows were lined up, and warns of unlike rows. */
export function granularityText(
  t: CompareText,
  granularity: ResolvedGranularity,
  rule: RollupRule,
  shown: readonly RoleMatrix[],
): string {
  if (granularity === 'category')
    return t.alignedPerCategory((rule === 'max' ? t.rollupMax : t.rollupMean).toLowerCase());
  if (!mixedGranularity(shown)) return t.alignedAsIs;
  const counts = shown.map((m) => t.rowCount(m.country, m.rows.length)).join(', ');
  return `${t.alignedAsIs} ${t.rowCountCaveat(counts)}`;
}

export interface GranularityNoteProps {
  readonly t: CompareText;
  readonly granularity: ResolvedGranularity;
  readonly rule: RollupRule;
  /** The matrices as drawn (rolled up or not). */
  readonly shown: readonly RoleMatrix[];
}

/** States under a chart how its rows are lined up; a caveat (role=note) when unlike rows are compared. */
export function GranularityNote({ t, granularity, rule, shown }: GranularityNoteProps) {
  const caveat = granularity === 'as-is' && mixedGranularity(shown);
  return (
    <p className={`compare-granularity${caveat ? ' compare-caveat' : ''}`} role={caveat ? 'note' : undefined}>
      {granularityText(t, granularity, rule, shown)}
    </p>
  );
}
