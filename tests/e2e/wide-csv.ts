// Test data for the editor's e2e tests.
import { X1060_SERVICES } from '../../src/domain/taxonomy-x1060';

/** A long CSV of the 64 services × `stakeholders` custom ones ("Agency 01" …), scores (r + c) mod 11. */
export function wideCsv(country: string, stakeholders = 40): string {
  const lines = ['country,service,stakeholder,score'];
  X1060_SERVICES.forEach((s, r) => {
    for (let c = 0; c < stakeholders; c++)
      lines.push(`${country},${s.id},Agency ${String(c + 1).padStart(2, '0')},${(r + c) % 11}`);
  });
  return lines.join('\n');
}
