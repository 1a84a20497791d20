import { describe, expect, it } from 'vitest';
import {
	isAtStart,
	isStartState,
	kioskHref,
	kioskParams,
	kioskSettings,
	parseBaseUrl,
	parseIdleSeconds,
	parseStart,
	parseSwitch,
	publicBase,
	publicRecordUrl,
	publicSearchUrl,
	startHref
} from '../../../src/lib/kiosk/settings';
import { stateFromParams } from '../../../src/lib/search/url';

const P = (s: string) => new URLSearchParams(s);

describe('parseIdleSeconds', () => {
	it.each([
		['5', 5],
		[' 45 ', 45],
		['30s', 30],
		['2m', 120],
		['1.4', 2],
		['3.6', 4],
		['1', 2],
		['0', 90],
		['-5', 90],
		['abc', 90],
		['', 90],
		[null, 90],
		[undefined, 90],
		['99999', 3600],
		['5; drop table', 90],
		['Infinity', 90]
	])('%s -> %i', (raw, want) => {
		expect(parseIdleSeconds(raw, 90)).toBe(want);
	});
});

describe('parseSwitch', () => {
	it.each([
		['1', false, true],
		['true', false, true],
		['YES', false, true],
		['on', false, true],
		['0', true, false],
		['false', true, false],
		['Off', true, false],
		['no', true, false],
		['maybe', true, true],
		['', false, false],
		[null, true, true]
	])('%s (fallback %s) -> %s', (raw, fallback, want) => {
		expect(parseSwitch(raw, fallback)).toBe(want);
	});
});

describe('parseStart', () => {
	it.each([
		['', ''],
		['?country=de', 'country=DE'],
		['/?q=malmo&kind=project', 'q=malmo&kind=project'],
		['country=de&junk=1&view=list', 'country=DE'],
		['kind=nonsense', ''],
		[null, ''],
		['%%%', '']
	])('%s -> %s', (raw, want) => {
		expect(parseStart(raw)).toBe(want);
	});
});

describe('parseBaseUrl', () => {
	it.each([
		['https://explorer.example.eu', 'https://explorer.example.eu'],
		['https://example.eu/app/', 'https://example.eu/app'],
		['http://10.0.0.5:3000/?x=1#y', 'http://10.0.0.5:3000'],
		['javascript:alert(1)', null],
		['ftp://example.eu', null],
		['not a url', null],
		['', null],
		[undefined, null]
	])('%s -> %s', (raw, want) => {
		expect(parseBaseUrl(raw)).toBe(want);
	});
});

describe('kioskSettings', () => {
	it('uses defaults with no env and no params', () => {
		expect(kioskSettings(P(''))).toEqual({
			idleSeconds: 90,
			attract: true,
			start: '',
			publicBase: null,
			lang: 'en'
		});
	});
	it('takes env values, and URL parameters win over them', () => {
		const env = {
			idleSeconds: '120',
			attract: '0',
			start: 'kind=project',
			publicBaseUrl: 'https://cities.example.eu/'
		};
		expect(kioskSettings(P(''), env)).toEqual({
			idleSeconds: 120,
			attract: false,
			start: 'kind=project',
			publicBase: 'https://cities.example.eu',
			lang: 'en'
		});
		expect(kioskSettings(P('idle=5&attract=1&start=country%3Dse'), env)).toEqual({
			idleSeconds: 5,
			attract: true,
			start: 'country=SE',
			publicBase: 'https://cities.example.eu',
			lang: 'en'
		});
	});
	it('the language: the lang parameter, else KIOSK_LANG, else English; junk is ignored', () => {
		expect(kioskSettings(P(''), { lang: 'de' }).lang).toBe('de');
		expect(kioskSettings(P('lang=FR'), { lang: 'de' }).lang).toBe('fr');
		expect(kioskSettings(P('lang=xx'), { lang: 'de' }).lang).toBe('de');
		expect(kioskSettings(P('lang=xx'), { lang: 'klingon' }).lang).toBe('en');
		expect(kioskHref(P('lang=de&q=x'), { q: 'malmo' })).toBe('/kiosk?lang=de&q=malmo');
	});
	it('falls back to env values when a URL parameter is junk', () => {
		expect(
			kioskSettings(P('idle=soon&attract=perhaps'), { idleSeconds: '60', attract: 'false' })
		).toMatchObject({ idleSeconds: 60, attract: false });
	});
});

describe('kiosk URLs', () => {
	it('keeps only the kiosk parameters, in a fixed order', () => {
		expect(
			kioskParams(P('q=x&start=kind%3Dproject&idle=5&sel=city:malmo&attract=0')).toString()
		).toBe('idle=5&attract=0&start=kind%3Dproject');
	});
	it.each([
		['', { q: 'malmo' }, '/kiosk?q=malmo'],
		['idle=5&q=old', { q: 'malmo', country: ['SE'] }, '/kiosk?idle=5&q=malmo&country=SE'],
		['idle=5&q=old&sel=city:x', {}, '/kiosk?idle=5'],
		['', {}, '/kiosk'],
		['', { view: 'list' as const, sel: 'city:malmo' }, '/kiosk?sel=city%3Amalmo']
	])('kioskHref(%s, %o) = %s', (params, state, want) => {
		expect(kioskHref(P(params), state)).toBe(want);
	});
	it('resets to the start view and knows when it is there', () => {
		const params = P('idle=3&start=kind%3Dproject&q=malmo&kind=city&sel=city:malmo');
		const settings = kioskSettings(params);
		expect(startHref(params, settings)).toBe('/kiosk?idle=3&start=kind%3Dproject&kind=project');
		expect(isAtStart(params, settings)).toBe(false);
		expect(isAtStart(P('idle=3&start=kind%3Dproject&kind=project'), settings)).toBe(true);
		expect(isAtStart(P('idle=3'), kioskSettings(P('idle=3')))).toBe(true);
		expect(isAtStart(P('idle=3&view=list'), kioskSettings(P('idle=3')))).toBe(true);
		expect(isAtStart(P('idle=3&q=a'), kioskSettings(P('idle=3')))).toBe(false);
	});
});

describe('isStartState (the start view invites visitors; a search or selection hides that)', () => {
	const plain = kioskSettings(P(''));
	const projects = kioskSettings(P('start=kind%3Dproject'));
	it.each([
		['', plain, true],
		['view=list', plain, true],
		['sort=relevance', plain, true],
		['q=malmo', plain, false],
		['kind=project', plain, false],
		['sel=city:malmo', plain, false],
		['kind=project', projects, true],
		['', projects, false],
		['kind=project&sel=project:netzerocities', projects, false]
	])('%s -> %s', (params, settings, want) => {
		expect(isStartState(stateFromParams(P(params)), settings)).toBe(want);
	});
});

describe('public URLs for QR codes', () => {
	it('use the configured base, else the kiosk origin', () => {
		expect(
			publicBase({ publicBase: 'https://cities.example.eu/app' }, 'http://127.0.0.1:4313')
		).toBe('https://cities.example.eu/app');
		expect(publicBase({ publicBase: null }, 'http://127.0.0.1:4313/')).toBe(
			'http://127.0.0.1:4313'
		);
	});
	it.each([
		[
			'https://cities.example.eu/app',
			'/cities/malmo',
			'https://cities.example.eu/app/cities/malmo'
		],
		['http://127.0.0.1:4313', 'projects/x', 'http://127.0.0.1:4313/projects/x']
	])('record %s + %s', (base, path, want) => {
		expect(publicRecordUrl(base, path)).toBe(want);
	});
	it.each([
		[{ q: 'malmö', country: ['SE'] }, 'https://cities.example.eu/?q=malm%C3%B6&country=SE'],
		[
			{ q: '', kind: ['project' as const], sel: 'city:malmo' },
			'https://cities.example.eu/?kind=project'
		],
		[{}, 'https://cities.example.eu/']
	])('search %o', (state, want) => {
		expect(publicSearchUrl('https://cities.example.eu', state)).toBe(want);
	});
});
