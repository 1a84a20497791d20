// Soak test of the kiosk (npm run soak): drives /kiosk?idle=2 in Chromium through at least 1,000 touch
// interactions (on-screen keyboard, chips, results, cards, clearing) and many idle resets, then prints the
// JS heap (after a forced GC) and DOM node counts at the start, middle and end. Prints numbers; it does
// not pass or fail on them. Builds first if build/ is missing; starts its own server on a free port;
// stops by itself within 7 minutes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { findBrowser, HOW_TO_GET_ONE } from './find-browser.js';

const TARGET_INTERACTIONS = Number(process.env.SOAK_INTERACTIONS ?? 1000);
const BUDGET_MS = 6 * 60_000; // the driving loop stops here even if the target is not reached
const HARD_STOP_MS = 7 * 60_000 - 5_000;
const IDLE_SECONDS = 2;
const RESET_EVERY = 40; // interactions between deliberate idle pauses
const WORDS = [
	'malmo',
	'lyon',
	'riga',
	'porto',
	'wien',
	'gent',
	'net zero',
	'energy',
	'mobility',
	'tartu',
	'cluj',
	'xyzzy'
];

let server: ChildProcess | null = null;
const hardStop = setTimeout(() => {
	console.error('soak: time is up (7 minutes); stopping.');
	server?.kill();
	process.exit(2);
}, HARD_STOP_MS);

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

async function waitForServer(url: string) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`The server did not answer at ${url}`);
}

interface Sample {
	label: string;
	interactions: number;
	resets: number;
	heapMB: number;
	nodes: number;
	listeners: number;
	domElements: number;
	/** Of those, the map's (markers and clusters differ with the view the attract loop left). */
	mapElements: number;
}

async function sample(
	page: Page,
	cdp: CDPSession,
	label: string,
	interactions: number,
	resets: number
): Promise<Sample> {
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
	const [domElements, mapElements] = await page.evaluate(() => [
		document.getElementsByTagName('*').length,
		document.querySelector('.leaflet-container')?.getElementsByTagName('*').length ?? 0
	]);
	return {
		label,
		interactions,
		resets,
		heapMB: +(metric('JSHeapUsedSize') / 1048576).toFixed(2),
		nodes: metric('Nodes'),
		listeners: metric('JSEventListeners'),
		domElements,
		mapElements
	};
}

async function main() {
	const executablePath = await findBrowser();
	if (!executablePath) throw new Error(HOW_TO_GET_ONE);
	if (!existsSync('build/index.js')) {
		console.log('soak: build/ is missing; building first (npm run build)');
		const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		if (built.status !== 0) throw new Error('The build failed.');
	}
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	await waitForServer(`${origin}/api/search?q=`);

	const browser = await chromium.launch({
		executablePath,
		args: ['--disable-gpu', '--enable-precise-memory-info']
	});
	const context = await browser.newContext({
		hasTouch: true,
		isMobile: false,
		viewport: { width: 1920, height: 1080 },
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	const start = `${origin}/kiosk?idle=${IDLE_SECONDS}`;
	await page.goto(start);
	await page.waitForFunction(() => typeof window.__kioskInjectError === 'function');

	let interactions = 0;
	let failures = 0;
	/** Why taps were skipped: a selector gone stale shows here, rather than as a quietly easier soak. */
	const skipped = new Map<string, number>();
	let resets = 0;
	const samples: Sample[] = [await sample(page, cdp, 'start', 0, 0)];
	let middleTaken = false;
	let warmTaken = false;
	const WARM_UP = 100; // the first searches build the index and load code once: not a leak
	const began = Date.now();
	const act = async (what: () => Promise<unknown>) => {
		try {
			await what();
			interactions++;
		} catch (err) {
			failures++; // e.g. the countdown covered the control; the next step goes on
			const why = String((err as Error).message)
				.split('\n')[0]
				.slice(0, 100);
			skipped.set(why, (skipped.get(why) ?? 0) + 1);
		}
	};
	/** One touch on the n-th visible element matching the selector (and text): one round trip to find it, one to tap. */
	const tap = (selector: string, text?: string, nth = 0) =>
		act(async () => {
			const point = await page.evaluate(
				({ selector, text, nth }) => {
					const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter(
						(el) =>
							el.getClientRects().length > 0 &&
							(text === undefined || el.textContent?.trim() === text)
					);
					const el = visible[Math.min(nth, visible.length - 1)];
					if (!el) return null;
					el.scrollIntoView({ block: 'nearest' });
					const r = el.getBoundingClientRect();
					return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
				},
				{ selector, text, nth }
			);
			if (!point) throw new Error(`nothing to tap: ${selector} ${text ?? ''}`);
			await page.touchscreen.tap(point.x, point.y);
		});
	const key = (k: string) => tap('#kiosk-keyboard button', k);
	const present = (selector: string) =>
		page.evaluate((s) => document.querySelector(s) !== null, selector);

	for (
		let round = 0;
		interactions < TARGET_INTERACTIONS && Date.now() - began < BUDGET_MS;
		round++
	) {
		// A touch may land on the attract layer or the countdown first: that only wakes the screen.
		if (await present('[data-testid="attract"]')) await tap('[data-testid="attract"]');
		if (await present('[role="alertdialog"]')) await tap('[role="alertdialog"] button');
		if (!(await present('#kiosk-keyboard [role="group"]')))
			await tap('button.toggle[aria-controls="kiosk-keyboard"]');
		for (const ch of WORDS[round % WORDS.length]) await key(ch === ' ' ? 'Space' : ch);
		await tap('[aria-label="Backspace"]');
		await tap('button.tab', 'Show');
		await tap('.chips button.chip', undefined, round % 3);
		await tap('.results button.result', undefined, round % 4);
		await tap('article.record button', 'Close');
		await tap('button.tab', round % 2 ? 'Country' : 'Theme');
		await tap('.chips button.chip');
		await key('Clear');
		// Every sample is taken at the same place: the start view right after an idle reset, so the
		// numbers compare like with like (a sample mid-session would count whatever card or list is open).
		const due =
			(!warmTaken && interactions >= WARM_UP) ||
			(!middleTaken && interactions >= TARGET_INTERACTIONS / 2);
		if (due) {
			await page.waitForURL(start, { timeout: (IDLE_SECONDS + 3) * 1000 }).then(
				() => resets++,
				() => failures++
			);
			if (!warmTaken) {
				samples.push(await sample(page, cdp, 'warm', interactions, resets));
				warmTaken = true;
			} else {
				samples.push(await sample(page, cdp, 'middle', interactions, resets));
				middleTaken = true;
			}
		} else if (round % Math.ceil(RESET_EVERY / 15) === 0) {
			// Leave it alone: the countdown, the reset to the start, then the attract loop.
			await page.waitForURL(start, { timeout: (IDLE_SECONDS + 3) * 1000 }).then(
				() => resets++,
				() => failures++
			);
			await page
				.getByTestId('attract')
				.waitFor({ timeout: (IDLE_SECONDS + 3) * 1000 })
				.catch(() => failures++);
		}
	}
	// End at the start view after one last reset, as a screen would be between visitors.
	await page.waitForURL(start, { timeout: (IDLE_SECONDS + 3) * 1000 }).then(
		() => resets++,
		() => failures++
	);
	samples.push(await sample(page, cdp, 'end', interactions, resets));

	console.log(
		`\nKiosk soak: ${interactions} interactions (${failures} skipped), ${resets} idle resets in ${((Date.now() - began) / 1000).toFixed(0)} s, idle=${IDLE_SECONDS}s`
	);
	console.table(
		samples.map((s) => ({
			when: s.label,
			interactions: s.interactions,
			resets: s.resets,
			'JS heap used (MB, after GC)': s.heapMB,
			'DOM nodes (CDP)': s.nodes,
			'elements in document': s.domElements,
			'of which in the map': s.mapElements,
			'JS event listeners': s.listeners
		}))
	);
	const first = samples.find((x) => x.label === 'warm') ?? samples[0];
	const last = samples[samples.length - 1];
	console.log(
		`Heap change ${first.label} -> end: ${(last.heapMB - first.heapMB).toFixed(2)} MB; elements: ${last.domElements - first.domElements} (outside the map: ${last.domElements - last.mapElements - (first.domElements - first.mapElements)})`
	);
	console.log(
		skipped.size
			? `Skipped taps, most frequent first:\n  ${[...skipped]
					.sort((a, b) => b[1] - a[1])
					.slice(0, 6)
					.map(([why, n]) => `${n} x ${why}`)
					.join('\n  ')}`
			: 'Skipped taps: none'
	);
	console.log(
		errors.length
			? `Console/page errors: ${errors.length}\n  ${errors.slice(0, 5).join('\n  ')}`
			: 'Console/page errors: none'
	);
	await browser.close();
}

main()
	.catch((err) => {
		console.error(err);
		process.exitCode = 1;
	})
	.finally(() => {
		server?.kill();
		clearTimeout(hardStop);
	});
