import { it } from 'vitest';
import { importCsvText } from '../src/io/csv-import';
import { describeProblem } from '../src/io/import-types';
const cases: [string, string][] = [
  ['excel footnote crlf bom', '\uFEFFService,NCSC,PSIRT,ISAC\r\nA,7,,2\r\nB,,5,\r\n,,,\r\nNote: scores from the 2024 survey,,,\r\n(c) 2024 Ministry,,,\r\n'],
  ['title with year', 'Survey,2024\nService,NCSC,PSIRT\nA,7,\nB,,5\n'],
  ['column numbers row', ',1,2\nService,NCSC,PSIRT\nA,7,\nB,,5\n'],
  ['semicolon spill footnote', 'Service;NCSC;PSIRT\nA;7,5;\nB;;5\nQuelle: Umfrage; 2024\nSource : enquête; mai 2024\n'],
  ['ids only no header', 'A\t7\t2\nB\t1\t\n'],
  ['all custom no header', 'Oversight,7,2\nDrills,1,\n'],
  ['header with NA name', 'Service,NCSC,NA,PSIRT\nA,7,1,2\n'],
  ['x marks', 'Service,NCSC,PSIRT\nA,x,\nB,,x\n'],
  ['long footnote mid', 'country,service,stakeholder,score\nKenya,A,NCSC,7\nNote: provisional,,,\nKenya,B,NCSC,2\n'],
  ['long no country col footnote', 'service,stakeholder,score\nA,NCSC,7\nSource: interviews, May 2024\n'],
  ['long comma decimal quoted', 'country,service,stakeholder,score\nKenya,A,NCSC,"7,5"\n'],
  ['wide comma decimal unquoted', 'Service,NCSC,PSIRT\nA,7,5,\n'],
  ['jp footnote fullwidth', 'サービス,NCSC,PSIRT\nA,7,\nB,,5\n※スコアは暫定値です\n出典：ヒアリング調査（2024年5月）\n'],
];
it('probe', () => {
  for (const [name, text] of cases) {
    const r = importCsvText(text, { fileName: 'Kenya.csv' });
    const m = r.matrices[0];
    console.log(`## ${name}: rows=${m?.rows.map((x) => x.key).join('|')} st=${m?.stakeholders.map((s) => s.name).join('|')} cells=${JSON.stringify(m?.cells)} prov=${JSON.stringify(m && { s: m.provenance.source, n: m.provenance.notes })}\n   ${r.problems.map(describeProblem).join('\n   ')}`);
  }
});
