import { afterEach, describe, expect, it } from 'vitest';
import {
	endonym,
	languageLinksHtml,
	languagesByEndonym,
	locales,
	ogLocale,
	pageIn,
	suggestedLocale
} from '../../src/lib/messages/languages';
import {
	appPath,
	countryName,
	localHref,
	themeLabel,
	themeLabelMap,
	themeSearchNames
} from '../../src/lib/messages';
import { COUNTRY_NAMES } from '../../src/lib/data/schema';
import {
	deLocalizeUrl,
	localizeHref,
	overwriteGetLocale,
	type Locale
} from '../../src/lib/paraglide/runtime';
import themes from '../../data/themes.json';

const inLocale = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => inLocale('en'));

describe('languages', () => {
	it('names every language in itself, capitalised', () => {
		expect(endonym('de')).toBe('Deutsch');
		expect(endonym('fr')).toBe('Français');
		expect(endonym('fi')).toBe('Suomi');
		expect(endonym('el')).toBe('Ελληνικά');
		for (const l of locales) expect(endonym(l)).toMatch(/^\p{Lu}/u);
		expect(languagesByEndonym()[0]).toBe('bg');
		expect(languagesByEndonym()).toHaveLength(24);
	});

	it.each([
		['https://x.eu/fr/cities/malmo?q=a&country=SE', 'de', '/de/cities/malmo?q=a&country=SE'],
		['https://x.eu/fr/cities/malmo', 'en', '/cities/malmo'],
		['https://x.eu/?theme=energy', 'pl', '/pl/?theme=energy'],
		['https://x.eu/de/kiosk?idle=5', 'fr', '/fr/kiosk?idle=5']
	] as const)('pageIn(%s, %s) = %s', (url, locale, href) => {
		expect(pageIn(new URL(url), locale)).toBe(href);
	});

	// pageIn and appPath take the language off and put one on without Paraglide's URL objects (the
	// header's and <head>'s 24 links each, while the page hydrates); they must give what Paraglide gives.
	const ODD_PATHS = [
		'/',
		'/?q=a&b=%20c',
		'/cities/malmo',
		'/fr',
		'/fr/',
		'/FR/cities/x',
		'/fr/cities/x?y=1',
		'/en/cities',
		'/frx/cities',
		'/fr/de/x',
		'/kiosk?idle=5#top',
		'/cities/m%C3%BCnchen'
	];
	it.each(ODD_PATHS)('pageIn and appPath agree with Paraglide for %s', (path) => {
		const url = new URL(path, 'https://x.eu');
		expect(appPath(url)).toBe(deLocalizeUrl(url).pathname);
		for (const locale of locales)
			expect(pageIn(url, locale)).toBe(
				localizeHref(`${deLocalizeUrl(url).pathname}${url.search}`, { locale })
			);
	});

	it('og:locale pairs each language with a territory', () => {
		expect(ogLocale('en')).toBe('en_GB');
		expect(ogLocale('sl')).toBe('sl_SI');
		for (const l of locales) expect(ogLocale(l)).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
	});

	it.each([
		[['de-AT', 'en'], 'en', 'de'],
		[['en-US', 'de'], 'en', null],
		[['ja', 'pt-BR'], 'en', 'pt'],
		[['fr'], 'fr', null],
		[['ja', 'zh'], 'en', null],
		[[], 'en', null]
	] as const)('suggestedLocale(%j, %s) = %s', (preferred, current, out) => {
		expect(suggestedLocale(preferred, current)).toBe(out);
	});
});

describe("names in the page's language", () => {
	it("English keeps the data's country names", () => {
		for (const [code, name] of Object.entries(COUNTRY_NAMES)) expect(countryName(code)).toBe(name);
	});

	it.each([
		['fr', 'DE', 'Allemagne'],
		['de', 'DE', 'Deutschland'],
		['pl', 'DE', 'Niemcy'],
		['fr', 'GB', 'Royaume-Uni'],
		['hu', 'SE', 'Svédország']
	] as const)('%s: %s is %s', (locale, code, name) => {
		inLocale(locale);
		expect(countryName(code)).toBe(name);
	});

	it('every theme has a label in every language; English is the data label', () => {
		for (const t of themes) expect(themeLabel(t.id)).toBe(t.label);
		for (const l of locales) {
			inLocale(l);
			for (const t of themes) expect(themeLabel(t.id)).not.toBe(t.id);
		}
		inLocale('de');
		expect(themeLabelMap(themes).get('mobility')).toBe('Mobilität');
		expect(themeSearchNames(themes.map((t) => t.id)).get('mobilitat')).toBe('mobility');
	});
});

describe('localHref', () => {
	it('gives each language its own links, however often the same link is asked for', () => {
		const links = ['/cities/malmo', '/?q=lund&country=SE', '/kiosk'];
		const asked = (locale: Locale) => {
			inLocale(locale);
			return links.map((l) => [localHref(l), localHref(l)]);
		};
		expect(asked('en')).toEqual(links.map((l) => [l, l]));
		expect(asked('fr')).toEqual([
			['/fr/cities/malmo', '/fr/cities/malmo'],
			['/fr/?q=lund&country=SE', '/fr/?q=lund&country=SE'],
			['/fr/kiosk', '/fr/kiosk']
		]);
		expect(asked('en')).toEqual(links.map((l) => [l, l]));
		// A link that is already in another language is brought to the page's.
		expect(localHref('/fr/cities/malmo')).toBe('/cities/malmo');
		expect(localHref('/french-fries')).toBe('/french-fries');
		expect(localHref('/api/search?q=x')).toBe('/api/search?q=x');
		expect(localHref('https://example.org/')).toBe('https://example.org/');
	});
});

describe('languageLinksHtml (the <head> links the server writes)', () => {
	it('names the page in each language, its canonical address and x-default', () => {
		const html = languageLinksHtml(new URL('https://example.eu/fr/cities/malmo?x=1'), 'fr');
		expect(html).toContain('<link rel="canonical" href="https://example.eu/fr/cities/malmo?x=1">');
		expect(html).toContain(
			'<link rel="alternate" hreflang="de" href="https://example.eu/de/cities/malmo?x=1">'
		);
		expect(html).toContain(
			'<link rel="alternate" hreflang="x-default" href="https://example.eu/cities/malmo?x=1">'
		);
		expect(html.match(/hreflang=/g)).toHaveLength(locales.length + 1);
	});

	it('keeps a hostile query inside its attribute', () => {
		const url = new URL(`https://example.eu/?q=x&a='"><script>alert(1)</script>`);
		const html = languageLinksHtml(url, 'en');
		expect(html).not.toMatch(/<script|'"|"'/);
		// Every tag is one of ours, and each href reads back (entities decoded) as the page's address.
		expect(html.match(/</g)).toHaveLength(locales.length + 2);
		const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map(([, v]) =>
			v.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
		);
		expect(hrefs).toHaveLength(locales.length + 2);
		expect(hrefs[0]).toBe(`https://example.eu${pageIn(url, 'en')}`);
	});
});
