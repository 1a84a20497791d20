// Hostile and random inputs for the fuzz script and tests/e2e/hostile-input.e2e.ts: query strings,
// path segments and parameters as raw, already-encoded URL text (so broken encodings reach the server).
import { rng } from './synthetic';

/** Values already percent-encoded or deliberately broken; sent exactly as written. */
export const RAW_VALUES = [
	'%00',
	'a%00b',
	'%',
	'%%',
	'%zz',
	'%E0%A4%A',
	'%ED%A0%80',
	'%ED%BF%BF',
	'%C0%AE%C0%AE%2F',
	'%FF%FE',
	'%2e%2e%2f%2e%2e%2fetc%2fpasswd',
	'..%2F..%2F..%2Fetc%2Fpasswd',
	'%252e%252e%252f',
	'..%5c..%5cwindows',
	'%0d%0aSet-Cookie:%20x=1',
	'%0aLocation:%20http://evil',
	'%E2%80%AE%E2%80%8Bexe.txt',
	'%F0%9F%99%82',
	'%3Cscript%3Ealert(1)%3C/script%3E',
	'%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E',
	'%27%20OR%201=1--',
	'%7B%7B7*7%7D%7D',
	'%24%7Bjndi:ldap://x%7D',
	'__proto__',
	'constructor',
	'prototype',
	'%5B%5D',
	'a[]=1'
];

/** Plain hostile strings; they are percent-encoded before sending. */
export const HOSTILE_STRINGS = [
	'',
	' ',
	'  munich  ',
	'munich',
	'München',
	'Łódź',
	'Αθήνα',
	'Сарајево',
	'אילת',
	'إيلات',
	'\u202Ekcinum\u202C',
	'\u200B\u200C\u200D\uFEFF',
	'🙂🏙️🇪🇺',
	'👨‍👩‍👧‍👦'.repeat(20),
	'e\u0301\u0301\u0301\u0301\u0301',
	'Z̴̡̪̫̖̥̔̋̈́a̷̧̛̯̩̓l̵̢̛g̶̡̈́o̵̧̐',
	'\u0000',
	'a\u0000b',
	'\u0001\u0002\u0003\u001f\u007f',
	'\t\n\r',
	'\r\nX-Injected: 1',
	'\\',
	'\\\\\\',
	'/',
	'//',
	'///etc/passwd',
	'../../etc/passwd',
	'..\\..\\windows\\win.ini',
	'./././',
	'....//....//',
	'file:///etc/passwd',
	'http://127.0.0.1:1/',
	'javascript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'"><svg onload=alert(1)>',
	"'; DROP TABLE cities; --",
	"' OR '1'='1",
	'1; SELECT * FROM users',
	'{{7*7}}',
	'${7*7}',
	'#{7*7}',
	'<%= 7*7 %>',
	'.*',
	'.*.*.*.*.*.*.*.*.*.*',
	'(a+)+$',
	'(a|aa)+b',
	'[[[[[[[[',
	']]]]',
	'(((((',
	'\\d+\\w*',
	'^$',
	'$^',
	"'munich",
	'=munich',
	'!munich',
	'^munich',
	'munich$',
	'!^=$',
	"'a 'b 'c",
	'a | b | c',
	'|||||',
	'!!!!!!',
	"''''''",
	'======',
	'NaN',
	'Infinity',
	'-1',
	'0',
	'1e309',
	'9'.repeat(40),
	'-0',
	'null',
	'undefined',
	'true',
	'[]',
	'{}',
	'[object Object]',
	'__proto__',
	'constructor',
	'hasOwnProperty',
	'toString',
	'a'.repeat(199),
	'a'.repeat(200),
	'a'.repeat(201),
	'a'.repeat(5000),
	'munich '.repeat(300),
	'x'.repeat(30_000),
	'ü'.repeat(1000),
	'🙂'.repeat(500),
	'a b c d e f g h i j k l m n o p',
	'DE',
	'de',
	'XX',
	'city',
	'partner',
	'mission-city',
	'energy',
	'awarded',
	'1',
	'2',
	'3',
	'4',
	'relevance',
	'list',
	'map',
	'city:malmo',
	'city:../../etc',
	'partner:<x>',
	'pilot:',
	':'
];

/** Encodes text for a URL; lone surrogates (which encodeURIComponent refuses) become raw broken bytes. */
export function enc(text: string): string {
	try {
		return encodeURIComponent(text);
	} catch {
		return [...text]
			.map((ch) => {
				try {
					return encodeURIComponent(ch);
				} catch {
					return '%ED%A0%80';
				}
			})
			.join('');
	}
}

/** All values to try, raw-encoded. */
export function hostileValues(): string[] {
	return [...HOSTILE_STRINGS.map(enc), ...RAW_VALUES, enc('\uD800'), enc('a\uDFFFb')];
}

const PAGE_PARAMS = [
	'q',
	'kind',
	'country',
	'theme',
	'cohort',
	'label',
	'ptype',
	'sel',
	'view',
	'sort'
];
const API_PARAMS = [...PAGE_PARAMS, 'limit', 'offset', 'format', 'fields'];

/** URL templates; `$` is replaced by a raw-encoded value. */
export const TEMPLATES = [
	'/?q=$',
	'/?$=$',
	'/?kind=$&country=$',
	'/?theme=$&cohort=$&label=$&ptype=$',
	'/?sel=$&view=$&sort=$',
	'/cities/$',
	'/pilots/$',
	'/projects/$',
	'/partners/$',
	'/cities/$?q=$',
	'/match?city=$',
	'/match?city=$&q=$',
	'/kiosk?idle=$',
	'/kiosk?idle=$&q=$',
	'/overview?$',
	'/about?$',
	'/api/search?q=$',
	'/api/search?$',
	'/api/search?kind=$',
	'/api/search?country=$',
	'/api/search?theme=$',
	'/api/search?cohort=$',
	'/api/search?label=$',
	'/api/search?ptype=$',
	'/api/search?sort=$',
	'/api/search?limit=$',
	'/api/search?offset=$',
	'/api/search?q=$&limit=$&offset=$',
	'/api/cities/$',
	'/api/pilots/$',
	'/api/projects/$',
	'/api/partners/$',
	'/api/$',
	'/api/$/$',
	'/api/export?q=$',
	'/api/export?format=$',
	'/api/export?$=$&kind=$',
	'/$'
];

/** Fills a template with values (every `$` gets the next value). */
export function fill(template: string, values: () => string): string {
	return template.replace(/\$/g, () => values());
}

/** A random value: a hostile one, a mix of two, or random code points (including unassigned ones). */
export function randomValue(rand: () => number, values = hostileValues()): string {
	const r = rand();
	if (r < 0.5) return values[Math.floor(rand() * values.length)];
	if (r < 0.7)
		return values[Math.floor(rand() * values.length)] + values[Math.floor(rand() * values.length)];
	const len = Math.floor(rand() * 40);
	let s = '';
	for (let i = 0; i < len; i++) {
		const kind = rand();
		const cp =
			kind < 0.5
				? 32 + Math.floor(rand() * 95)
				: kind < 0.8
					? Math.floor(rand() * 0x3000)
					: Math.floor(rand() * 0x10ffff);
		s += cp >= 0xd800 && cp <= 0xdfff ? '\uD800' : String.fromCodePoint(cp);
	}
	return enc(s);
}

/** Many hostile URLs: every template with every fixed value, then `random` random ones (seeded). */
export function hostileUrls({ random = 0, seed = 7, fixed = true } = {}): string[] {
	const values = hostileValues();
	const out: string[] = [];
	if (fixed) {
		for (const t of TEMPLATES) {
			let i = 0;
			for (const v of values) {
				i++;
				out.push(fill(t, () => v));
				if (t.includes('$='))
					out.push(fill(t, () => PAGE_PARAMS[i % PAGE_PARAMS.length]).replace(/=[^&]*$/, `=${v}`));
			}
		}
		// Huge repeated parameters.
		out.push(
			`/?${Array.from({ length: 500 }, (_, i) => `country=${i % 2 ? 'DE' : 'xx'}`).join('&')}`
		);
		out.push(`/api/search?${Array.from({ length: 500 }, () => 'kind=partner').join('&')}`);
		out.push(`/api/search?${API_PARAMS.map((p) => `${p}=${'z'.repeat(500)}`).join('&')}`);
		out.push(`/api/search?q=${'%F0%9F%99%82'.repeat(400)}`);
	}
	const rand = rng(seed);
	for (let i = 0; i < random; i++) {
		const t = TEMPLATES[Math.floor(rand() * TEMPLATES.length)];
		out.push(
			fill(t, () =>
				rand() < 0.2
					? API_PARAMS[Math.floor(rand() * API_PARAMS.length)]
					: randomValue(rand, values)
			)
		);
	}
	return out;
}
