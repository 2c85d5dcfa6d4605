import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  X1060_CATEGORIES,
  X1060_SERVICES,
  categoryOf,
  parseX1060Id,
  servicesOf,
  x1060Name,
  x1060Order,
} from '../../src/domain/taxonomy-x1060';

describe('X.1060 taxonomy', () => {
  it('has 9 categories and 64 services with the standard per-category counts', () => {
    expect(X1060_CATEGORIES.map((c) => c.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    expect(X1060_SERVICES).toHaveLength(64);
    const counts = X1060_CATEGORIES.map((c) => servicesOf(c.id).length);
    expect(counts).toEqual([13, 4, 4, 7, 9, 5, 13, 2, 7]);
    expect(new Set(X1060_SERVICES.map((s) => s.id)).size).toBe(64);
  });

  it('gives every entry an English and a Japanese name', () => {
    for (const e of [...X1060_CATEGORIES, ...X1060_SERVICES]) {
      expect(e.nameEn.trim(), e.id).not.toBe('');
      expect(e.nameJa.trim(), e.id).not.toBe('');
    }
    expect(x1060Name('D-2', 'en')).toBe('Incident handling');
    expect(x1060Name('F', 'en')).toBe('Collection, analysis and evaluation of threat intelligence');
  });

  it('matches every Japanese service name of table 4 in the practitioner guide (seed 003)', () => {
    const text = readFileSync('tests/fixtures/seed/table4-ja.tsv', 'utf8');
    const fromTable = new Map<string, string>();
    for (const line of text.split('\n').slice(1)) {
      for (const cell of line.split('\t')) {
        // Cells are "A-1<TAB>name" pairs or "F-1 name" in the right-hand column.
        const m = /^([A-I](?:-\d+)?)\s+(.+)$/.exec(cell.trim());
        if (m) fromTable.set(m[1]!, m[2]!.trim());
      }
      const parts = line.split('\t');
      if (parts[0] && /^[A-I](-\d+)?$/.test(parts[0]) && parts[1]) fromTable.set(parts[0], parts[1].trim());
    }
    expect(fromTable.size).toBe(73);
    for (const s of X1060_SERVICES) expect(s.nameJa, s.id).toBe(fromTable.get(s.id));
    // Two category names in the seed are text-extraction errors; we show the corrected form and keep the seed's.
    const a = X1060_CATEGORIES.find((c) => c.id === 'A')!;
    expect(fromTable.get('A')).toBe(a.nameJaInSeed);
    expect(a.nameJa).toBe('戦略マネジメント');
  });

  it('orders ids as the standard does and knows their categories', () => {
    expect(x1060Order('A')).toBeLessThan(x1060Order('A-1'));
    expect(x1060Order('A-13')).toBeLessThan(x1060Order('B'));
    expect(x1060Order('custom')).toBe(Infinity);
    expect(categoryOf('G-12')).toBe('G');
    expect(categoryOf('Z-1')).toBeUndefined();
  });
});

describe('parseX1060Id', () => {
  it.each([
    ['D', 'D'],
    ['D)', 'D'],
    ['D-2', 'D-2'],
    ['D-2.', 'D-2'],
    ['d-2) incident handling', 'D-2'],
    ['D – 2 Incident handling', 'D-2'],
    ['Ｄ－２', 'D-2'],
    ['A) strategic management of CDC; A-1. Risk management The risk management service', 'A'],
    ['I) active relationship with external parties. I-1. Awareness', 'I'],
    ['F 脅威情報の収集および分析と評価', 'F'],
    ['G-13 事後セキュリティフレーム検証', 'G-13'],
    ['  B-4: Handling enquiry on report', 'B-4'],
  ])('reads %j as %s', (label, id) => {
    expect(parseX1060Id(label)).toBe(id);
  });

  it.each(['Academia', 'a national agency', 'Incident response', 'D-9', 'J', 'A-14', 'Services', '', 'D2', 'Category'])(
    'does not read %j as an id',
    (label) => {
      expect(parseX1060Id(label)).toBeNull();
    },
  );
});
