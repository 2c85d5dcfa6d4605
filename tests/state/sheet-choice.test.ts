// The review's choice per sheet of a workbook (#20): hidden sheets start skipped, a ticked one comes
// in, a skipped one never does, and a re-read after a header choice keeps to its own sheet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';

const workbook = (name: string) =>
  new File([readFileSync(`tests/fixtures/xlsx/${name}`)], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
const countries = (s: ReturnType<typeof createAppStore>) => s.getState().workspace.matrices.map((m) => m.country);

describe('the review of a workbook', () => {
  it('lists a file per sheet, hidden ones skipped; Import brings the ticked sheets only', async () => {
    const store = createAppStore();
    await store.getState().importFiles([workbook('kenya-japan.xlsx')]);
    const files = store.getState().review!.files;
    expect(files.map((f) => [f.fileName, f.sheet, f.skipped ?? false, f.result.fileName])).toEqual([
      ['kenya-japan.xlsx', 'Kenya', false, 'kenya-japan.xlsx › Kenya'],
      ['kenya-japan.xlsx', '日本', false, 'kenya-japan.xlsx › 日本'],
      ['kenya-japan.xlsx', 'Draft', true, 'kenya-japan.xlsx › Draft'],
    ]);
    // Skip Kenya, take the hidden Draft.
    store.getState().chooseSheet(files[0]!.key, false);
    store.getState().chooseSheet(files[2]!.key, true);
    store.getState().confirmImport();
    expect(countries(store)).toEqual(['日本', 'Draft']);
    expect(store.getState().status).not.toContain('Kenya');
  });

  it('re-reads a sheet alone when one of its headings is read otherwise', async () => {
    const store = createAppStore();
    await store.getState().importFiles([workbook('kenya-japan.xlsx')]);
    const kenya = store.getState().review!.files[0]!;
    await store.getState().remapHeader(kenya.key, 'Private SOC', 'ignored');
    const again = store.getState().review!.files[0]!;
    expect(again.result.sheet?.name).toBe('Kenya');
    expect(again.result.matrices[0]!.stakeholders.map((s) => s.key)).toEqual(['ncsc', 'national-csirt', 'psirt']);
    expect(store.getState().review!.files).toHaveLength(3);
  });
});
