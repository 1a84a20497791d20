import { describe, expect, it } from 'vitest';
import { pickerGroups } from '../../../src/lib/kiosk/facet-picker';
import { FACETS, kindFilter } from '../../../src/lib/model/facets';
import { facetTitle, facetValueLabel } from '../../../src/lib/messages';
import { facetUniverse } from '../../../src/lib/search/filters';
import { runSearch, indexFor } from '../../../src/lib/search/engine';
import { DEFAULT_STATE, type FacetName } from '../../../src/lib/search/url';
import { searchRecord } from '../helpers/record';

const records = [
	searchRecord({
		kind: 'city',
		id: 'malmo',
		kinds: ['mission-city'],
		countries: ['SE'],
		themes: ['energy']
	}),
	searchRecord({ kind: 'partner', id: 'acme', kinds: ['partner'], countries: ['DE'] })
];
const themeLabels = new Map([['energy', 'Energy']]);

describe('kiosk facet picker', () => {
	it('offers the facet table’s kiosk rows, in table order, labelled by the messages', () => {
		const state = { ...DEFAULT_STATE, kind: ['partner'] };
		const { counts } = runSearch(indexFor(records), state);
		const groups = pickerGroups(state, counts, facetUniverse(records), themeLabels);
		const kioskRows = FACETS.filter((f) => 'kiosk' in f && f.kiosk).map((f) => f.name);
		expect(groups.map((g) => g.facet)).toEqual(kioskRows);
		for (const g of groups) {
			expect(g.label).toBe(facetTitle(g.facet));
			for (const o of g.options)
				expect(o.label).toBe(facetValueLabel(g.facet, o.value, themeLabels));
		}
		const kind = groups.find((g) => g.facet === 'kind')!;
		expect(kind.options.map((o) => [o.value, o.on])).toEqual([
			['mission-city', false],
			['partner', true]
		]);
		expect(groups.find((g) => g.facet === 'theme')!.options[0].label).toBe('Energy');
	});

	it('lists values in the order given (sorted by label on the server), a chosen value the data lacks last', () => {
		const state = { ...DEFAULT_STATE, country: ['XK'] };
		const { counts } = runSearch(indexFor(records), state);
		// Sweden before Germany: the order the server sent, not one the picker works out.
		const universe = { ...facetUniverse<FacetName>(records), country: ['SE', 'DE'] };
		const country = pickerGroups(state, counts, universe, themeLabels).find(
			(g) => g.facet === 'country'
		)!;
		expect(country.options.map((o) => [o.value, o.on])).toEqual([
			['SE', false],
			['DE', false],
			['XK', true]
		]);
	});

	it('kindFilter reads the kind facet’s shorthands', () => {
		expect(kindFilter('city')).toEqual(['mission-city', 'pilot-city', 'site-city']);
		expect(kindFilter('project')).toEqual(['project']);
		expect(kindFilter('constructor')).toEqual(['constructor']);
	});
});
