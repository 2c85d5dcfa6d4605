import { defineMessages } from './define-messages';

const MAX_ROWS = 5;
const EN_FIELDS: Record<string, string> = {
  countryCode: 'ISO code',
  source: 'source',
  date: 'date',
  notes: 'provenance notes',
  caveat: 'caveat',
};
const JA_FIELDS: Record<string, string> = {
  countryCode: 'ISOコード',
  source: '出典',
  date: '日付',
  notes: '出典の備考',
  caveat: '注意書き',
};

/** "a", "a and b", "a, b and c". */
const andList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
/** The first rows named and how many more: "D-3, E-1 and 4 more". */
const someRows = (rows: readonly string[], more: (n: number) => string, sep: string) =>
  rows.length > MAX_ROWS ? `${rows.slice(0, MAX_ROWS).join(sep)}${more(rows.length - MAX_ROWS)}` : null;

const enKept = (rowNotes: number, cellNotes: number, fields: readonly string[]) =>
  andList([
    ...(rowNotes > 0 ? [`row rationales (${rowNotes})`] : []),
    ...(cellNotes > 0 ? [`cell notes (${cellNotes})`] : []),
    ...fields.map((f) => EN_FIELDS[f] ?? f),
  ]);
const jaKept = (rowNotes: number, cellNotes: number, fields: readonly string[]) =>
  [
    ...(rowNotes > 0 ? [`行の根拠（${rowNotes}件）`] : []),
    ...(cellNotes > 0 ? [`セルのメモ（${cellNotes}件）`] : []),
    ...fields.map((f) => JA_FIELDS[f] ?? f),
  ].join('、');
/** Whether the kept items are one single field ("its source is kept … do not carry it"). */
const oneField = (rowNotes: number, cellNotes: number, fields: readonly string[]) =>
  rowNotes + cellNotes === 0 && fields.length === 1;
const enDropped = (rows: readonly string[], cellNotes: number, fields: readonly string[]) => {
  const named = someRows(rows, (n) => ` and ${n} more`, ', ') ?? andList(rows);
  return andList([
    ...(rows.length === 1
      ? [`the rationale of row ${named}`]
      : rows.length > 1
        ? [`the rationales of ${rows.length} rows (${named})`]
        : []),
    ...(cellNotes > 0 ? [`${cellNotes} ${cellNotes === 1 ? 'cell note' : 'cell notes'}`] : []),
    ...fields.map((f) => `the ${EN_FIELDS[f] ?? f}`),
  ]);
};
const jaDropped = (rows: readonly string[], cellNotes: number, fields: readonly string[]) => {
  const named = someRows(rows, (n) => `ほか${n}行`, '、') ?? rows.join('、');
  return [
    ...(rows.length === 1 ? [`行${named}の根拠`] : rows.length > 1 ? [`${rows.length}行（${named}）の根拠`] : []),
    ...(cellNotes > 0 ? [`セルのメモ${cellNotes}件`] : []),
    ...fields.map((f) => JA_FIELDS[f] ?? f),
  ].join('、');
};

/**
 * Messages about replacing loaded countries: the review's choice among several incoming countries
 * set to replace one, what a replacement keeps and drops, and how the status says so.
 */
export const replaceMessages = defineMessages({
  en: {
    title: 'What replacing changes',
    contestQuestion: (country: string, n: number) =>
      `${n} incoming countries are set to replace "${country}". Which one should replace it?`,
    candidate: (country: string, file: string, nth: number, of: number) =>
      `"${country}" from ${file}${of > 1 ? ` (no. ${nth} of ${of} of that name)` : ''}`,
    keepAll: (country: string) => `None: keep them all beside it, renamed ("${country} (2)" …)`,
    contestHelp: 'The one picked replaces the loaded country; the others join beside it, renamed.',
    kept: (country: string, rowNotes: number, cellNotes: number, fields: readonly string[]) =>
      `${country}'s ${enKept(rowNotes, cellNotes, fields)} ${oneField(rowNotes, cellNotes, fields) ? 'is' : 'are'} kept from the loaded country: CSV files do not carry ${oneField(rowNotes, cellNotes, fields) ? 'it' : 'them'}.`,
    dropped: (country: string, rows: readonly string[], cellNotes: number, fields: readonly string[]) =>
      `Replacing ${country} drops what the incoming one does not have: ${enDropped(rows, cellNotes, fields)}.`,
    moreReplaced: (n: number) => `… and ${n} more ${n === 1 ? 'country' : 'countries'} replaced.`,
    // The status after Import (one note of the file's sentence).
    replacedKeeping: (country: string, rowNotes: number, cellNotes: number, fields: readonly string[]) =>
      `"${country}" replaced the country of that name, keeping its ${enKept(rowNotes, cellNotes, fields)} (CSV files do not carry ${oneField(rowNotes, cellNotes, fields) ? 'it' : 'them'})`,
    alsoDropping: (rows: readonly string[], cellNotes: number, fields: readonly string[]) =>
      `, and dropped ${enDropped(rows, cellNotes, fields)}`,
    replacedDropping: (country: string, rows: readonly string[], cellNotes: number, fields: readonly string[]) =>
      `"${country}" replaced the country of that name and dropped ${enDropped(rows, cellNotes, fields)}`,
    contestLost: (country: string, as: string, file: string) =>
      `"${country}" joined as "${as}": "${country}" from ${file} replaced the loaded one, as chosen`,
    contestKeptAll: (country: string, as: string) =>
      `"${country}" joined as "${as}", beside the loaded one: none replaced it, as chosen`,
  },
  ja: {
    title: '置き換えで変わること',
    contestQuestion: (country: string, n: number) =>
      `読み込む${n}か国が「${country}」を置き換える設定です。どれで置き換えますか？`,
    candidate: (country: string, file: string, nth: number, of: number) =>
      `${file}の「${country}」${of > 1 ? `（同名${of}件中${nth}件目）` : ''}`,
    keepAll: (country: string) => `どれでも置き換えず、すべて名前を変えて残す（「${country} (2)」…）`,
    contestHelp: '選んだ国で読み込み済みの国を置き換え、ほかは名前を変えて残します。',
    kept: (country: string, rowNotes: number, cellNotes: number, fields: readonly string[]) =>
      `${country}の${jaKept(rowNotes, cellNotes, fields)}は読み込み済みの国のものを残します：CSVファイルにはこれらが含まれないためです。`,
    dropped: (country: string, rows: readonly string[], cellNotes: number, fields: readonly string[]) =>
      `${country}を置き換えると、読み込む側にないもの（${jaDropped(rows, cellNotes, fields)}）は失われます。`,
    moreReplaced: (n: number) => `…ほか${n}か国を置き換えます。`,
    replacedKeeping: (country: string, rowNotes: number, cellNotes: number, fields: readonly string[]) =>
      `「${country}」で同名の国を置き換え、${jaKept(rowNotes, cellNotes, fields)}は残しました（CSVファイルには含まれないため）`,
    alsoDropping: (rows: readonly string[], cellNotes: number, fields: readonly string[]) =>
      `。${jaDropped(rows, cellNotes, fields)}は失われました`,
    replacedDropping: (country: string, rows: readonly string[], cellNotes: number, fields: readonly string[]) =>
      `「${country}」で同名の国を置き換え、${jaDropped(rows, cellNotes, fields)}は失われました`,
    contestLost: (country: string, as: string, file: string) =>
      `「${country}」は「${as}」として追加しました：選択どおり${file}の「${country}」で読み込み済みの国を置き換えました`,
    contestKeptAll: (country: string, as: string) =>
      `「${country}」は「${as}」として追加しました：選択どおり読み込み済みの国は置き換えていません`,
  },
});
