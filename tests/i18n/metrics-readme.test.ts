import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { metricDefinitionsMarkdown } from '../../src/i18n/metric-messages';

it('README states the metric definitions exactly as the app shows them', () => {
  expect(readFileSync('README.md', 'utf8')).toContain(metricDefinitionsMarkdown('en'));
});
