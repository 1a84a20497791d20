import { describe, expect, it } from 'vitest';
import { fold, words } from '../../../src/lib/search/normalise';

describe('fold', () => {
	it.each([
		['Łódź', 'lodz'],
		['ŁÓDŹ', 'lodz'],
		['Malmö', 'malmo'],
		['Kraków', 'krakow'],
		['München', 'munchen'],
		["'s-Hertogenbosch", 's hertogenbosch'],
		['Vitoria-Gasteiz', 'vitoria gasteiz'],
		['Saint-Étienne', 'saint etienne'],
		["l'Aquila", 'l aquila'],
		['Ivano\u2011Frankivsk', 'ivano frankivsk'], // non-breaking hyphen
		['Dubrovnik—Split', 'dubrovnik split'],
		['Straße', 'strasse'],
		['STRAẞE', 'strasse'], // capital sharp s
		['Ærøskøbing', 'aeroskobing'],
		['København', 'kobenhavn'],
		['Œuvre', 'oeuvre'],
		['Þórshöfn', 'thorshofn'],
		['Đakovo', 'dakovo'],
		['Ħamrun', 'hamrun'],
		['İstanbul', 'istanbul'],
		['Reykjavík', 'reykjavik'],
		['ﬁnance', 'finance'], // ligature (NFKD)
		['Ｍｕｎｉｃｈ', 'munich'], // full-width letters
		['  Munich   ', 'munich'],
		['Eindhoven & Helmond', 'eindhoven helmond'],
		['2030', '2030']
	])('%s -> %s', (text, folded) => {
		expect(fold(text)).toBe(folded);
	});

	it.each([
		['Αθήνα', 'αθηνα'],
		['Θεσσαλονίκη', 'θεσσαλονικη'],
		['Москва', 'москва']
	])('keeps non-Latin letters as letters: %s -> %s', (text, folded) => {
		expect(fold(text)).toBe(folded);
		expect(fold(text)).toMatch(/^\p{L}+$/u);
	});

	it.each([
		['!!!', ''],
		["^$|!'=", ''],
		['  ', ''],
		['', ''],
		['"munich"', 'munich'],
		["'munich", 'munich'],
		['=munich', 'munich'],
		['!munich', 'munich'],
		['^munich$', 'munich'],
		['munich | paris', 'munich paris'],
		['a.b,c;d', 'a b c d'],
		['<script>alert(1)</script>', 'script alert 1 script']
	])('punctuation and search operators vanish: %j -> %j', (text, folded) => {
		expect(fold(text)).toBe(folded);
	});

	it('never leaves a fuse.js operator character in the output', () => {
		const nasty = '\'"^$!=|()[]{}<>*?+\\/.-,;:~`@#%&_';
		for (const ch of nasty) expect(fold(`a${ch}b${ch}`)).toBe('a b');
	});

	it('is idempotent', () => {
		for (const s of ['Łódź', "'s-Hertogenbosch", 'Straße', 'Αθήνα', '!!a!!'])
			expect(fold(fold(s))).toBe(fold(s));
	});
});

describe('words', () => {
	it.each([
		["'s-Hertogenbosch", ['s', 'hertogenbosch']],
		['Vitoria-Gasteiz', ['vitoria', 'gasteiz']],
		['Łódź', ['lodz']],
		['!!!', []],
		['', []]
	])('%j -> %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});
});
