import { describe, expect, it } from 'vitest';
import { EMPTY_WORKSPACE } from '../../src/domain/workspace';
import { importCsvText } from '../../src/io/csv-import';
import { applyImportResults } from '../../src/state/import-outcome';

// Seven custom stakeholders: seven warnings, of which the status lists five.
const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf'];
const many = importCsvText(`Service,${names.join(',')}\nA,${names.map(() => '1').join(',')}\n`, { fileName: 'k.csv' });
const few = importCsvText('Service,Alpha,Bravo\nA,1,2\n', { fileName: 'k.csv' });

describe('the status after an import with many warnings', () => {
  it('lists five and says how many more there are', () => {
    const warnings = many.problems.filter((p) => p.severity === 'warning');
    expect(warnings).toHaveLength(7);
    const { status } = applyImportResults(EMPTY_WORKSPACE, [many]);
    expect(status).toContain('7 warnings: ');
    expect(status).toContain('(F, Echo)');
    expect(status.endsWith('kept as a custom stakeholder and 2 more.')).toBe(true);
    expect(status).not.toContain('Foxtrot');
  });

  it('in Japanese too', () => {
    const { status } = applyImportResults(EMPTY_WORKSPACE, [many], undefined, undefined, 'ja');
    expect(status).toContain('警告7件：');
    expect(status).toMatch(/ほか2件。$/);
  });

  it('says nothing more when every warning is listed', () => {
    const { status } = applyImportResults(EMPTY_WORKSPACE, [few]);
    expect(status).toContain('2 warnings: ');
    expect(status).not.toContain('more');
  });
});
