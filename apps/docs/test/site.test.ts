// The built site in a real browser (Debian's chromium through playwright-core): every document
// page, anchors, the Cite panel and its clipboard, downloads, search, the figures chart, the
// symbol lookup, accessibility (axe-core), console errors and screenshots at two sizes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { validateRecord } from '@black-january/corpus';
import { shippedCitation } from '@black-january/corpus/citations';
import { compareFigures, documents, passages, shortTitle } from '@black-january/corpus/records';
import Ajv from 'ajv';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './serve.js';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = join(here, '..', 'dist');
const SHOTS = join(here, '..', 'test-results', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CSL_DATA = join(
  here,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'csl-schema',
  'csl-data.json',
);

let browser: Browser;
let context: BrowserContext;
let server: Server;
let base: string;
const consoleErrors: string[] = [];
const external: string[] = [];

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:'))
      external.push(`${path}: ${r.url()}`);
  });
  const response = await page.goto(base + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe.skipIf(!(existsSync(CHROMIUM) && existsSync(DIST)) && !process.env.CI)(
  'the site in a browser',
  () => {
    beforeAll(async () => {
      ({ url: base, server } = await serve(DIST));
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      mkdirSync(SHOTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      server?.close();
    });

    it('renders every document page: title, metadata with provenance, every paragraph verbatim', async () => {
      for (const record of documents) {
        const page = await open(`/documents/${record.id}/`);
        // A short title as the H1; the full title as printed right beneath it.
        expect(await page.locator('h1').first().textContent()).toBe(shortTitle(record));
        expect(await page.locator('main').textContent()).toContain(record.title);
        const metadata = page.locator('section.metadata');
        expect(await metadata.textContent()).toContain(record.source.sha256);
        expect(await metadata.textContent()).toContain('printed in the source — line');
        if (record.symbols.length === 0)
          expect(await metadata.textContent()).toContain('none printed');
        const expected = [...passages(record)].map((p) => p.text);
        expect(await page.locator('.para > p, .para > blockquote > p').allTextContents()).toEqual(
          expected,
        );
        await page.close();
      }
    });

    it('scrolls to a paragraph anchor and pins the Cite panel to it', async () => {
      const page = await open('/documents/2023-01-20-letter/#annex-1-p3');
      const box = await page.locator('#annex-1-p3').boundingBox();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      expect(box && box.y >= 0 && box.y < 900).toBe(true);
      expect(await page.locator('select[name="pinpoint"]').inputValue()).toBe('annex-1-p3');
      await page.close();
    });

    it('copies the expected citation to the clipboard, for a paragraph chosen from its button', async () => {
      const page = await open('/documents/2023-01-20-letter/');
      await page.selectOption('select[name="style"]', 'oscola');
      await page.click('button.cite-this[data-pinpoint="annex-1-p3"]');
      await page.click('.cite-panel button.copy');
      await expect.poll(() => page.locator('.cite-panel .copied').textContent()).toBe('Copied.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const want = shippedCitation('2023-01-20-letter', {
        style: 'oscola',
        mode: 'note',
        pinpoint: { annex: 1, paragraph: 3 },
      })?.text;
      expect(copied).toBe(want);
      expect(page.url()).toMatch(/#annex-1-p3$/);
      await page.selectOption('select[name="style"]', 'apa');
      expect(await page.locator('select[name="mode"] option').allTextContents()).toEqual([
        'bibliography',
        'in-text',
      ]);
      await page.close();
    });

    it('keeps the Cite panel working under a malformed fragment (#%)', async () => {
      const page = await open('/documents/2023-01-20-letter/#%');
      await page.click('button.cite-this[data-pinpoint="annex-1-p3"]');
      expect(await page.locator('select[name="pinpoint"]').inputValue()).toBe('annex-1-p3');
      const style = await page.locator('select[name="style"]').inputValue();
      const mode = (await page.locator('select[name="mode"]').inputValue()) as 'note';
      expect(await page.locator('.cite-panel output').textContent()).toBe(
        shippedCitation('2023-01-20-letter', { style, mode, pinpoint: { annex: 1, paragraph: 3 } })
          ?.text,
      );
      await page.evaluate(() => {
        location.hash = '%E0%A4%A';
      });
      await page.selectOption('select[name="style"]', 'apa');
      expect(await page.locator('.cite-panel output').textContent()).not.toBe('');
      expect(consoleErrors.filter((e) => e.includes('#%') || /URI malformed/.test(e))).toEqual([]);
      await page.close();
    });

    it('serves valid downloads: BibTeX, RIS, CSL-JSON (against the CSL schema) and the JSON record', async () => {
      const validate = new Ajv({ strict: false, allErrors: true }).compile(
        JSON.parse(readFileSync(CSL_DATA, 'utf8')),
      );
      const page = await open('/documents/2020-01-17-letter/');
      const links = await page
        .locator('.downloads a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toHaveLength(4);
      const body = async (suffix: string) => {
        const href = links.find((l) => l.endsWith(suffix)) as string;
        const r = await page.request.get(href);
        expect(r.status()).toBe(200);
        return r.text();
      };
      expect(await body('.bib')).toMatch(/^@\w+\{2020-01-17-letter,/);
      expect(await body('.ris')).toMatch(/^TY {2}- \w+\r?\n[\s\S]*\nER {2}- ?\r?\n?$/);
      const csl = JSON.parse(await body('.csl.json'));
      expect(validate(csl), JSON.stringify(validate.errors)).toBe(true);
      expect(csl[0].id).toBe('2020-01-17-letter');
      const record = JSON.parse(await body('letter.json'));
      expect(validateRecord(record).ok).toBe(true);
      expect(record.source.sha256).toBe(documents.find((d) => d.id === record.id)?.source.sha256);
      await page.close();
    });

    it('finds “Martyrs” with the search, down to the paragraph', async () => {
      const page = await open('/');
      await page.click('site-search button[data-open-modal]');
      await page.fill('#starlight__search input', 'Martyrs');
      const results = page.locator('#starlight__search .pagefind-ui__result-link');
      await results.first().waitFor();
      const hrefs = await results.evaluateAll((as) =>
        as.map((a) => (a as HTMLAnchorElement).getAttribute('href')),
      );
      const expected = documents.flatMap((d) =>
        [...passages(d)]
          .filter((p) => /martyr/i.test(p.text))
          .map(
            (p) =>
              `/documents/${d.id}/#${p.locator.annex ? `annex-${p.locator.annex}-` : ''}p${p.locator.paragraph}`,
          ),
      );
      expect(expected).toHaveLength(6);
      for (const anchor of expected)
        expect(
          hrefs.some((h) => h?.endsWith(anchor)),
          anchor,
        ).toBe(true);
      // No excerpt repeats the heading the result shows above it ("Paragraph 6. Today, …").
      await page.waitForTimeout(300);
      const repeated = await page
        .locator('#starlight__search .pagefind-ui__result-nested')
        .evaluateAll((results) =>
          results.flatMap((r) => {
            const title = r.querySelector('.pagefind-ui__result-link')?.textContent?.trim() ?? '';
            const excerpt = r.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '';
            return title && excerpt.startsWith(title) ? [`${title}: ${excerpt}`] : [];
          }),
        );
      expect(repeated).toEqual([]);
      await page.close();
    });

    it('draws the figures chart and the table of quotes, each linked to its paragraph', async () => {
      const page = await open('/figures/');
      const killed = page.locator('svg.figures-chart[data-metric="killed"]');
      const statements = compareFigures('killed')[0]?.statements ?? [];
      expect(await killed.locator('rect.bar').count()).toBe(statements.length);
      expect(await killed.textContent()).toContain('150');
      const box = await killed.boundingBox();
      expect(box && box.width > 300 && box.height > 50).toBe(true);
      expect(
        await page.locator('td a[href*="/documents/2023-01-20-letter/#annex-1-p1"]').count(),
      ).toBeGreaterThan(0);
      await page.close();
    });

    it('looks a symbol up exactly', async () => {
      const page = await open('/symbols/');
      await page.fill('#symbol-input', 'a/74/649');
      await page.click('form.symbol-lookup button');
      await expect
        .poll(() => page.locator('.symbol-result').textContent())
        .toContain('Cited in para. 6');
      await page.fill('#symbol-input', 'A/RES/70/1');
      await page.click('form.symbol-lookup button');
      await expect
        .poll(() => page.locator('.symbol-result').textContent())
        .toContain('does not occur in the corpus');
      await page.close();
    });

    it('has no serious accessibility violations (axe-core)', async () => {
      for (const path of [
        '/',
        '/documents/',
        '/documents/2023-01-20-letter/',
        '/figures/',
        '/indexes/',
        '/symbols/',
        '/reference/cli/',
        '/reference/schema/',
        '/reference/citation-styles/',
      ]) {
        const page = await open(path);
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: {
                run(): Promise<{
                  violations: Array<{
                    id: string;
                    impact: string;
                    nodes: Array<{ target: unknown }>;
                  }>;
                }>;
              };
            }
          ).axe.run();
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
        });
        expect(violations, path).toEqual([]);
        await page.close();
      }
    });

    const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

    it('lays the time line out with no label over another, on a desktop and a phone', async () => {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const page = await open('/', viewport);
        const boxes = await page.locator('.timeline text').evaluateAll((texts) =>
          texts.map((t) => {
            const r = t.getBoundingClientRect();
            return {
              text: t.textContent,
              left: r.left,
              right: r.right,
              top: r.top,
              bottom: r.bottom,
            };
          }),
        );
        expect(boxes.length).toBeGreaterThan(documents.length);
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) {
            const apart =
              a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
            expect(apart, `${size}: "${a.text}" and "${b.text}"`).toBe(true);
          }
        // Labels stay legible on a phone: the chart scrolls sideways instead of shrinking.
        const fontSize = await page
          .locator('.timeline text')
          .first()
          .evaluate((t) => t.getBoundingClientRect().height);
        expect(fontSize, size).toBeGreaterThanOrEqual(11);
        await page.close();
      }
    });

    it("keeps every document's H1 within three lines, on a desktop and a phone", async () => {
      for (const record of documents)
        for (const [size, viewport] of Object.entries(SIZES)) {
          const page = await open(`/documents/${record.id}/`, viewport);
          const { height, line } = await page
            .locator('h1')
            .first()
            .evaluate((h) => ({
              height: h.getBoundingClientRect().height,
              line: Number.parseFloat(getComputedStyle(h).lineHeight),
            }));
          expect(height / line, `${record.id} at ${size}`).toBeLessThanOrEqual(3.05);
          await page.close();
        }
    });

    it('on a phone, the "On this page" bar follows the scroll, to Cite at the foot', async () => {
      for (const record of documents) {
        const page = await open(`/documents/${record.id}/`, SIZES.phone);
        const current = async () =>
          (await page.locator('mobile-starlight-toc .display-current').textContent())?.trim();
        const headings = await page
          .locator('mobile-starlight-toc a')
          .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]));
        expect(headings.at(-1)?.[1]).toBe('Cite');
        for (const [href, text] of headings.slice(1)) {
          await page.evaluate((id) => document.querySelector(id)?.scrollIntoView(), href as string);
          await expect.poll(current, { timeout: 3000 }).toBe(text);
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect.poll(current, { timeout: 3000 }).toBe('Overview');
        await page.mouse.wheel(0, 100_000);
        await expect.poll(current, { timeout: 3000 }).toBe('Cite');
        await page.close();
      }
    });

    it('does not clip the text of a select on a phone', async () => {
      const page = await open('/documents/2023-01-20-letter/', SIZES.phone);
      // A select is as wide as its longest option unless something narrows it: then that
      // option is cut. Its natural width is measured on a copy free of any width limit.
      const clipped = await page.locator('.cite-panel select').evaluateAll((selects) =>
        selects.flatMap((select) => {
          const copy = select.cloneNode(true) as HTMLSelectElement;
          copy.style.cssText =
            'max-width: none; width: auto; position: absolute; visibility: hidden';
          select.parentElement?.append(copy);
          const natural = copy.getBoundingClientRect().width;
          copy.remove();
          const box = select.getBoundingClientRect();
          return box.width + 0.5 < natural || box.right > window.innerWidth
            ? [
                `${(select as HTMLSelectElement).name}: ${Math.round(box.width)} < ${Math.round(natural)}`,
              ]
            : [];
        }),
      );
      expect(clipped).toEqual([]);
      await page.close();
    });

    it('fits a phone and saves screenshots of the home, a document and the figures', async () => {
      const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
      for (const [name, path] of [
        ['home', '/'],
        ['document', '/documents/2023-01-20-letter/'],
        ['figures', '/figures/'],
      ]) {
        for (const [size, viewport] of Object.entries(sizes)) {
          const page = await open(path as string, viewport);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${path} at ${size}`).toBeLessThanOrEqual(0);
          await page.screenshot({ path: join(SHOTS, `${name}-${size}.png`), fullPage: true });
          await page.close();
        }
      }
      expect(existsSync(join(SHOTS, 'document-phone.png'))).toBe(true);
    });

    it('keeps a document page under 100 KB compressed (HTML, CSS, JS; not the search index)', async () => {
      const page = await context.newPage();
      const loaded: Array<{ url: string; type: string; gzip: number }> = [];
      page.on('response', async (r) => {
        const url = r.url();
        if (url.includes('/pagefind/') || r.status() !== 200) return;
        const type = r.request().resourceType();
        if (!['document', 'stylesheet', 'script'].includes(type)) return;
        loaded.push({
          url: url.replace(base, ''),
          type,
          gzip: gzipSync(await r.body(), { level: 9 }).length,
        });
      });
      await page.goto(`${base}/documents/2023-01-20-letter/`, { waitUntil: 'networkidle' });
      await page.close();
      const total = loaded.reduce((n, r) => n + r.gzip, 0);
      const report = {
        page: '/documents/2023-01-20-letter/',
        totalGzipBytes: total,
        resources: loaded,
      };
      writeFileSync(join(SHOTS, '..', 'page-weight.json'), `${JSON.stringify(report, null, 2)}\n`);
      expect(loaded.some((r) => r.type === 'document')).toBe(true);
      expect(loaded.some((r) => r.type === 'stylesheet')).toBe(true);
      expect(total).toBeLessThan(100 * 1024);
    });

    it('logged no console errors on any page', () => {
      expect(consoleErrors).toEqual([]);
    });
  },
);
