// Client-side (runes, window listeners): the life of an unattended kiosk. The idle timer and its
// countdown, the reset to the start view, the attract loop while nobody is there, recovery from errors
// and picking up a new app version at a safe moment (a reset).
import { goto } from '$app/navigation';
import { createIdleTimer, type IdleTimer } from './idle';
import { ATTRACT_INTERVAL_MS, ATTRACT_INTERVAL_REDUCED_MS, tourGroups, tourStop } from './attract';
import { createErrorBudget, installRecovery, RELOAD_DELAY_MS } from './recovery';
import { isAtStart, startHref, type KioskSettings } from './settings';
import type { SearchRecord } from '../search/records';
import { currentLocale } from '../messages/catalog';
import { localizeHref } from '../paraglide/runtime.js';
import { withGetters } from '../model/live-getters';

/** After this long, a reset reloads the page (when online): fresh data and a fresh heap every few hours. */
const RELOAD_AFTER_MS = 2 * 60 * 60 * 1000;
const RENDER_RECOVERY_MS = 1_500;

declare global {
	interface Window {
		/** Test hook: makes the kiosk fail ('throw' an uncaught error, 'reject' a promise, or fail to 'render'). */
		__kioskInjectError?: (mode?: 'throw' | 'reject' | 'render') => void;
	}
}

interface SessionOptions {
	settings: () => KioskSettings;
	params: () => URLSearchParams;
	records: () => SearchRecord[];
	/** Whether a city has Pilot Cities to learn from (the attract loop's synergy stop). */
	hasSynergies?: (key: string) => boolean;
	/**
	 * Clears what the URL does not hold (scroll position; with `visitor`, also the visitor's own things:
	 * my list, text size). Idle and error resets clear everything; the Start over button keeps those.
	 */
	onreset: (visitor: boolean) => void;
	/** The visitor left something the URL does not hold (a list, larger text): idle must reset it too. */
	visitorState?: () => boolean;
	/** Nobody has touched the screen for the idle time (also at the start view, where no reset runs). */
	onidle?: () => void;
}

export function createKioskSession(opts: SessionOptions) {
	let countdown = $state<number | null>(null);
	let step = $state<number | null>(null);
	let keyboardOpen = $state(false);
	let count = $state(0);
	let crash = $state(false);
	let timer: IdleTimer | null = null;
	let updateReady = false;
	const loadedAt = Date.now();
	const budget = createErrorBudget();
	const groups = $derived(tourGroups(opts.records(), opts.hasSynergies));
	const tour = $derived(step === null ? null : tourStop(groups, step));
	const idleSeconds = $derived(opts.settings().idleSeconds);
	/** The start view in the kiosk's own language (a visitor may have picked another). */
	const startUrl = () =>
		localizeHref(startHref(opts.params(), opts.settings()), { locale: opts.settings().lang });
	const homeLanguage = () => currentLocale() === opts.settings().lang;
	const pristine = () =>
		isAtStart(opts.params(), opts.settings()) &&
		homeLanguage() &&
		!keyboardOpen &&
		!opts.visitorState?.();

	/** Back to the start view; `visitor: false` (Start over) keeps the visitor's list and text size. */
	function reset(visitor = true): Promise<void> {
		countdown = null;
		keyboardOpen = false;
		count++;
		opts.onreset(visitor);
		// Another language needs its messages loaded afresh: a full load, as the language picker does.
		if (
			!homeLanguage() ||
			updateReady ||
			(Date.now() - loadedAt > RELOAD_AFTER_MS && navigator.onLine)
		) {
			location.replace(startUrl());
			return Promise.resolve();
		}
		return goto(startUrl(), { replaceState: true, noScroll: true });
	}

	/** Someone is here: end the attract loop with a fresh session, or end a countdown. */
	function wake() {
		countdown = null;
		if (step !== null) {
			step = null;
			void reset();
		}
		timer?.poke();
	}

	function activity(e: Event) {
		// A touch during the attract loop or the countdown is taken by its full-screen layer (whose click
		// wakes), so it never lands on a control underneath; keys and wheels wake at once.
		if ((step !== null || countdown !== null) && e.type === 'pointerdown') return;
		if (step !== null) return wake();
		countdown = null;
		timer?.poke();
	}

	// Effect: one idle timer for the page's lifetime (recreated only if the idle time changes).
	$effect(() => {
		const t = createIdleTimer(idleSeconds * 1000, {
			onWarn: (s) => {
				if (!pristine()) countdown = s;
			},
			onTick: (s) => {
				if (countdown !== null) countdown = s;
			},
			onActive: () => (countdown = null),
			onIdle: () => {
				opts.onidle?.();
				const done = pristine() ? Promise.resolve() : reset();
				countdown = null;
				if (opts.settings().attract) void done.then(() => (step = 0));
			}
		});
		timer = t;
		return () => t.stop();
	});

	// Effect: the attract loop moves on every few seconds (less often with reduced motion).
	$effect(() => {
		if (step === null) return;
		const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
		const id = setTimeout(
			() => (step = (step ?? 0) + 1),
			reduced ? ATTRACT_INTERVAL_REDUCED_MS : ATTRACT_INTERVAL_MS
		);
		return () => clearTimeout(id);
	});

	// Effect: window-level recovery, the test hook, and noticing a new service worker (a new version).
	$effect(() => {
		const stopRecovery = installRecovery(window, {
			recover: () => {
				crash = false;
				step = null;
				return reset();
			},
			reload: () => location.replace(startUrl())
		});
		window.__kioskInjectError = (mode = 'throw') => {
			if (mode === 'render') crash = true;
			else if (mode === 'reject') void Promise.reject(new Error('Injected kiosk test rejection'));
			else
				setTimeout(() => {
					throw new Error('Injected kiosk test error');
				});
		};
		const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
		const hadController = !!sw?.controller;
		const onController = () => (updateReady = hadController);
		sw?.addEventListener('controllerchange', onController);
		return () => {
			stopRecovery();
			delete window.__kioskInjectError;
			sw?.removeEventListener('controllerchange', onController);
		};
	});

	return withGetters(
		{
			get keyboardOpen() {
				return keyboardOpen;
			},
			set keyboardOpen(open: boolean) {
				keyboardOpen = open;
			},
			reset,
			wake,
			activity,
			explode(): never {
				throw new Error('Injected kiosk render error (test hook)');
			},
			/** <svelte:boundary onerror>: show the message briefly, then start over (or reload after a burst). */
			renderFailed(error: unknown, retry: () => void) {
				console.error('Kiosk recovered from a render error:', error);
				if (budget(Date.now()) === 'reload') {
					setTimeout(() => location.replace(startUrl()), RELOAD_DELAY_MS);
					return;
				}
				setTimeout(() => {
					crash = false;
					step = null;
					void reset().finally(retry);
				}, RENDER_RECOVERY_MS);
			}
		},
		{ countdown: () => countdown, tour: () => tour, count: () => count, crash: () => crash }
	);
}
