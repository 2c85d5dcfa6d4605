/**
 * Sector groups used to aggregate stakeholders. Chosen to match the seed's comparison of
 * government-led, private-sector-led and academic roles; "other" holds custom stakeholders whose
 * sector nobody stated.
 */
export const SECTOR_GROUPS = ['government', 'law-enforcement', 'private', 'academia', 'other'] as const;
export type SectorGroup = (typeof SECTOR_GROUPS)[number];

export const SECTOR_NAMES: Record<SectorGroup, { en: string; ja: string }> = {
  government: { en: 'Government', ja: '政府' },
  'law-enforcement': { en: 'Law enforcement', ja: '法執行' },
  private: { en: 'Private sector', ja: '民間' },
  academia: { en: 'Academia', ja: '学術' },
  other: { en: 'Other', ja: 'その他' },
};

/** A standard stakeholder type: the ten columns of the JPCERT/CC division-of-roles tables. */
export interface StakeholderType {
  readonly id: string;
  readonly nameEn: string;
  readonly nameJa: string;
  readonly sector: SectorGroup;
  /** Other spellings met in real files; matched case-, space- and punctuation-insensitively. */
  readonly aliases: readonly string[];
}

export const STANDARD_STAKEHOLDERS: readonly StakeholderType[] = [
  {
    id: 'ncsc',
    nameEn: 'NCSC',
    nameJa: 'ナショナルサイバーセキュリティセンター',
    sector: 'government',
    aliases: [
      'National Cyber Security Centre',
      'National Cyber Security Center',
      'National cybersecurity agency',
      'NISC',
      'NCSC (national agency)',
      '国家サイバーセキュリティセンター',
      'サイバーセキュリティ庁',
    ],
  },
  {
    id: 'national-csirt',
    nameEn: 'National CSIRTs',
    nameJa: 'ナショナルCSIRT',
    sector: 'government',
    aliases: [
      'National CSIRT',
      'National CERT',
      'National CERTs',
      'CSIRT (national)',
      'nCSIRT',
      'ナショナルCSIRT',
      '国家CSIRT',
    ],
  },
  {
    id: 'psirt',
    nameEn: 'PSIRT',
    nameJa: 'PSIRT',
    sector: 'private',
    aliases: [
      'PSIRTs',
      'Product CSIRT',
      'Product CSIRTs',
      'Product Security Incident Response Team',
      '製品セキュリティインシデント対応チーム',
    ],
  },
  {
    id: 'private-csirt',
    nameEn: 'Private CSIRTs',
    nameJa: '民間CSIRT',
    sector: 'private',
    aliases: [
      'Private CSIRT',
      'Private CERT',
      'Enterprise CSIRT',
      'Corporate CSIRT',
      '企業CSIRT',
      '組織内CSIRT',
      'プライベートCSIRT',
      '民間のCSIRT',
    ],
  },
  {
    id: 'le-justice',
    nameEn: 'LE/Justice',
    nameJa: '法執行機関・司法',
    sector: 'law-enforcement',
    aliases: [
      'LE',
      'Law enforcement',
      'Law enforcement and justice',
      'LE/Police/Justice',
      'Police',
      'Justice',
      '警察',
      '法執行機関',
      '警察・司法',
    ],
  },
  {
    id: 'isac',
    nameEn: 'ISAC',
    nameJa: 'ISAC',
    sector: 'private',
    aliases: [
      'ISACs',
      'Information Sharing and Analysis Center',
      'Information Sharing and Analysis Centre',
      'Sectoral ISAC',
    ],
  },
  {
    id: 'national-soc',
    nameEn: 'National SOC',
    nameJa: 'ナショナルSOC',
    sector: 'government',
    aliases: ['National SOCs', 'Government SOC', 'SOC (national)', '政府SOC', '国家SOC'],
  },
  {
    id: 'private-soc',
    nameEn: 'Private SOC',
    nameJa: '民間SOC',
    sector: 'private',
    aliases: ['Private SOCs', 'Commercial SOC', 'MSSP', 'SOC (private)', 'プライベートSOC', '企業SOC', '商用SOC'],
  },
  {
    id: 'academia',
    nameEn: 'Academia',
    nameJa: '学術機関',
    sector: 'academia',
    aliases: ['Academic', 'Universities', 'University', 'Research institutes', '大学', '研究機関', 'アカデミア'],
  },
  {
    id: 'certificate-vendor',
    nameEn: 'Certificate Vendor',
    nameJa: '認証ベンダー',
    sector: 'private',
    aliases: ['Certificate Vendors', 'Certification vendor', 'Certificate authority', 'CA', '認証局', '証明書ベンダー'],
  },
];

/** Folds case, width, spaces and punctuation so that "national  csirts" meets "National CSIRTs". */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000_\-‐‑–—・･/.,()（）[\]「」'"]+/gu, '');
}

const byFolded = new Map<string, StakeholderType>();
for (const t of STANDARD_STAKEHOLDERS) {
  for (const n of [t.id, t.nameEn, t.nameJa, ...t.aliases]) byFolded.set(foldName(n), t);
}

/** The standard type a header names, or undefined for a custom stakeholder. */
export function matchStakeholderType(header: string): StakeholderType | undefined {
  return byFolded.get(foldName(header));
}

/** The standard type with this id. */
export function getStakeholderType(id: string): StakeholderType | undefined {
  return STANDARD_STAKEHOLDERS.find((t) => t.id === id);
}
