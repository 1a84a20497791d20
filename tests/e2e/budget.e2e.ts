// The page weight of / stays within scripts/budget.json (sizes as served, not timings).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pageWeight, servedBytes, totals, type Category } from '../../scripts/page-weight';

const budget = JSON.parse(readFileSync('scripts/budget.json', 'utf8')) as Record<
	string,
	number | string
>;
const CATEGORIES: Category[] = ['html', 'data', 'js', 'css', 'basemap'];

test('/ stays within the gzip budget for html, data, js, css and basemap', async ({ baseURL }) => {
	const assets = await pageWeight(baseURL!, '/');
	const t = totals(assets);
	expect(t.js?.files ?? 0, 'the page loads at least one script').toBeGreaterThan(0);
	for (const c of CATEGORIES) {
		const max = budget[`${c}GzipKB`];
		expect(typeof max, `scripts/budget.json has ${c}GzipKB`).toBe('number');
		const kb = (t[c]?.gzip ?? 0) / 1024;
		expect
			.soft(kb, `${c}: ${kb.toFixed(1)} KB gzip, budget ${max} KB`)
			.toBeLessThanOrEqual(max as number);
	}
});

test('the Latin fonts of a page (Latin and Latin Extended: every language but Greek and Bulgarian) stay within the budget', async ({
	baseURL
}) => {
	const fonts = (await pageWeight(baseURL!, '/')).filter(
		(a) => a.category === 'font' && /inter-latin/.test(a.path)
	);
	expect(fonts.length, 'Inter Latin and Latin Extended').toBe(2);
	const kb = fonts.reduce((sum, a) => sum + a.bytes.identity, 0) / 1024;
	expect(kb, `Latin fonts: ${kb.toFixed(1)} KB (woff2)`).toBeLessThanOrEqual(
		budget.latinFontsKB as number
	);
});

test('text assets of / are served compressed (gzip and brotli smaller than raw)', async ({
	baseURL
}) => {
	const assets = await pageWeight(baseURL!, '/');
	const text = assets.filter(
		(a) => ['html', 'js', 'css'].includes(a.category) && a.bytes.identity > 1024
	);
	expect(text.length).toBeGreaterThan(0);
	for (const a of text) {
		expect.soft(a.bytes.gzip, `${a.path} gzip`).toBeLessThan(a.bytes.identity);
		expect.soft(a.bytes.br, `${a.path} br`).toBeLessThan(a.bytes.identity);
	}
});

test('the records / fetches after its first paint stay within the gzip budget', async ({
	baseURL
}) => {
	const max = budget.recordsGzipKB;
	expect(typeof max, 'scripts/budget.json has recordsGzipKB').toBe('number');
	const { status, bytes, encoding } = await servedBytes(baseURL!, '/api/records?v=budget', 'gzip');
	expect(status).toBe(200);
	expect(encoding).toBe('gzip');
	expect(bytes / 1024, `records: ${(bytes / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(
		max as number
	);
});
