// Fixed data shared by the Sankey layout tests: 3 categories × 3 stakeholders with a blank, an
// explicit 0 and an unknown, small enough to check every number by hand.
import { sankeyWords } from '../../src/charts/sankey/sankey-describe';
import type { SankeyInput, SankeyOptions, SankeyWords } from '../../src/charts/sankey/sankey-types';
import { DEFAULT_SANKEY_OPTIONS } from '../../src/charts/sankey/sankey-types';
import { SECTOR_NAMES } from '../../src/domain/stakeholders';
import { X1060_CATEGORIES, X1060_SERVICES } from '../../src/domain/taxonomy-x1060';
import { sankeyMessages } from '../../src/i18n/sankey-messages';

export const SMALL: SankeyInput = {
  rows: [
    { key: 'A', id: 'A', name: 'Strategic management of CDC', category: 'A' },
    { key: 'B', id: 'B', name: 'Real-time analysis', category: 'B' },
    { key: 'C', id: 'C', name: 'Deep analysis', category: 'C' },
  ],
  stakeholders: [
    { key: 'ncsc', name: 'NCSC', sector: 'government' },
    { key: 'psirt', name: 'PSIRT', sector: 'private' },
    { key: 'academia', name: 'Academia', sector: 'academia' },
  ],
  values: [
    [10, 5, null],
    [0, 'unknown', 4],
    [2, 8, 6],
  ],
  sectorNames: {
    government: 'Government',
    'law-enforcement': 'Law enforcement',
    private: 'Private sector',
    academia: 'Academia',
    other: 'Other',
  },
  categoryNames: Object.fromEntries(X1060_CATEGORIES.map((c) => [c.id, c.nameEn])),
};

/** Options with some fields changed. */
export const opts = (o: Partial<SankeyOptions> = {}): SankeyOptions => ({ ...DEFAULT_SANKEY_OPTIONS, ...o });

/** English words for a title. */
export const wordsFor = (input: SankeyInput, o: SankeyOptions, title = 'Test'): SankeyWords =>
  sankeyWords(sankeyMessages.en, title, input, o);

/** All 64 X.1060 services × the ten standard stakeholders, deterministic scores, some blank and unknown. */
export function services64(lang: 'en' | 'ja' = 'en'): SankeyInput {
  const stakeholders = [
    ['ncsc', 'NCSC', 'ナショナルサイバーセキュリティセンター', 'government'],
    ['national-csirt', 'National CSIRTs', 'ナショナルCSIRT', 'government'],
    ['psirt', 'PSIRT', 'PSIRT', 'private'],
    ['private-csirt', 'Private CSIRTs', '民間CSIRT', 'private'],
    ['le-justice', 'LE/Justice', '法執行機関・司法', 'law-enforcement'],
    ['isac', 'ISAC', 'ISAC', 'private'],
    ['national-soc', 'National SOC', 'ナショナルSOC', 'government'],
    ['private-soc', 'Private SOC', '民間SOC', 'private'],
    ['academia', 'Academia', '学術機関', 'academia'],
    ['certificate-vendor', 'Certificate Vendor', '認証ベンダー', 'private'],
  ] as const;
  return {
    rows: X1060_SERVICES.map((s) => ({
      key: s.id,
      id: s.id,
      name: lang === 'ja' ? s.nameJa : s.nameEn,
      category: s.category,
    })),
    stakeholders: stakeholders.map(([key, en, ja, sector]) => ({ key, name: lang === 'ja' ? ja : en, sector })),
    values: X1060_SERVICES.map((_, i) =>
      stakeholders.map((_, j) => ((i + j) % 9 === 0 ? null : (i * j) % 37 === 5 ? 'unknown' : (i * 7 + j * 3) % 11)),
    ),
    sectorNames: Object.fromEntries(
      Object.entries(SECTOR_NAMES).map(([g, n]) => [g, n[lang]]),
    ) as SankeyInput['sectorNames'],
    categoryNames: Object.fromEntries(X1060_CATEGORIES.map((c) => [c.id, lang === 'ja' ? c.nameJa : c.nameEn])),
  };
}
