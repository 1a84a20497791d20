// Client-only: registers the service worker once the page has loaded and has nothing left to do.
// Its install caches every asset of the app (about 2.5 MB in 109 files) for offline use. Registered at
// `load`, as SvelteKit does by default, that install competed with the map's first drawing on a first
// visit: on 2 cores, 20,000 markers took 1.2–1.4 s instead of 0.6–0.9 s. A venue PC or a phone has no
// more cores than that. Offline use starts a few seconds later instead.

/** An idle period this long (ms; 50 is the most a browser gives) means nothing is queued: no frames,
 * no slices of map work. */
const QUIET_MS = 45;
/** Registers by then whatever the page is doing (an animation that never stops, a busy kiosk). */
const GIVE_UP_MS = 10_000;

/** Resolves in the first idle period of QUIET_MS, or after GIVE_UP_MS. */
function whenQuiet(): Promise<void> {
	return new Promise((resolve) => {
		let done = false;
		const finish = () => {
			done = true;
			clearTimeout(timer);
			resolve();
		};
		const timer = setTimeout(finish, GIVE_UP_MS);
		if (typeof requestIdleCallback === 'undefined') return;
		const wait = () =>
			requestIdleCallback((deadline) => {
				if (done) return;
				if (deadline.timeRemaining() >= QUIET_MS) finish();
				else wait();
			});
		wait();
	});
}

const loaded = () =>
	document.readyState === 'complete'
		? Promise.resolve()
		: new Promise<void>((resolve) => addEventListener('load', () => resolve(), { once: true }));

/** Registers `url` (SvelteKit's built service worker) after `load`, once the page is quiet. */
export async function registerServiceWorkerWhenQuiet(url: string, options?: RegistrationOptions) {
	if (!('serviceWorker' in navigator)) return;
	await loaded();
	await whenQuiet();
	try {
		await navigator.serviceWorker.register(url, options);
	} catch (err) {
		// Offline use is a bonus: the page works without it (private windows, storage turned off).
		console.warn('The service worker could not be registered', err);
	}
}
