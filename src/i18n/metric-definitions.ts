// The one text that defines every comparison metric, in English and Japanese. The comparison view
// shows it and the README section is generated from it (metricDefinitionsMarkdown in
// metric-messages.ts), so the app and the documentation cannot drift apart. A term missing in
// either language fails tsc.
import type { Lang } from '../domain/display-options';
import type { DefinitionId } from '../domain/metrics/definitions';

/** A term's name, its definition, and how unknown scores are treated in it. */
export interface MetricDefinition {
  readonly name: string;
  readonly definition: string;
  readonly unknowns: string;
}

const en: Record<DefinitionId, MetricDefinition> = {
  threshold: {
    name: 'Player threshold t',
    definition:
      'A stakeholder is a player in a row when its score is at least t. You set t from 0.5 to 10 (default 5). Blank counts as 0, so a blank cell is never a player.',
    unknowns:
      'An unknown score is neither a player nor a non-player: wherever it could change a result, the result is marked "possible" instead.',
  },
  players: {
    name: 'Players',
    definition: 'The number of stakeholders in the row whose score is ≥ t.',
    unknowns:
      'Only known scores are counted; the row also shows its number of unknown cells, each of which might be one more player.',
  },
  lead: {
    name: 'Lead stakeholder',
    definition:
      'The stakeholder with the highest score in the row; all of them when tied. None when every score in the row is 0 or blank.',
    unknowns: 'Among known scores only: an unknown cell could be higher.',
  },
  hhi: {
    name: 'Concentration (HHI)',
    definition:
      'The Herfindahl–Hirschman index of the row: Σ (sᵢ / S)² over the stakeholders with a score sᵢ > 0, where S is the sum of the row. It runs from 1/n (n stakeholders share equally) to 1 (one stakeholder does everything); undefined for a row whose sum is 0.',
    unknowns: 'Unknown cells are left out of both sᵢ and S.',
  },
  gap: {
    name: 'Gap',
    definition: 'A row with no player: no stakeholder scores ≥ t. The table counts them; the list names them.',
    unknowns:
      'A row with no known player but an unknown cell is a "possible gap", listed apart and never counted as a gap.',
  },
  singlePoint: {
    name: 'Single point of failure',
    definition: 'A row with exactly one player.',
    unknowns:
      'Only when the row has no unknown cell. A row whose unknown cells could make its number of players exactly one (players ≤ 1 ≤ players + unknown cells) is a "possible single point of failure", listed apart.',
  },
  coverage: {
    name: 'Coverage',
    definition:
      'The share of rows with at least one player: rows with a player ÷ (rows with a player + gaps). Undefined when there is no such row.',
    unknowns: 'Possible gaps (no known player, some unknown cell) are left out of both counts.',
  },
  meanPlayers: {
    name: 'Players per row',
    definition: 'The mean number of players per row.',
    unknowns:
      "Taken over the rows with no unknown cell only, since the others' number of players is not known; undefined when every row has one.",
  },
  distinctPlayers: {
    name: 'Distinct players',
    definition: 'The number of stakeholders that are a player (score ≥ t) in at least one row.',
    unknowns: 'Unknown cells are not counted, so with unknowns this is a lower bound.',
  },
  meanHhi: {
    name: 'Mean concentration',
    definition:
      "The mean of the rows' HHI over the rows where it is defined (sum > 0). Higher means fewer stakeholders carry each row.",
    unknowns: 'As for HHI: unknown cells are left out of every row.',
  },
  sectorShare: {
    name: 'Sector share',
    definition:
      'The sum of the scores of one sector group\'s stakeholders ÷ the sum of all the country\'s scores (blank = 0). Groups: government (NCSC, National CSIRTs, National SOC), law enforcement (LE/Justice), private sector (PSIRT, Private CSIRTs, ISAC, Private SOC, Certificate Vendor), academia, other (custom stakeholders). Undefined (shown "—", not 0 %) when the country has no stakeholder of the group or its sum is 0.',
    unknowns: 'Unknown cells are left out of both sums.',
  },
  ncscShare: {
    name: 'National-agency (NCSC) share',
    definition:
      "The sum of the NCSC column ÷ the sum of all the country's scores (blank = 0). Undefined when the country has no NCSC column.",
    unknowns: 'Unknown cells are left out of both sums.',
  },
  technicalPrivateShare: {
    name: 'Private share of technical work',
    definition:
      "The private-sector share computed over the rows of categories B–G only (real-time analysis, deep analysis, incident response, checking and evaluating, threat intelligence, CDC platforms) and their services. A (strategic management of CDC), H (support of internal fraud response) and I (active relationship with external parties) are left out: this grouping is this project's reading, not X.1060's. Undefined without such rows or without private stakeholders.",
    unknowns: 'Unknown cells are left out of both sums.',
  },
  summary: {
    name: 'Summary line',
    definition:
      'For each metric, in the order: national-agency share, government share, private-sector share, private share of technical work, mean number of players per row, concentration, coverage, number of distinct players, law-enforcement share, academia share, single points of failure, gaps — the country that alone has the highest or the lowest value, ahead of the runner-up by at least 5 % of the spread between highest and lowest. At most three facts per country.',
    unknowns: 'A country whose value is undefined takes no part in that metric.',
  },
  similarity: {
    name: 'Similarity',
    definition:
      "The cosine of the two countries' score vectors over the cells both have: Σ aᵢbᵢ ÷ (√Σ aᵢ² · √Σ bᵢ²), blank = 0. 1 = the same division of roles (up to scale), 0 = no stakeholder active in the same row. Undefined when either side is all 0.",
    unknowns:
      'Cells unknown on either side, and cells whose row or stakeholder one country lacks, are left out; their number is shown.',
  },
  differingRows: {
    name: 'Rows that differ most',
    definition:
      "The rows both countries have, ranked by Σ |aᵢ − bᵢ| over the row's stakeholders (blank = 0); the three largest above 0, each with its most different stakeholder.",
    unknowns: 'Cells unknown or absent on either side are left out of the sum.',
  },
  difference: {
    name: 'Difference A − B',
    definition:
      'Each cell is A\'s score minus B\'s (blank = 0), from −10 (only B is involved) to +10 (only A is). A and B can be two countries, or two versions of one country ("to be" − "as is" shows the gap to the target).',
    unknowns: 'A cell unknown on either side is marked "?" and not computed.',
  },
  absent: {
    name: 'Absent',
    definition:
      "A row or stakeholder that one country's table does not have. Countries are aligned on the union of their rows and stakeholders; an absent cell is drawn with a dashed outline and is never read as 0.",
    unknowns: 'Absent cells are left out of every comparison, like unknown ones.',
  },
};

const ja: Record<DefinitionId, MetricDefinition> = {
  threshold: {
    name: 'プレイヤーのしきい値 t',
    definition:
      'ある行でスコアが t 以上のステークホルダーを、その行のプレイヤーとします。t は 0.5〜10 で設定できます（既定値 5）。空欄は 0 と数えるため、空欄がプレイヤーになることはありません。',
    unknowns:
      '不明のスコアはプレイヤーとも非プレイヤーとも数えません。結果を変えうる場合、その結果は「可能性あり」として示します。',
  },
  players: {
    name: 'プレイヤー数',
    definition: '行の中でスコアが t 以上のステークホルダーの数。',
    unknowns:
      '既知のスコアだけを数えます。不明セルの数も併せて示します（それぞれがもう一人のプレイヤーである可能性があります）。',
  },
  lead: {
    name: '主担当',
    definition: '行の中で最も高いスコアのステークホルダー。同点ならすべて。行のスコアがすべて 0 または空欄なら、なし。',
    unknowns: '既知のスコアの中でのみ決めます。不明セルの方が高い可能性があります。',
  },
  hhi: {
    name: '集中度（HHI）',
    definition:
      '行のハーフィンダール・ハーシュマン指数：スコア sᵢ > 0 のステークホルダーについての Σ (sᵢ / S)²（S は行の合計）。1/n（n 者が均等に分担）から 1（1 者がすべてを担う）の値をとり、合計が 0 の行では定義しません。',
    unknowns: '不明セルは sᵢ からも S からも除きます。',
  },
  gap: {
    name: '担い手なし',
    definition:
      'プレイヤーがいない行：スコアが t 以上のステークホルダーがいない。表ではその数を、一覧では行名を示します。',
    unknowns:
      '既知のプレイヤーがいないが不明セルがある行は「担い手なしの可能性」として別に示し、担い手なしには数えません。',
  },
  singlePoint: {
    name: '単一障害点',
    definition: 'プレイヤーがちょうど 1 者の行。',
    unknowns:
      '不明セルがない行に限ります。不明セル次第でプレイヤーがちょうど 1 者になりうる行（プレイヤー数 ≤ 1 ≤ プレイヤー数 + 不明セル数）は「単一障害点の可能性」として別に示します。',
  },
  coverage: {
    name: 'カバー率',
    definition:
      'プレイヤーが 1 者以上いる行の割合：プレイヤーのいる行 ÷（プレイヤーのいる行 + 担い手なしの行）。該当する行がなければ定義しません。',
    unknowns: '担い手なしの可能性がある行（既知のプレイヤーがなく不明セルがある）は分子・分母の両方から除きます。',
  },
  meanPlayers: {
    name: '行あたりのプレイヤー数',
    definition: '行ごとのプレイヤー数の平均。',
    unknowns:
      '不明セルのない行だけで平均します（それ以外の行のプレイヤー数は分からないため）。すべての行に不明セルがあれば定義しません。',
  },
  distinctPlayers: {
    name: 'プレイヤーの数',
    definition: '少なくとも 1 つの行でプレイヤー（スコア t 以上）であるステークホルダーの数。',
    unknowns: '不明セルは数えないため、不明がある場合は下限値です。',
  },
  meanHhi: {
    name: '平均集中度',
    definition:
      'HHI が定義される行（合計 > 0）についての、各行の HHI の平均。高いほど各行を担う主体が少ないことを示します。',
    unknowns: 'HHI と同じく、各行で不明セルを除きます。',
  },
  sectorShare: {
    name: 'セクター別比率',
    definition:
      'あるセクターのステークホルダーのスコアの合計 ÷ その国の全スコアの合計（空欄 = 0）。セクター：政府（NCSC、ナショナルCSIRT、ナショナルSOC）、法執行（法執行機関・司法）、民間（PSIRT、民間CSIRT、ISAC、民間SOC、認証ベンダー）、学術、その他（独自のステークホルダー）。その国にそのセクターのステークホルダーがいない場合や合計が 0 の場合は定義しません（0% ではなく「—」と表示）。',
    unknowns: '不明セルは分子・分母の両方から除きます。',
  },
  ncscShare: {
    name: '国家機関（NCSC）の比率',
    definition: 'NCSC 列の合計 ÷ その国の全スコアの合計（空欄 = 0）。NCSC 列がない国では定義しません。',
    unknowns: '不明セルは分子・分母の両方から除きます。',
  },
  technicalPrivateShare: {
    name: '技術的業務の民間比率',
    definition:
      'カテゴリ B〜G（即時分析、事後分析、インシデント対応、診断と評価、脅威情報の収集および分析と評価、CDCプラットフォームの開発・保守）とそのサービスの行だけで計算した民間の比率。A（戦略マネジメント）、H（内部不正対応・分析支援）、I（外部組織との積極的連携）は除きます。この区分は本プロジェクトの解釈で、X.1060 の定義ではありません。該当する行や民間のステークホルダーがなければ定義しません。',
    unknowns: '不明セルは分子・分母の両方から除きます。',
  },
  summary: {
    name: '要約文',
    definition:
      '国家機関の比率、政府の比率、民間の比率、技術的業務の民間比率、行あたりのプレイヤー数、集中度、カバー率、プレイヤーの数、法執行の比率、学術の比率、単一障害点の数、担い手なしの行数の順に、単独で最も高い（低い）国を挙げます。ただし 2 番目との差が最高値と最低値の差の 5% 以上ある場合に限ります。1 か国につき 3 項目まで。',
    unknowns: '値が定義されない国は、その指標の比較に加えません。',
  },
  similarity: {
    name: '類似度',
    definition:
      '両国がともに持つセルについての、スコアベクトルのコサイン：Σ aᵢbᵢ ÷（√Σ aᵢ² · √Σ bᵢ²）、空欄 = 0。1 は（規模を除いて）同じ役割分担、0 は同じ行で活動するステークホルダーがないことを示します。どちらかがすべて 0 なら定義しません。',
    unknowns: 'どちらかで不明のセル、どちらかの表にない行・ステークホルダーのセルは除き、その数を示します。',
  },
  differingRows: {
    name: '差の大きい行',
    definition:
      '両国がともに持つ行を、ステークホルダーごとの Σ |aᵢ − bᵢ|（空欄 = 0）の大きい順に並べ、0 より大きい上位 3 行を、最も差の大きいステークホルダーとともに示します。',
    unknowns: 'どちらかで不明または表にないセルは合計から除きます。',
  },
  difference: {
    name: '差分 A − B',
    definition:
      '各セルは A のスコアから B のスコアを引いた値（空欄 = 0）で、−10（B だけが関与）から +10（A だけが関与）まで。A と B は 2 つの国でも、1 つの国の 2 つの版でも構いません（「あるべき姿」−「現状」で目標までの差が分かります）。',
    unknowns: 'どちらかで不明のセルは「?」で示し、計算しません。',
  },
  absent: {
    name: '表にない',
    definition:
      'ある国の表にない行またはステークホルダー。国々は行とステークホルダーの和集合でそろえます。表にないセルは破線の枠で描き、0 とは読みません。',
    unknowns: '不明セルと同じく、すべての比較から除きます。',
  },
};

/** Every definition, per language. */
export const METRIC_DEFINITIONS: Record<Lang, Record<DefinitionId, MetricDefinition>> = { en, ja };
