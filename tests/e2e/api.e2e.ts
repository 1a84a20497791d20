import { test, expect } from '@playwright/test';

test('search answers best first with a total of all matches', async ({ request }) => {
	const res = await request.get('/api/search?q=munich&limit=2');
	expect(res.status()).toBe(200);
	const body = await res.json();
	expect(body.query).toBe('munich');
	expect(body.results).toHaveLength(2);
	expect(body.total).toBeGreaterThan(2);
	expect(body.results[0]).toMatchObject({
		kind: 'city',
		id: 'munich',
		name: 'Munich',
		url: '/cities/munich'
	});
});

test('an empty query lists every record passing the filters, by name', async ({ request }) => {
	const body = await (await request.get('/api/search?q=&kind=mission-city&limit=1000')).json();
	expect(body.total).toBe(112);
	const names: string[] = body.results.map((r: { name: string }) => r.name);
	expect(
		[...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))
	).toEqual(names);
	const se = await (await request.get('/api/search?country=SE&kind=city')).json();
	expect(se.results.every((r: { country: string }) => r.country === 'SE')).toBe(true);
});

test('bad parameters get a 400 with a clear JSON message', async ({ request }) => {
	for (const [query, message] of [
		[`q=${'x'.repeat(201)}`, /query too long/],
		['kind=dragon', /unknown kind/],
		['country=Narnia', /unknown country/],
		['theme=space-travel', /unknown theme/],
		['cohort=7', /unknown cohort/],
		['limit=0', /limit must be/],
		['limit=abc', /limit must be/],
		['offset=-1', /offset must be/]
	] as const) {
		const res = await request.get(`/api/search?${query}`);
		expect(res.status(), query).toBe(400);
		expect((await res.json()).error, query).toMatch(message);
	}
});

test('records by kind and one record with its relations; unknown ids are 404 JSON', async ({
	request
}) => {
	const cities = await (await request.get('/api/cities')).json();
	expect(cities.total).toBe(190);
	const malmo = await (await request.get('/api/cities/malmo')).json();
	expect(malmo.record.name).toBe('Malmö');
	expect(malmo.relations.pilots.length).toBeGreaterThan(0);
	const project = await (await request.get('/api/projects/netzerocities')).json();
	expect(project.relations.partners.some((p: { id: string }) => p.id === 'eit-climate-kic')).toBe(
		true
	);
	const missing = await request.get('/api/partners/no-such-partner');
	expect(missing.status()).toBe(404);
	expect((await missing.json()).error).toMatch(/no partner/);
	const unknownPath = await request.get('/api/nothing/here');
	expect(unknownPath.status()).toBe(404);
	expect(unknownPath.headers()['content-type']).toContain('application/json');
});

test('answers carry ETag and Cache-Control, and revalidate with 304', async ({ request }) => {
	const first = await request.get('/api/search?q=lund');
	const etag = first.headers()['etag'];
	expect(etag).toBeTruthy();
	// The data can be reloaded while the server runs: browsers revalidate, shared caches keep 10 s.
	expect(first.headers()['cache-control']).toBe('public, max-age=0, s-maxage=10, must-revalidate');
	expect(first.headers()['x-data-version']).toMatch(/^[\w-]{16}$/);
	const again = await request.get('/api/search?q=lund', { headers: { 'if-none-match': etag } });
	expect(again.status()).toBe(304);
	const page = await request.get('/', { headers: { 'accept-encoding': 'gzip' } });
	expect(page.headers()['etag']).toBeTruthy();
	expect(page.headers()['content-encoding']).toBe('gzip');
});

test('a page and its client-side data are cached apart: __data.json always answers JSON', async ({
	request
}) => {
	for (const path of ['/match', '/overview', '/cities/malmo']) {
		expect((await request.get(path)).headers()['content-type']).toContain('text/html');
		const data = await request.get(`${path}/__data.json?x-sveltekit-invalidated=01`);
		expect(data.headers()['content-type'], path).toContain('application/json');
		expect(typeof (await data.json())).toBe('object');
		expect((await request.get(path)).headers()['content-type']).toContain('text/html');
	}
});

test('a city’s synergies as data; unknown and junk ids are 404 JSON', async ({ request }) => {
	const res = await request.get('/api/synergies/malmo');
	expect(res.status()).toBe(200);
	expect(res.headers()['cache-control']).toBe('public, max-age=0, s-maxage=10, must-revalidate');
	expect(res.headers()['etag']).toBeTruthy();
	expect(res.headers()['x-data-version']).toMatch(/^[\w-]{16}$/);
	const body = await res.json();
	expect(body.city).toBe('malmo');
	expect(body.pilotCities.length).toBeGreaterThan(0);
	expect(body.pilotCities.length).toBeLessThanOrEqual(5);
	for (const s of [...body.pilotCities, ...body.missionCities]) {
		expect(typeof s.id).toBe('string');
		expect(typeof s.score).toBe('number');
		expect(s.reasons.every((r: { kind: string }) => typeof r.kind === 'string')).toBe(true);
	}
	// Malmö is a Pilot City too: the Mission Cities on its themes.
	expect(body.missionCities.length).toBeGreaterThan(0);
	const lund = await (await request.get('/api/synergies/lund')).json();
	expect(lund.pilotCities.map((s: { id: string }) => s.id).slice(0, 2)).toEqual([
		'liberec',
		'malmo'
	]);
	for (const path of [
		'/api/synergies/atlantis',
		'/api/synergies/..%2Fx',
		'/api/synergies/../x',
		`/api/synergies/${'a'.repeat(300)}`,
		'/api/synergies/Malm%C3%B6%20%3Cb%3E'
	]) {
		const bad = await request.get(path);
		expect(bad.status(), path).toBe(404);
		expect(bad.headers()['content-type'], path).toContain('application/json');
		expect(typeof (await bad.json()).error, path).toBe('string');
	}
});
