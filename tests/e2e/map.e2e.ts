// The map module in a real browser, through its harness /dev/map (src/routes/dev/map).
import { expect, test, type Locator, type Page } from '@playwright/test';

let errors: string[] = [];
let offHost: string[] = [];

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page, baseURL }) => {
	errors = [];
	offHost = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	// Record every request; anything not on our own host (tiles, CDNs, fonts) is noted and blocked.
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(baseURL!)) return route.continue();
		offHost.push(url);
		return route.abort();
	});
});

test.afterEach(() => {
	expect(errors, 'console errors').toEqual([]);
	expect(offHost, 'requests that left the host (tiles are off by default)').toEqual([]);
});

/** Lines drawn by the given paths: each line is a subpath of its path's `d`, starting with M. */
async function subpaths(paths: Locator): Promise<number> {
	const ds = await paths.evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
	return ds.reduce((sum, d) => sum + (d.match(/M/g)?.length ?? 0), 0);
}

async function openMap(page: Page, query = '') {
	await page.goto(`/dev/map${query}`);
	const map = page.getByTestId('map');
	// Generous waits: Leaflet and the basemap load after the page, and this machine may be busy.
	await expect(map).toBeVisible({ timeout: 30_000 });
	await map.locator('[data-basemap]').waitFor({ state: 'attached', timeout: 30_000 });
	return map;
}

test('draws the offline basemap: countries on a canvas, Europe lighter than its neighbours', async ({
	page
}) => {
	const map = await openMap(page);
	expect(Number(await map.locator('[data-basemap]').getAttribute('data-basemap'))).toBeGreaterThan(
		200
	);
	const painted = await map
		.locator('.leaflet-cme-basemap-pane canvas')
		.evaluate((c: HTMLCanvasElement) => {
			const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
			let stage = 0,
				land = 0;
			for (let i = 0; i < data.length; i += 4) {
				const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
				if (r === 0xf4 && g === 0xf2 && b === 0xed) stage++;
				if (r === 0xe6 && g === 0xe3 && b === 0xdc) land++;
			}
			return { stage, land };
		});
	expect(painted.stage).toBeGreaterThan(1000);
	expect(painted.land).toBeGreaterThan(1000);
});

test('the basemap canvas is drawn a tenth beyond the view, not more (every frame copies it)', async ({
	page
}) => {
	const map = await openMap(page);
	const box = (await map.boundingBox())!;
	const canvas = await map
		.locator('.leaflet-cme-basemap-pane canvas')
		.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
	const ratio = (await page.evaluate(() => window.devicePixelRatio)) ** 2;
	// (1 + 2 x 0.1)^2 = 1.44 of the map's area; the earlier padding of 0.3 drew 2.56.
	expect((canvas.w * canvas.h) / (box.width * box.height * ratio)).toBeLessThan(1.5);
});

test('draws a Mission City as a named, keyboard-reachable marker', async ({ page }) => {
	const map = await openMap(page, '?q=malmo&kind=mission-city');
	const marker = map.getByRole('button', {
		name: 'Malmö, Mission City and Pilot City, EU Mission Label'
	});
	await expect(marker).toBeVisible();
	await expect(marker).toHaveAttribute('tabindex', '0');
	await expect(marker.locator('svg path')).toHaveCount(1); // the diamond inside the circle
});

test('clusters say in words what they hold', async ({ page }) => {
	const map = await openMap(page);
	const clusters = map.locator('.cme-cluster [role=img]');
	await expect(clusters.first()).toBeAttached();
	const labels = await clusters.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
	expect(labels.length).toBeGreaterThan(5);
	for (const label of labels) {
		const m = /^(\d+): (\d+ [A-Za-z ()]+)(, \d+ [A-Za-z ()]+)*$/.exec(label);
		expect(m, label).not.toBeNull();
		const parts = label
			.slice(label.indexOf(':') + 2)
			.split(', ')
			.map((p) => parseInt(p, 10));
		expect(
			parts.reduce((a, b) => a + b, 0),
			label
		).toBe(Number(m![1]));
	}
	expect(labels.some((l) => /Mission Cities|Mission and Pilot Cities/.test(l))).toBe(true);
	expect(labels.some((l) => / partners?\b/.test(l))).toBe(true);
});

/** Records each worker the page starts (its script's URL), before any of the page's code runs. */
async function countWorkers(page: Page) {
	await page.addInitScript(() => {
		type Started = { url: string; at: number; loads: number };
		const started: Started[] = ((window as unknown as { __workers: Started[] }).__workers = []);
		const Native = window.Worker;
		window.Worker = class extends Native {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				const entry = { url: String(url), at: performance.now(), loads: 0 };
				started.push(entry);
				const post = this.postMessage.bind(this) as (m: unknown, t?: Transferable[]) => void;
				this.postMessage = ((message: { type?: string }, transfer?: Transferable[]) => {
					if (message?.type === 'load') entry.loads++;
					post(message, transfer);
				}) as Worker['postMessage'];
			}
		};
	});
	return () =>
		page.evaluate(() => {
			const w = window as unknown as {
				__workers: { url: string; at: number; loads: number }[];
				__mapStats?: { shownAt: number };
			};
			return w.__workers.map((worker) => ({
				...worker,
				// The map marks this just before it loads Leaflet.
				beforeLeaflet: worker.at < performance.getEntriesByName('cme-map-start')[0].startTime,
				afterFirstMarkers: worker.at >= (w.__mapStats?.shownAt || Infinity) - 1
			}));
		});
}

test('the first markers wait for no worker; a new search is clustered in one, started after them', async ({
	page
}) => {
	const workers = await countWorkers(page);
	await page.setViewportSize({ width: 1366, height: 800 });
	await page.goto('/');
	const map = page.getByTestId('map');
	await expect(map.locator('.cme-cluster').first()).toBeAttached({ timeout: 30_000 });
	const shown = () =>
		page.evaluate(() => (window as { __mapStats?: { shownAt: number } }).__mapStats?.shownAt ?? 0);
	await expect.poll(shown).toBeGreaterThan(0);
	const firstShown = await shown();
	const first = await workers();
	expect(first.length).toBeLessThanOrEqual(1);
	for (const w of first) expect(w.afterFirstMarkers).toBe(true);
	await page.getByRole('searchbox', { name: /Search/ }).fill('energy');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/q=energy/);
	await expect.poll(async () => (await workers()).map((w) => w.loads)).toEqual([1]);
	const [worker] = await workers();
	expect(worker.url).toMatch(/cluster-worker/);
	expect(worker.at).toBeGreaterThanOrEqual(firstShown - 1);
});

test('many points are clustered in a worker, started before Leaflet loads', async ({ page }) => {
	const workers = await countWorkers(page);
	const map = await openMap(page, '?synthetic=6000');
	const clusters = map.locator('.cme-cluster [role=img]');
	await expect(clusters.first()).toBeAttached();
	const started = await workers();
	expect(started).toHaveLength(1);
	expect(started[0].url).toMatch(/cluster-worker/);
	expect(started[0].beforeLeaflet).toBe(true);
	const total = await clusters.evaluateAll((els) =>
		els.reduce((sum, e) => sum + parseInt(e.getAttribute('aria-label')!, 10), 0)
	);
	expect(total).toBeGreaterThan(1000);
});

test('keyboard focus and hover both show a marker’s name', async ({ page }) => {
	const map = await openMap(page, '?q=malmo&kind=mission-city');
	const tip = map.locator('.leaflet-tooltip.cme-tip');
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.classList.contains('cme-marker'))) break;
	}
	await expect(page.locator('.cme-marker:focus')).toHaveAttribute('aria-label', /^Malmö/);
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('Malmö');
	await page.keyboard.press('Tab');
	await expect(tip).toHaveCount(0);
	await map.getByRole('button', { name: /^Malmö/ }).hover();
	await expect(tip).toContainText('Mission City and Pilot City');
});

test('a name with a comma shows whole in the tooltip (markers carry their record)', async ({
	page
}) => {
	const name = 'District 2 City Hall, Bucharest (Primăria Sectorului 2)';
	const map = await openMap(page, '?q=District+2+City+Hall&kind=partner');
	const marker = map.getByRole('button', { name: `${name}, Partner` });
	await marker.hover();
	const tip = map.locator('.leaflet-tooltip.cme-tip');
	await expect(tip.locator('strong')).toHaveText(name);
	await expect(tip).toContainText('Partner');
});

test('choosing a marker reports it: click, Enter, and Escape to let go', async ({ page }) => {
	const map = await openMap(page, '?q=malmo&kind=mission-city');
	const selected = page.getByTestId('selected');
	await expect(selected).toHaveText('none');
	await map.getByRole('button', { name: /^Malmö/ }).click();
	await expect(selected).toHaveText('city:malmo');
	await expect(map.locator('.cme-marker.cme-sel')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(selected).toHaveText('none');
	await expect(map.locator('.cme-marker.cme-sel')).toHaveCount(0);
	await map.getByRole('button', { name: /^Malmö/ }).focus();
	await page.keyboard.press('Enter');
	await expect(selected).toHaveText('city:malmo');
	// Clicking the empty map keeps the selection (the page has its own close button).
	await map.click({ position: { x: 20, y: 300 } });
	await expect(selected).toHaveText('city:malmo');
});

test('a selected project draws lines to its sites and partners, and the rest dims', async ({
	page
}) => {
	const map = await openMap(page, '?sel=project:netzerocities');
	const lines = map.locator('path.cme-relation');
	await expect(lines.first()).toBeAttached();
	// All relation lines are one path (and one casing): a line is a subpath, each starting with M.
	await expect(lines).toHaveCount(1);
	await expect(map.locator('path.cme-relation-casing')).toHaveCount(1);
	const count = await subpaths(lines);
	expect(count).toBeGreaterThanOrEqual(10); // from its label to its 10 sites, plus the partners that have a place
	expect(await subpaths(map.locator('path.cme-relation-casing'))).toBe(count);
	expect(
		await page.evaluate(
			() => (window as unknown as { __mapStats: { relations: number } }).__mapStats.relations
		)
	).toBe(count);
	// Its coordinator has no known place: the project is a label without a point, and its 10 sites
	// are drawn as the cities they are (not as 10 project squares).
	await expect(map.locator('.cme-marker.cme-sel')).toHaveCount(0);
	await expect(map.locator('.cme-sel-label')).toHaveText('NetZeroCities');
	await expect(
		map.locator('.cme-marker.cme-rel:is(.cme-mission, .cme-both, .cme-pilot-city, .cme-site)')
	).toHaveCount(10);
	await expect(map.locator('.leaflet-container')).toHaveClass(/cme-dim/);
	await expect(map.locator('.cme-sel-tip')).toHaveText('NetZeroCities');
	await page.getByRole('button', { name: 'Clear selection' }).click();
	await expect(lines).toHaveCount(0);
	await expect(map.locator('.leaflet-container')).not.toHaveClass(/cme-dim/);
});

test('selecting one record after another keeps one layer of lines (an unattended kiosk selects thousands)', async ({
	page
}) => {
	const map = await openMap(page, '?q=malmo&kind=mission-city');
	const selected = page.getByTestId('selected');
	const malmo = map.getByRole('button', { name: /^Malmö/ });
	for (let i = 0; i < 4; i++) {
		await malmo.click();
		await expect(selected).toHaveText('city:malmo');
		await expect(map.locator('path.cme-relation').first()).toBeAttached();
		await page.keyboard.press('Escape');
		await expect(selected).toHaveText('none');
	}
	await expect(map.locator('.leaflet-cme-relations-pane svg')).toHaveCount(1);
});

test('shows exactly the records given, and an empty result keeps a Europe view', async ({
	page
}) => {
	await openMap(page, '?q=zzzzqqqq');
	const stats = await page.evaluate(
		() => (window as unknown as { __mapStats: { records: number; markers: number } }).__mapStats
	);
	expect(stats).toMatchObject({ records: 0, markers: 0 });
	await expect(page.locator('.cme-marker, .cme-cluster')).toHaveCount(0);
});

test('a shared selection is framed at once, without zooming in from Europe', async ({ page }) => {
	// Leaflet marks its container with leaflet-zoom-anim for the length of each zoom animation.
	await page.addInitScript(() => {
		(window as unknown as { __zoomAnimations: number }).__zoomAnimations = 0;
		new MutationObserver((records) => {
			for (const r of records)
				if (
					r.target instanceof HTMLElement &&
					r.target.classList.contains('leaflet-zoom-anim') &&
					!(r.oldValue ?? '').includes('leaflet-zoom-anim')
				)
					(window as unknown as { __zoomAnimations: number }).__zoomAnimations++;
		}).observe(document, {
			subtree: true,
			attributes: true,
			attributeFilter: ['class'],
			attributeOldValue: true
		});
	});
	const map = await openMap(page, '?variant=detail&sel=project:up2030&q=zzzzqqqq');
	await expect(map.locator('path.cme-relation')).toBeAttached();
	await page.waitForTimeout(1000);
	expect(
		await page.evaluate(() => (window as unknown as { __zoomAnimations: number }).__zoomAnimations)
	).toBe(0);
});

test('the detail map shows one record and its relations without clusters', async ({ page }) => {
	const map = await openMap(page, '?variant=detail&sel=pilot:c1-colab&q=zzzzqqqq');
	await expect(map.locator('.cme-marker.cme-sel')).toHaveCount(3);
	await expect(map.locator('.cme-marker.cme-rel')).toHaveCount(3);
	expect(await subpaths(map.locator('path.cme-relation'))).toBe(2); // from the middle city to the other two
	await expect(map.locator('.cme-cluster')).toHaveCount(0);
});

test('fits the view to the records it is given', async ({ page }) => {
	const map = await openMap(page, '?q=malmo&kind=mission-city');
	const marker = map.getByRole('button', { name: /^Malmö/ });
	await expect(marker).toBeVisible();
	const [m, box] = [(await marker.boundingBox())!, (await map.boundingBox())!];
	expect(Math.abs(m.x + m.width / 2 - (box.x + box.width / 2))).toBeLessThan(40);
	expect(Math.abs(m.y + m.height / 2 - (box.y + box.height / 2))).toBeLessThan(40);
});

test('the kiosk map draws bigger, touch-sized markers', async ({ page }) => {
	const size = async (variant: string) => {
		const map = await openMap(page, `?q=malmo&kind=mission-city&variant=${variant}`);
		return (await map.getByRole('button', { name: /^Malmö/ }).boundingBox())!.width;
	};
	const explorer = await size('explorer');
	const kiosk = await size('kiosk');
	expect(kiosk).toBeGreaterThanOrEqual(explorer * 1.4);
	expect(kiosk).toBeGreaterThanOrEqual(32);
});
