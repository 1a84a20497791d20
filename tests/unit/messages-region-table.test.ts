// Country names written in the browser from the server's table read as the server writes them, and
// the table is used only for the language it was made for.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countryName, regionTableFor, useRegionTable } from '../../src/lib/messages';
import { BASEMAP_COUNTRIES } from '../../src/lib/map/place-labels';
import { overwriteGetLocale } from '../../src/lib/paraglide/runtime';

describe('regionTableFor and useRegionTable', () => {
	afterEach(() => {
		overwriteGetLocale(() => 'en');
		useRegionTable({});
		vi.restoreAllMocks();
	});

	it('names every basemap country as countryName does, in the page language', () => {
		overwriteGetLocale(() => 'fr');
		const table = regionTableFor(BASEMAP_COUNTRIES);
		expect(Object.keys(table).sort()).toEqual([...BASEMAP_COUNTRIES].sort());
		expect(table.DE).toBe('Allemagne');
		expect(table.DZ).toBe('Algérie');
		for (const code of BASEMAP_COUNTRIES) expect(table[code]).toBe(countryName(code));
	});

	it('with the table, countryName asks no Intl.DisplayNames; in another language it does', () => {
		overwriteGetLocale(() => 'de');
		useRegionTable({ GB: 'Vereinigtes Königreich (Tabelle)' });
		const made = vi.spyOn(Intl, 'DisplayNames');
		expect(countryName('GB')).toBe('Vereinigtes Königreich (Tabelle)');
		expect(made).not.toHaveBeenCalled();
		made.mockRestore();
		overwriteGetLocale(() => 'nl');
		expect(countryName('GB')).toBe('Verenigd Koninkrijk');
	});
});
