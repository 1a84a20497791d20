// Security headers on every kind of response: SSR page, API JSON, API error, static assets, 404 page.
import { expect, test, type APIResponse } from '@playwright/test';

function directives(csp: string): Map<string, string[]> {
	return new Map(
		csp
			.split(';')
			.map((d) => d.trim())
			.filter(Boolean)
			.map((d) => {
				const [name, ...values] = d.split(/\s+/);
				return [name.toLowerCase(), values];
			})
	);
}

function expectSecurityHeaders(res: APIResponse, what: string) {
	const h = res.headers();
	const csp = h['content-security-policy'];
	expect(csp, `${what}: Content-Security-Policy`).toBeTruthy();
	const d = directives(csp);
	const scriptSrc = d.get('script-src') ?? d.get('default-src');
	expect(scriptSrc, `${what}: script-src or default-src`).toBeTruthy();
	expect(scriptSrc, `${what}: no 'unsafe-inline' scripts`).not.toContain("'unsafe-inline'");
	expect(scriptSrc, `${what}: no 'unsafe-eval'`).not.toContain("'unsafe-eval'");
	expect(d.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
	expect(h['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
	expect(h['referrer-policy'], `${what}: Referrer-Policy`).toMatch(
		/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/
	);
	expect(h['permissions-policy'], `${what}: Permissions-Policy`).toMatch(/camera=\(\)/);
}

async function immutableAssets(res: APIResponse): Promise<string[]> {
	// SvelteKit names the page's modules and styles in the Link header.
	const link = res.headers()['link'] ?? '';
	return [...link.matchAll(/<([^>]+)>/g)]
		.map((m) => new URL(m[1], 'http://x/').pathname)
		.filter((p) => p.includes('/_app/immutable/'));
}

test('HTML page, API JSON, API error and 404 page carry the security headers', async ({
	request
}) => {
	const page = await request.get('/');
	expect(page.status()).toBe(200);
	expect(page.headers()['content-type']).toContain('text/html');
	expectSecurityHeaders(page, 'HTML page /');

	const api = await request.get('/api/search?q=munich');
	expect(api.status()).toBe(200);
	expect(api.headers()['content-type']).toContain('application/json');
	expectSecurityHeaders(api, 'API /api/search');

	const apiError = await request.get('/api/search?limit=nope');
	expect(apiError.status()).toBe(400);
	expectSecurityHeaders(apiError, 'API error 400');

	const apiMissing = await request.get('/api/no-such-thing');
	expect(apiMissing.status()).toBe(404);
	expectSecurityHeaders(apiMissing, 'API 404');

	const missing = await request.get('/no-such-page');
	expect(missing.status()).toBe(404);
	expect(missing.headers()['content-type']).toContain('text/html');
	expectSecurityHeaders(missing, '404 page');
});

test('static files (hashed JS/CSS and plain files) carry the security headers too', async ({
	request
}) => {
	const page = await request.get('/');
	const assets = await immutableAssets(page);
	expect(assets.length).toBeGreaterThan(0);
	for (const path of [...assets.slice(0, 3), '/robots.txt', '/favicon.svg']) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		expectSecurityHeaders(res, `static ${path}`);
		if (path.includes('/_app/immutable/'))
			expect(res.headers()['cache-control'], path).toContain('immutable');
	}
});

test('the page runs under its CSP: no violations when it loads and hydrates', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (msg) => {
		if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
	});
	await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(violations).toEqual([]);
});

test('pages cannot be framed and the API cannot be sniffed as HTML', async ({ request }) => {
	const res = await request.get('/api/search?q=%3Cscript%3Ealert(1)%3C/script%3E');
	expect(res.headers()['content-type']).toContain('application/json');
	expect(res.headers()['x-content-type-options']).toBe('nosniff');
	const page = await request.get('/');
	expect(page.headers()['x-frame-options']).toBe('DENY');
});
