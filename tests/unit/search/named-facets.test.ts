import { describe, expect, it } from 'vitest';
import { buildCountryNames, countryNames, namedIn } from '../../../src/lib/search/named-facets';
import { runSearch } from '../../../src/lib/search/engine';
import { DEFAULT_STATE } from '../../../src/lib/search/url';
import { index, records } from '../helpers/search';

describe('countryNames', () => {
	it.each([
		['Germany', 'DE'],
		['Allemagne', 'DE'],
		['Deutschland', 'DE'],
		['Niemcy', 'DE'],
		['Németország', 'DE'],
		['Γερμανία', 'DE'],
		['an Ghearmáin', 'DE'],
		['Ghearmáin', 'DE'],
		['Ġermanja', 'DE'],
		['Royaume-Uni', 'GB'],
		['Espagne', 'ES'],
		['Suomi', 'FI'],
		['Česko', 'CZ'],
		['Czechia', 'CZ']
	])('%s names %s', (name, code) => {
		expect(namedIn(name, countryNames())?.value).toBe(code);
	});

	it('can be built a language per task, giving the same names', async () => {
		const { locales } = await import('../../../src/lib/paraglide/runtime.js');
		let yields = 0;
		const built = await buildCountryNames(async () => void yields++);
		expect(yields).toBe(locales.length);
		expect([...built]).toEqual([...countryNames()]);
	});

	it('finds the longest run of words and leaves the rest', () => {
		expect(namedIn('munich deutschland', countryNames())).toEqual({ value: 'DE', rest: 'munich' });
		expect(namedIn('Royaume Uni energy', countryNames())).toEqual({ value: 'GB', rest: 'energy' });
		expect(namedIn('malmo', countryNames())).toBeNull();
	});
});

describe('runSearch with named facets', () => {
	const search = (q: string, themes?: ReadonlyMap<string, string>) =>
		runSearch(index, { ...DEFAULT_STATE, q }, undefined, themes);
	const germanKeys = records.filter((r) => r.countries.includes('DE')).map((r) => r.key);

	it.each(['Allemagne', 'Deutschland', 'Niemcy', 'germany'])(
		'%s reaches every record in Germany',
		(q) => {
			const out = search(q);
			const keys = out.order.map((i) => records[i].key);
			expect(germanKeys.length).toBeGreaterThan(10);
			for (const key of germanKeys) expect(keys).toContain(key);
			expect(out.nameFound).toBe(true);
		}
	);

	it('a name with a country keeps the name matches in that country', () => {
		const keys = search('munich niemcy').order.map((i) => records[i].key);
		expect(keys[0]).toBe('city:munich');
		for (const k of keys) expect(records.find((r) => r.key === k)!.countries).toContain('DE');
	});

	it('names found by name still come first', () => {
		expect(records[search('malmo').order[0]].key).toBe('city:malmo');
	});

	it("a theme label in the page's language finds the theme's records", () => {
		const themes = new Map([['mobilite', 'mobility']]);
		const out = search('Mobilité', themes);
		const withTheme = records.filter((r) => r.themes.includes('mobility')).length;
		expect(withTheme).toBeGreaterThan(0);
		expect(out.total).toBeGreaterThanOrEqual(withTheme);
		expect(search('Mobilité').total).toBeLessThan(withTheme);
	});
});
