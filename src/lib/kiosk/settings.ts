// Pure: no DOM, no Svelte. Kiosk settings (idle time, attract loop, start view, public base URL) from
// env defaults and URL parameters, and the URLs the kiosk builds from them. Forgiving: junk falls back.
import {
	DEFAULT_STATE,
	stateFromParams,
	stateToParams,
	stateToSearch,
	type ExplorerState
} from '../search/url';
import { baseLocale, isLocale, type Locale } from '../paraglide/runtime.js';

export const DEFAULT_IDLE_SECONDS = 90;
/** Below 2 s the countdown could not be read; above 1 h the screen is effectively never reset. */
export const MIN_IDLE_SECONDS = 2;
export const MAX_IDLE_SECONDS = 3600;
/** URL parameters that configure the kiosk itself; they survive every reset. */
export const KIOSK_PARAMS = ['idle', 'attract', 'start', 'lang'] as const;

export interface KioskEnv {
	idleSeconds?: string | null;
	attract?: string | null;
	start?: string | null;
	publicBaseUrl?: string | null;
	/** KIOSK_LANG: the kiosk's own language, which every idle reset returns to. */
	lang?: string | null;
}

export interface KioskSettings {
	idleSeconds: number;
	attract: boolean;
	/** The start view as canonical explorer parameters without '?', e.g. "kind=mission-city" or "". */
	start: string;
	/** Where QR codes point (no trailing slash), or null to use the kiosk's own origin. */
	publicBase: string | null;
	/** The kiosk's language: a visitor may pick another; the idle reset comes back to this one. */
	lang: Locale;
}

/**
 * A UI language code ("de", " FR "); anything else gives null.
 * @example parseLang('FR') // 'fr'
 */
export function parseLang(raw: string | null | undefined): Locale | null {
	const code = (raw ?? '').trim().toLowerCase();
	return isLocale(code) ? code : null;
}

/**
 * Seconds from "90", " 45 ", "30s", "2m" or "1.5"; clamped to a usable range; junk gives the fallback.
 * @example parseIdleSeconds('5', 90) // 5
 */
export function parseIdleSeconds(
	raw: string | null | undefined,
	fallback = DEFAULT_IDLE_SECONDS
): number {
	const m = /^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min)?\s*$/i.exec(raw ?? '');
	if (!m) return fallback;
	const seconds = Number(m[1]) * (m[2] && m[2].toLowerCase().startsWith('m') ? 60 : 1);
	if (!Number.isFinite(seconds) || seconds <= 0) return fallback;
	return Math.min(MAX_IDLE_SECONDS, Math.max(MIN_IDLE_SECONDS, Math.round(seconds)));
}

/** "1", "true", "yes", "on" / "0", "false", "no", "off" (any case); anything else gives the fallback. */
export function parseSwitch(raw: string | null | undefined, fallback: boolean): boolean {
	const v = (raw ?? '').trim().toLowerCase();
	if (['1', 'true', 'yes', 'on'].includes(v)) return true;
	if (['0', 'false', 'no', 'off'].includes(v)) return false;
	return fallback;
}

/**
 * A start view from an explorer query ("?kind=project", "country=de", "/?q=malmo"), made canonical.
 * @example parseStart('?country=de&junk=1') // 'country=DE'
 */
export function parseStart(raw: string | null | undefined): string {
	const text = (raw ?? '').trim().replace(/^\/?\??/, '');
	if (!text) return '';
	try {
		const state = stateFromParams(new URLSearchParams(text));
		return stateToParams({ ...state, view: DEFAULT_STATE.view }).toString();
	} catch {
		return '';
	}
}

/** An http(s) base URL without trailing slash, query or hash; anything else gives null. */
export function parseBaseUrl(raw: string | null | undefined): string | null {
	const text = (raw ?? '').trim();
	if (!text) return null;
	try {
		const url = new URL(text);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
		return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
	} catch {
		return null;
	}
}

/** Settings: URL parameters win over env variables, which win over the defaults. */
export function kioskSettings(params: URLSearchParams, env: KioskEnv = {}): KioskSettings {
	const idleDefault = parseIdleSeconds(env.idleSeconds, DEFAULT_IDLE_SECONDS);
	const attractDefault = parseSwitch(env.attract, true);
	return {
		idleSeconds: parseIdleSeconds(params.get('idle'), idleDefault),
		attract: parseSwitch(params.get('attract'), attractDefault),
		start: params.has('start') ? parseStart(params.get('start')) : parseStart(env.start),
		publicBase: parseBaseUrl(env.publicBaseUrl),
		lang: parseLang(params.get('lang')) ?? parseLang(env.lang) ?? baseLocale
	};
}

/** Only the kiosk's own parameters from a URL, in a fixed order, to carry across resets. */
export function kioskParams(params: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams();
	for (const key of KIOSK_PARAMS) {
		const value = params.get(key);
		if (value !== null) out.set(key, value);
	}
	return out;
}

/**
 * The kiosk URL for an explorer state, keeping the kiosk parameters.
 * @example kioskHref(new URLSearchParams('idle=5&q=x'), { q: 'malmo' }) // '/kiosk?idle=5&q=malmo'
 */
export function kioskHref(params: URLSearchParams, state: Partial<ExplorerState>): string {
	const own = kioskParams(params).toString();
	const explorer = stateToSearch({ ...state, view: DEFAULT_STATE.view }).slice(1);
	const query = [own, explorer].filter(Boolean).join('&');
	return query ? `/kiosk?${query}` : '/kiosk';
}

/** The start state of the kiosk (what an idle reset returns to). */
export function startState(settings: KioskSettings): ExplorerState {
	return stateFromParams(new URLSearchParams(settings.start));
}

/** The URL an idle reset navigates to: kiosk parameters plus the start view. */
export function startHref(params: URLSearchParams, settings: KioskSettings): string {
	return kioskHref(params, startState(settings));
}

/** True when the explorer state in the URL is the start view (nothing to reset). */
export function isAtStart(params: URLSearchParams, settings: KioskSettings): boolean {
	return isStartState(stateFromParams(params), settings);
}

/**
 * True when an explorer state is the start view with nothing chosen: no query, the start filters, no
 * selection. The start view then invites visitors to touch; any search or selection hides that.
 * @example isStartState(stateFromParams(new URLSearchParams('q=malmo')), settings) // false
 */
export function isStartState(state: ExplorerState, settings: KioskSettings): boolean {
	return (
		stateToSearch({ ...state, view: DEFAULT_STATE.view }) === stateToSearch(startState(settings))
	);
}

/** The public site's base: the configured one, else the kiosk's own origin. */
export function publicBase(settings: Pick<KioskSettings, 'publicBase'>, origin: string): string {
	return settings.publicBase ?? origin.replace(/\/+$/, '');
}

/**
 * Public URL of a record page, for its QR code.
 * @example publicRecordUrl('https://x.eu/app', '/cities/malmo') // 'https://x.eu/app/cities/malmo'
 */
export function publicRecordUrl(base: string, recordPath: string): string {
	return `${base}${recordPath.startsWith('/') ? '' : '/'}${recordPath}`;
}

/**
 * Public explorer URL of a search (query and filters; the selection has its own QR code).
 * @example publicSearchUrl('https://x.eu', { q: 'malmo', country: ['SE'] }) // 'https://x.eu/?q=malmo&country=SE'
 */
export function publicSearchUrl(base: string, state: Partial<ExplorerState>): string {
	return `${base}/${stateToSearch({ ...state, sel: null, view: DEFAULT_STATE.view })}`;
}
