// Live reload: a second server (port 4321) serves a temp copy of the data through a symlink
// (DATA_DIR -> v1/). Editing a file shows on the next page load without a restart; a broken edit
// is not loaded and /api/status names the problem relative to DATA_DIR; SIGHUP reloads (here after
// the symlink is switched to another directory, which the watch on the old one cannot see).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4321;
const BASE = `http://127.0.0.1:${PORT}`;

let root = '';
let server: ChildProcess | null = null;
let log = '';

test.describe.configure({ mode: 'serial' });
// With the service worker a browser really has: its network-first pages must not hide an edit.
test.use({ serviceWorkers: 'allow' });

/** Writes a data file as an editor or importer does: a temp file, then a rename over the old one. */
function editCities(dir: string, edit: (cities: Record<string, unknown>[]) => void): void {
	const file = join(dir, 'cities.json');
	const cities = JSON.parse(readFileSync(file, 'utf8'));
	edit(cities);
	writeFileSync(`${file}.tmp`, JSON.stringify(cities, null, 1));
	renameSync(`${file}.tmp`, file);
}

const malmo = (cities: Record<string, unknown>[]) => cities.find((c) => c.id === 'malmo')!;

interface Status {
	dataVersion: string;
	loadedAt: string;
	counts: Record<string, number>;
	problems: string[];
	rejectedAt: string | null;
}

async function status(request: APIRequestContext): Promise<Status> {
	const res = await request.get(`${BASE}/api/status`);
	expect(res.headers()['cache-control']).toBe('no-store');
	return res.json();
}

/** Polls /api/status until `accept` holds (a reload is debounced 300 ms, then read and checked). */
async function statusWhen(request: APIRequestContext, accept: (s: Status) => boolean) {
	let last: Status | null = null;
	await expect
		.poll(async () => accept((last = await status(request))), { timeout: 15_000 })
		.toBe(true);
	return last!;
}

test.beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'cme-reload-'));
	cpSync('data', join(root, 'v1'), { recursive: true });
	symlinkSync(join(root, 'v1'), join(root, 'current'));
	server = spawn(process.execPath, ['scripts/server.js'], {
		env: {
			...process.env,
			DATA_DIR: join(root, 'current'),
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout!.on('data', (d) => (log += d));
	server.stderr!.on('data', (d) => (log += d));
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(`${BASE}/api/status`)).ok) break;
		} catch {
			// not up yet
		}
		if (server.exitCode !== null || Date.now() > deadline)
			throw new Error(`the server on ${PORT} did not start:\n${log}`);
		await new Promise((r) => setTimeout(r, 200));
	}
});

test.afterAll(async () => {
	if (server && server.exitCode === null) {
		const exited = new Promise((r) => server!.once('exit', r));
		server.kill('SIGTERM');
		setTimeout(() => server?.exitCode === null && server.kill('SIGKILL'), 5000).unref();
		await exited;
	}
	if (root) rmSync(root, { recursive: true, force: true });
});

test('an edited data file shows on the next page load, without a restart', async ({
	page,
	request
}) => {
	const before = await status(request);
	expect(before.problems).toEqual([]);
	await page.goto(`${BASE}/cities/malmo`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Malmö');
	const page1 = await request.get(`${BASE}/api/cities/malmo`);
	expect(page1.headers()['x-data-version']).toBe(before.dataVersion);
	const etag = page1.headers()['etag'];

	editCities(join(root, 'v1'), (cities) => {
		malmo(cities).name = 'Malmö (edited)';
		malmo(cities).population = 123456;
	});
	const after = await statusWhen(request, (s) => s.dataVersion !== before.dataVersion);
	expect(after.problems).toEqual([]);
	expect(Date.parse(after.loadedAt)).toBeGreaterThan(Date.parse(before.loadedAt));

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Malmö (edited)');
	await expect(page.getByText('123,456')).toBeVisible();
	// The API, its ETag and X-Data-Version, the explorer's search and the export follow.
	const api = await request.get(`${BASE}/api/cities/malmo`, { headers: { 'if-none-match': etag } });
	expect(api.status()).toBe(200);
	expect(api.headers()['etag']).not.toBe(etag);
	expect(api.headers()['x-data-version']).toBe(after.dataVersion);
	expect((await api.json()).record.name).toBe('Malmö (edited)');
	const exported = await request.get(`${BASE}/api/export?format=csv&q=malmo`);
	expect(await exported.text()).toContain('Malmö (edited)');
	await page.goto(`${BASE}/?q=malm`);
	await expect(page.getByRole('link', { name: /Malmö \(edited\)/ }).first()).toBeVisible();
	await page.goto(`${BASE}/kiosk`);
	const kioskData = await request.get(`${BASE}/kiosk/__data.json`);
	expect(await kioskData.text()).toContain('Malmö (edited)');
});

test('a broken edit is not loaded: the page stays as it was and /api/status names the problem', async ({
	page,
	request
}) => {
	const before = await status(request);
	editCities(join(root, 'v1'), (cities) => void (malmo(cities).lat = 'abc'));
	const after = await statusWhen(request, (s) => s.problems.length > 0);
	expect(after.dataVersion).toBe(before.dataVersion);
	expect(after.rejectedAt).not.toBeNull();
	expect(after.problems).toHaveLength(1);
	// File relative to DATA_DIR, then record and field.
	expect(after.problems[0]).toMatch(
		/^cities\.json: record \d+ \(id "malmo"\): lat: expected a number between -90 and 90, got "abc"$/
	);
	const raw = await (await request.get(`${BASE}/api/status`)).text();
	expect(raw).not.toContain(root);
	expect(raw).not.toContain(tmpdir());
	expect(log).toContain(`still serving version ${before.dataVersion}`);

	await page.goto(`${BASE}/cities/malmo`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Malmö (edited)');
	await page.goto(`${BASE}/about`);
	const section = page.getByRole('region', { name: 'Data status' });
	await expect(section).toContainText('was not loaded because of 1 problem');
	await expect(section).toContainText('cities.json: record');
	await expect(section).toContainText('(id "malmo"): lat:');
	expect(await page.content()).not.toContain(root);

	// Fixing the file clears the problems.
	editCities(join(root, 'v1'), (cities) => void (malmo(cities).lat = 55.605));
	const fixed = await statusWhen(request, (s) => s.problems.length === 0);
	expect(fixed.rejectedAt).toBeNull();
});

test('SIGHUP reloads: DATA_DIR switched to a new directory is read on the signal', async ({
	page,
	request
}) => {
	const before = await status(request);
	cpSync(join(root, 'v1'), join(root, 'v2'), { recursive: true });
	editCities(join(root, 'v2'), (cities) => void (malmo(cities).name = 'Malmö (v2)'));
	// An atomic switch of the symlink: the watch follows v1, so nothing reloads by itself.
	symlinkSync(join(root, 'v2'), join(root, 'next'));
	renameSync(join(root, 'next'), join(root, 'current'));
	await new Promise((r) => setTimeout(r, 1500));
	expect((await status(request)).dataVersion).toBe(before.dataVersion);

	server!.kill('SIGHUP');
	const after = await statusWhen(request, (s) => s.dataVersion !== before.dataVersion);
	expect(after.problems).toEqual([]);
	expect(server!.exitCode).toBeNull();
	await page.goto(`${BASE}/cities/malmo`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Malmö (v2)');

	// ... and watches the new directory from then on.
	editCities(join(root, 'v2'), (cities) => void (malmo(cities).name = 'Malmö (v2, edited)'));
	await statusWhen(request, (s) => s.dataVersion !== after.dataVersion);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Malmö (v2, edited)');
});
