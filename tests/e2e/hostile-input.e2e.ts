// A deterministic slice of scripts/fuzz.ts: hostile query strings, path segments and parameters to the
// pages and the API never give a 5xx; API errors are JSON with an `error` field; pages render a heading.
import { expect, test } from '@playwright/test';
import { hostileUrls } from '../../scripts/hostile-strings';
import { rng } from '../../scripts/synthetic';

/** Every template once with a spread of values, plus a seeded random sample: a few hundred URLs. */
function sample(): string[] {
	const all = hostileUrls({ fixed: true });
	const rand = rng(11);
	const picked = all.filter((_, i) => i % 23 === 0);
	while (picked.length < 300) picked.push(all[Math.floor(rand() * all.length)]);
	// Paths that cannot be decoded: the API must still answer in JSON (found by scripts/fuzz.ts).
	const malformed = [
		'/api/cities/%zz',
		'/api/%E0%A4%A',
		'/api/pilots/%ED%A0%80',
		'/api/%/%',
		'/cities/%zz',
		'/%FF%FE'
	];
	return [
		...new Set([...malformed, ...picked, ...hostileUrls({ fixed: false, random: 60, seed: 11 })])
	];
}

const URLS = sample();
const SHARDS = 4;

for (let shard = 0; shard < SHARDS; shard++) {
	test(`hostile URLs, part ${shard + 1} of ${SHARDS}: no 5xx, JSON API errors, pages with a heading`, async ({
		request
	}) => {
		test.setTimeout(120_000);
		const part = URLS.filter((_, i) => i % SHARDS === shard);
		expect(part.length).toBeGreaterThan(50);
		for (const path of part) {
			const res = await request.get(path, { maxRedirects: 0, timeout: 15_000 });
			const status = res.status();
			const type = res.headers()['content-type'] ?? '';
			expect.soft(status, `${path.slice(0, 120)}`).toBeLessThan(500);
			if (path.startsWith('/api/') && status >= 400 && status !== 431) {
				expect.soft(type, `${path.slice(0, 120)}: API error is JSON`).toContain('application/json');
				if (type.includes('application/json')) {
					const body = await res.json();
					expect
						.soft(typeof body.error, `${path.slice(0, 120)}: has an error field`)
						.toBe('string');
				}
			} else if (type.includes('text/html') && status !== 431) {
				expect
					.soft(await res.text(), `${path.slice(0, 120)}: page renders a heading`)
					.toMatch(/<h1[\s>]/);
			}
		}
	});
}

test('hostile queries in the search box render as text in the page', async ({ page }) => {
	test.setTimeout(90_000);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
	for (const q of [
		'<img src=x onerror=alert(1)>',
		'"><svg onload=alert(1)>',
		'{{7*7}}',
		'\u202Ekcinum',
		'(a+)+$'
	]) {
		await page.goto(`/?q=${encodeURIComponent(q)}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('searchbox').first()).toHaveValue(q);
		expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
	}
	expect(dialogs).toEqual([]);
});
