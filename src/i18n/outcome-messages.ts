import { defineMessages } from './define-messages';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What the live regions say after an import. The English is part of the public contract (README):
 * keep it word for word.
 */
export const outcomeMessages = defineMessages({
  en: {
    rejected: (file: string, errors: number, more: number, listed: string, atLeast = false) =>
      `Could not import ${file}: ${atLeast ? 'at least ' : ''}${plural(errors, 'error')}${more > 0 ? ` (and ${atLeast ? 'at least ' : ''}${more} more)` : ''}. ${listed}. Nothing from this file was loaded.`,
    rejectedSheet: (file: string, errors: number, more: number, listed: string, atLeast = false) =>
      `Could not import ${file}: ${atLeast ? 'at least ' : ''}${plural(errors, 'error')}${more > 0 ? ` (and ${atLeast ? 'at least ' : ''}${more} more)` : ''}. ${listed}. Nothing from this sheet was loaded.`,
    imported: (n: number, file: string, names: string) =>
      `Imported ${plural(n, 'country', 'countries')} from ${file}: ${names}.`,
    nothingImported: (file: string) => `Nothing imported from ${file}.`,
    skipped: (country: string) => `"${country}" was already loaded and was not imported, as chosen`,
    replaced: (country: string) => `"${country}" replaced the country of that name`,
    joinedAs: (country: string, as: string) => `"${country}" was already loaded, so it joined as "${as}"`,
    warnings: (n: number, listed: string) => `${plural(n, 'warning')}: ${listed}.`,
    separator: '; ',
    andMore: (listed: string, more: number) => `${listed} and ${more} more`,
    listSeparator: ', ',
    cancelled: 'Import cancelled: nothing was loaded.',
    versionsImported: (n: number) => `${plural(n, 'version')} of these countries joined their History.`,
    versionsSkipped: (n: number) =>
      `${plural(n, 'version')} of countries not imported ${n === 1 ? 'was' : 'were'} left out.`,
  },
  ja: {
    rejected: (file: string, errors: number, more: number, listed: string, atLeast = false) =>
      `${file}を読み込めませんでした：エラー${errors}件${atLeast ? '以上' : ''}${more > 0 ? `（ほか${more}件${atLeast ? '以上' : ''}）` : ''}。${listed}。このファイルからは何も読み込んでいません。`,
    rejectedSheet: (file: string, errors: number, more: number, listed: string, atLeast = false) =>
      `${file}を読み込めませんでした：エラー${errors}件${atLeast ? '以上' : ''}${more > 0 ? `（ほか${more}件${atLeast ? '以上' : ''}）` : ''}。${listed}。このシートからは何も読み込んでいません。`,
    imported: (n: number, file: string, names: string) => `${file}から${n}か国を読み込みました：${names}。`,
    nothingImported: (file: string) => `${file}からは何も読み込みませんでした。`,
    skipped: (country: string) => `「${country}」はすでにあるため、選択どおり読み込みませんでした`,
    replaced: (country: string) => `「${country}」で同名の国を置き換えました`,
    joinedAs: (country: string, as: string) => `「${country}」はすでにあるため「${as}」として追加しました`,
    warnings: (n: number, listed: string) => `警告${n}件：${listed}。`,
    separator: '；',
    andMore: (listed: string, more: number) => `${listed}ほか${more}件`,
    listSeparator: '、',
    cancelled: '読み込みを取り消しました。何も読み込んでいません。',
    versionsImported: (n: number) => `これらの国の版${n}件を履歴に加えました。`,
    versionsSkipped: (n: number) => `読み込まなかった国の版${n}件は加えていません。`,
  },
});
