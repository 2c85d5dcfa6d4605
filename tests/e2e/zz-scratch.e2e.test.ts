import { it } from 'vitest';
import { setupChromiumApp } from './harness';
const app = setupChromiumApp({ viewport: { width: 1366, height: 768 } });
it('explore', async () => {
  const page = app.page;
  await page.goto(`${app.site.url}?view=editor`);
  await page.getByRole('button', { name: 'New country: 64 services' }).click();
  await page.waitForTimeout(500);
  const info = await page.evaluate(() => {
    const h = document.documentElement.scrollHeight;
    const out: string[] = [`scrollHeight ${h}`];
    const all = [...document.querySelectorAll('body *')] as HTMLElement[];
    const far = all.map((e) => ({ e, r: e.getBoundingClientRect() })).filter((x) => x.r.bottom + scrollY > h - 1300).sort((a, b) => b.r.bottom - a.r.bottom).slice(0, 12);
    for (const { e, r } of far) out.push(`${e.tagName}.${e.className} id=${e.id} bottom=${Math.round(r.bottom + scrollY)} h=${Math.round(r.height)} pos=${getComputedStyle(e).position}`);
    const main = document.querySelector('.app-main')!.getBoundingClientRect();
    out.push(`main bottom ${main.bottom + scrollY}`);
    return out.join('\n');
  });
  console.log(info);
  await page.evaluate(() => history.replaceState(null, '', location.href));
  console.log('URL', page.url());
  await page.getByRole('textbox', { name: 'Name' }).first().fill('Kenya');
  await page.keyboard.press('Tab');
  await page.waitForTimeout(800);
  console.log('URL after', page.url());
});
