import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe, setupChromiumApp, type StaticSite } from './harness';
import { partsLoaded } from './app-actions';

const app = setupChromiumApp();
let site: StaticSite, page: Page;
beforeEach(async () => {
  ({ site, page } = app);
  await page.goto(site.url);
  await page.getByText('Japan — division of X.1060 roles').waitFor();
  await page
    .locator('.select', { has: page.locator('.select-label', { hasText: /^Language$/ }) })
    .getByRole('button')
    .click();
  await page.getByRole('option', { name: '日本語' }).click();
  await page.getByText('日本 — X.1060の役割分担').waitFor();
});

/** Technical names and data that stay as they are in Japanese (imported names here are the bundled English country names). */
const ALLOWED =
  /^(CSV|TSV|SVG|PNG|JSON|HTML|NCSC|CSIRT|CSIRTs|PSIRT|ISAC|SOC|CDC|HHI|ISO|Viridis|X\.1060|Japan|United|States|Singapore|JPCERT|CC|Koichiro|Sparky|Komiyama|English|ITU|SG17|JP|US|SG|Tab|Enter|Delete|Ctrl|Shift|Esc|F2|Page|Up|Down|Home|End)$/;

/** Visible English words on the page outside the allowed names and outside imported data (provenance). */
async function englishOnScreen(p: Page): Promise<string[]> {
  const texts = await p.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Form fields hold data (a dataset's notes), shown as given.
      if (!el || el.closest('.provenance, title, script, style, noscript, textarea, input')) continue;
      // The source named in a chart caption is data (the dataset's provenance), shown as given.
      if ((n.textContent ?? '').includes('出典：')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      out.push(n.textContent ?? '');
    }
    return out;
  });
  return [...new Set(texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z.]{2,}/g) ?? []).filter((w) => !ALLOWED.test(w)))];
}

describe('the app in Japanese', () => {
  it('labels the heatmap and its tooltips in Japanese', async () => {
    const first = page.locator('[role="gridcell"]').first();
    expect(await first.getAttribute('aria-label')).toBe(
      'A 戦略マネジメント、ナショナルサイバーセキュリティセンター：10点中10点',
    );
    expect(await page.locator('[role="rowheader"]').nth(3).getAttribute('aria-label')).toBe('D インシデント対応');
    await first.focus();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.textContent()).toContain('10点中10点');
    expect(await tip.textContent()).toContain('戦略マネジメント');
    expect(await page.locator('.heatmap-legend').textContent()).toContain('スコア 0〜10（10 = 主担当）');
    expect(await page.getByRole('tab', { name: 'ヒートマップ' }).count()).toBe(1);
    // The window's title too (the tab, the window list, a bookmark); it was "X.1060 roles" in Japanese.
    expect(await page.title()).toBe('X.1060 役割分担');
    // The contract's name is kept inside the Japanese one, so `getByRole('button', { name: 'Export CSV' })` still finds it.
    expect(await page.getByRole('button', { name: 'Export CSV' }).getAttribute('aria-label')).toBe(
      'CSVを書き出す (Export CSV)',
    );
    expect(await page.getByRole('button', { name: 'Export CSV' }).textContent()).toBe('CSVを書き出す');
  });

  it('leaves no English on screen in any view, apart from names and data', async () => {
    const found: Record<string, string[]> = {};
    for (const tab of ['ヒートマップ', 'サンキー図', '比較', '編集']) {
      await page.getByRole('tab', { name: tab }).click();
      await partsLoaded(page);
      const words = await englishOnScreen(page);
      if (words.length) found[tab] = words;
    }
    expect(found).toEqual({});
    // react-aria's own words (stepper and dismiss buttons) follow the language too.
    await page.getByRole('tab', { name: 'ヒートマップ' }).click();
    await partsLoaded(page);
    const ariaWords = await page
      .locator('[aria-label]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(ariaWords.filter((w) => /^(Increase|Decrease|Dismiss|Clear)$/.test(w))).toEqual([]);
  });

  it('wraps the app title at its space only, never inside 役割分担', async () => {
    // At 1280 px the Japanese toolbar leaves the title two lines; a new user's trial saw "X.1060 役割 / 分担".
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'プレゼンテーション', exact: true }).waitFor();
    const lines = await page.locator('.app-title').evaluate((h) => {
      const text = [...h.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('役割'))!;
      const range = document.createRange();
      const at = text.textContent!.indexOf('役割分担');
      const tops = [0, 1, 2, 3].map((i) => {
        range.setStart(text, at + i);
        range.setEnd(text, at + i + 1);
        return Math.round(range.getBoundingClientRect().top);
      });
      return new Set(tops).size;
    });
    expect(lines).toBe(1);
  });

  it('has no axe-core violations in Japanese', async () => {
    expect(await runAxe(page)).toEqual([]);
  });
});
