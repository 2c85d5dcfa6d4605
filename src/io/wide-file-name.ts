/** The file name a wide export gets, which names the country again on import: "Japan.csv". */
export function wideFileName(country: string): string {
  const safe = [...country].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('');
  return `${safe.trim() || 'country'}.csv`;
}
