// Generated once from shared/x1060/taxonomy.csv (ITU-T X.1060 (2021) ids), then kept by hand.
// English names whose enStatus is 'unofficial' are this project's translations of the Japanese in
// table 4 of the 脆弱性対応研究会 practitioner guide (seed 003); the Japanese is then the reference.

/** Where an English name comes from. */
export type EnglishNameStatus = 'official' | 'probable' | 'seed-slide' | 'unofficial';

export const CATEGORY_IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'] as const;
/** One of the nine X.1060 service categories. */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** An X.1060 service category (A–I). */
export interface X1060Category {
  readonly id: CategoryId;
  readonly nameEn: string;
  readonly nameJa: string;
  readonly enStatus: EnglishNameStatus;
  /** The Japanese as printed in the seed when it is a text-extraction error we corrected. */
  readonly nameJaInSeed?: string;
}

/** One of the 64 X.1060 services (A-1 … I-7). */
export interface X1060Service {
  readonly id: string;
  readonly category: CategoryId;
  readonly nameEn: string;
  readonly nameJa: string;
  readonly enStatus: EnglishNameStatus;
}

export const X1060_CATEGORIES: readonly X1060Category[] = [
  {
    id: 'A',
    nameEn: 'Strategic management of CDC',
    nameJa: '戦略マネジメント',
    enStatus: 'official',
    nameJaInSeed: 'CDCの戦略マニフェスト',
  },
  { id: 'B', nameEn: 'Real-time analysis', nameJa: '即時分析', enStatus: 'official' },
  { id: 'C', nameEn: 'Deep analysis', nameJa: '事後分析', enStatus: 'official' },
  { id: 'D', nameEn: 'Incident response', nameJa: 'インシデント対応', enStatus: 'official' },
  { id: 'E', nameEn: 'Checking and evaluating', nameJa: '診断と評価', enStatus: 'official' },
  {
    id: 'F',
    nameEn: 'Collection, analysis and evaluation of threat intelligence',
    nameJa: '脅威情報の収集および分析と評価',
    enStatus: 'official',
  },
  {
    id: 'G',
    nameEn: 'Development and maintenance of CDC platforms',
    nameJa: 'CDCプラットフォームの開発・保守',
    enStatus: 'official',
  },
  { id: 'H', nameEn: 'Support of internal fraud response', nameJa: '内部不正対応・分析支援', enStatus: 'official' },
  {
    id: 'I',
    nameEn: 'Active relationship with external parties',
    nameJa: '外部組織との積極的連携',
    enStatus: 'official',
    nameJaInSeed: '外部組織との連携的連携',
  },
];

export const X1060_SERVICES: readonly X1060Service[] = [
  { id: 'A-1', category: 'A', nameEn: 'Risk management', nameJa: 'リスクマネジメント', enStatus: 'official' },
  { id: 'A-2', category: 'A', nameEn: 'Risk assessment', nameJa: 'リスクアセスメント', enStatus: 'official' },
  { id: 'A-3', category: 'A', nameEn: 'Policy planning', nameJa: 'ポリシーの企画立案', enStatus: 'official' },
  { id: 'A-4', category: 'A', nameEn: 'Policy management', nameJa: 'ポリシー管理', enStatus: 'official' },
  { id: 'A-5', category: 'A', nameEn: 'Business continuity', nameJa: '事業継続性', enStatus: 'official' },
  { id: 'A-6', category: 'A', nameEn: 'Business impact analysis', nameJa: '事業影響度分析', enStatus: 'official' },
  { id: 'A-7', category: 'A', nameEn: 'Resource management', nameJa: 'リソース管理', enStatus: 'official' },
  {
    id: 'A-8',
    category: 'A',
    nameEn: 'Security architecture design',
    nameJa: 'セキュリティアーキテクチャ設計',
    enStatus: 'official',
  },
  {
    id: 'A-9',
    category: 'A',
    nameEn: 'Triage criteria management',
    nameJa: 'トリガー/アラート管理',
    enStatus: 'official',
  },
  { id: 'A-10', category: 'A', nameEn: 'Counter measures selection', nameJa: '対応策決定', enStatus: 'official' },
  { id: 'A-11', category: 'A', nameEn: 'Quality management', nameJa: '品質管理', enStatus: 'official' },
  { id: 'A-12', category: 'A', nameEn: 'Security audit', nameJa: 'セキュリティ監査', enStatus: 'official' },
  { id: 'A-13', category: 'A', nameEn: 'Certification', nameJa: '認証', enStatus: 'official' },
  { id: 'B-1', category: 'B', nameEn: 'Real time asset monitoring', nameJa: 'リアルタイム監視', enStatus: 'official' },
  { id: 'B-2', category: 'B', nameEn: 'Event data retention', nameJa: 'イベントデータ保管', enStatus: 'official' },
  { id: 'B-3', category: 'B', nameEn: 'Alerting and warning', nameJa: '通知・警告', enStatus: 'official' },
  {
    id: 'B-4',
    category: 'B',
    nameEn: 'Handling enquiry on report',
    nameJa: 'レポート問い合わせ対応',
    enStatus: 'official',
  },
  { id: 'C-1', category: 'C', nameEn: 'Forensic analysis', nameJa: 'フォレンジック分析', enStatus: 'official' },
  { id: 'C-2', category: 'C', nameEn: 'Malware sample analysis', nameJa: '検体解析', enStatus: 'official' },
  { id: 'C-3', category: 'C', nameEn: 'Tracking and tracing', nameJa: '追及・追跡', enStatus: 'official' },
  { id: 'C-4', category: 'C', nameEn: 'Forensic evidence collection', nameJa: '証拠収集', enStatus: 'official' },
  {
    id: 'D-1',
    category: 'D',
    nameEn: 'Incident report acceptance',
    nameJa: 'インシデント報告受付',
    enStatus: 'official',
  },
  { id: 'D-2', category: 'D', nameEn: 'Incident handling', nameJa: 'インシデントハンドリング', enStatus: 'probable' },
  { id: 'D-3', category: 'D', nameEn: 'Incident classification', nameJa: 'インシデント分類', enStatus: 'unofficial' },
  {
    id: 'D-4',
    category: 'D',
    nameEn: 'Incident response and containment',
    nameJa: 'インシデント対応・封じ込め',
    enStatus: 'unofficial',
  },
  { id: 'D-5', category: 'D', nameEn: 'Incident recovery', nameJa: 'インシデント復旧', enStatus: 'unofficial' },
  { id: 'D-6', category: 'D', nameEn: 'Incident notification', nameJa: 'インシデント通知', enStatus: 'unofficial' },
  {
    id: 'D-7',
    category: 'D',
    nameEn: 'Incident response reporting',
    nameJa: 'インシデント対応報告',
    enStatus: 'unofficial',
  },
  {
    id: 'E-1',
    category: 'E',
    nameEn: 'Network information collection',
    nameJa: 'ネットワーク情報収集',
    enStatus: 'seed-slide',
  },
  { id: 'E-2', category: 'E', nameEn: 'Asset inventory', nameJa: '資産棚卸', enStatus: 'unofficial' },
  { id: 'E-3', category: 'E', nameEn: 'Vulnerability assessment', nameJa: '脆弱性診断', enStatus: 'unofficial' },
  { id: 'E-4', category: 'E', nameEn: 'Patch management', nameJa: 'パッチ管理', enStatus: 'unofficial' },
  { id: 'E-5', category: 'E', nameEn: 'Penetration testing', nameJa: 'ペネトレーションテスト', enStatus: 'unofficial' },
  {
    id: 'E-6',
    category: 'E',
    nameEn: 'Advanced cyber attack vulnerability assessment',
    nameJa: '高度サイバー攻撃脆弱性評価',
    enStatus: 'unofficial',
  },
  {
    id: 'E-7',
    category: 'E',
    nameEn: 'Cyber attack readiness assessment',
    nameJa: 'サイバー攻撃対応力評価',
    enStatus: 'unofficial',
  },
  { id: 'E-8', category: 'E', nameEn: 'Policy compliance', nameJa: 'ポリシー遵守', enStatus: 'unofficial' },
  { id: 'E-9', category: 'E', nameEn: 'Audit', nameJa: '監査', enStatus: 'unofficial' },
  { id: 'F-1', category: 'F', nameEn: 'Post-mortem analysis', nameJa: '事後分析', enStatus: 'seed-slide' },
  {
    id: 'F-2',
    category: 'F',
    nameEn: 'Internal threat information collection and analysis',
    nameJa: '内部脅威情報の収集・分析',
    enStatus: 'unofficial',
  },
  {
    id: 'F-3',
    category: 'F',
    nameEn: 'External threat information collection and evaluation',
    nameJa: '外部脅威情報の収集・評価',
    enStatus: 'unofficial',
  },
  { id: 'F-4', category: 'F', nameEn: 'Threat information reporting', nameJa: '脅威情報報告', enStatus: 'unofficial' },
  {
    id: 'F-5',
    category: 'F',
    nameEn: 'Threat information utilisation',
    nameJa: '脅威情報の活用',
    enStatus: 'unofficial',
  },
  {
    id: 'G-1',
    category: 'G',
    nameEn: 'Security architecture implementation',
    nameJa: 'セキュリティフレームワーク構築',
    enStatus: 'seed-slide',
  },
  {
    id: 'G-2',
    category: 'G',
    nameEn: 'Basic operation of network security products',
    nameJa: 'ネットワークセキュリティ製品基本運用',
    enStatus: 'unofficial',
  },
  {
    id: 'G-3',
    category: 'G',
    nameEn: 'Advanced operation of network security products',
    nameJa: 'ネットワークセキュリティ製品高度運用',
    enStatus: 'unofficial',
  },
  {
    id: 'G-4',
    category: 'G',
    nameEn: 'Basic operation of endpoint security products',
    nameJa: 'エンドポイントセキュリティ製品基本運用',
    enStatus: 'unofficial',
  },
  {
    id: 'G-5',
    category: 'G',
    nameEn: 'Advanced operation of endpoint security products',
    nameJa: 'エンドポイントセキュリティ製品高度運用',
    enStatus: 'unofficial',
  },
  {
    id: 'G-6',
    category: 'G',
    nameEn: 'Basic operation of cloud security products',
    nameJa: 'クラウドセキュリティ製品基本運用',
    enStatus: 'unofficial',
  },
  {
    id: 'G-7',
    category: 'G',
    nameEn: 'Advanced operation of cloud security products',
    nameJa: 'クラウドセキュリティ製品高度運用',
    enStatus: 'unofficial',
  },
  {
    id: 'G-8',
    category: 'G',
    nameEn: 'Operation of standard analysis tools',
    nameJa: '標準分析ツール運用',
    enStatus: 'unofficial',
  },
  {
    id: 'G-9',
    category: 'G',
    nameEn: 'Basic operation of the analysis platform',
    nameJa: '分析基盤基本運用',
    enStatus: 'unofficial',
  },
  {
    id: 'G-10',
    category: 'G',
    nameEn: 'Advanced operation of the analysis platform',
    nameJa: '分析基盤高度運用',
    enStatus: 'unofficial',
  },
  { id: 'G-11', category: 'G', nameEn: 'CDC system operation', nameJa: 'CDCシステム運用', enStatus: 'unofficial' },
  {
    id: 'G-12',
    category: 'G',
    nameEn: 'Verification of monitoring security tools',
    nameJa: '監視セキュリティツール検証',
    enStatus: 'unofficial',
  },
  {
    id: 'G-13',
    category: 'G',
    nameEn: 'Post-incident verification of the security framework',
    nameJa: '事後セキュリティフレーム検証',
    enStatus: 'unofficial',
  },
  {
    id: 'H-1',
    category: 'H',
    nameEn: 'Internal fraud response and analysis support',
    nameJa: '内部不正対応・分析支援',
    enStatus: 'seed-slide',
  },
  {
    id: 'H-2',
    category: 'H',
    nameEn: 'Support for internal fraud detection and prevention of recurrence',
    nameJa: '内部不正検知・再発防止支援',
    enStatus: 'unofficial',
  },
  { id: 'I-1', category: 'I', nameEn: 'Awareness', nameJa: '意識啓発', enStatus: 'seed-slide' },
  { id: 'I-2', category: 'I', nameEn: 'Education and training', nameJa: '教育・トレーニング', enStatus: 'unofficial' },
  {
    id: 'I-3',
    category: 'I',
    nameEn: 'Security consulting',
    nameJa: 'セキュリティコンサルティング',
    enStatus: 'unofficial',
  },
  {
    id: 'I-4',
    category: 'I',
    nameEn: 'Collaboration with security vendors',
    nameJa: 'セキュリティベンダー連携',
    enStatus: 'unofficial',
  },
  {
    id: 'I-5',
    category: 'I',
    nameEn: 'Collaboration with security organisations',
    nameJa: 'セキュリティ関連団体との連携',
    enStatus: 'unofficial',
  },
  { id: 'I-6', category: 'I', nameEn: 'Technical reporting', nameJa: '技術報告', enStatus: 'unofficial' },
  {
    id: 'I-7',
    category: 'I',
    nameEn: 'Security reporting to external parties',
    nameJa: '外部向けセキュリティ報告',
    enStatus: 'unofficial',
  },
];
