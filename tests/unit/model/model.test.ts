import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { FACETS, type FacetRow } from '../../../src/lib/model/facets';
import {
	KINDS,
	isCollection,
	kindOfCollection,
	kindOfSegment,
	parseRecordKey,
	recordUrl
} from '../../../src/lib/model/kinds';
import { createStateCodec, exportHref, stateFromParams } from '../../../src/lib/search/url';
import { createApiParser, parseApiSearch } from '../../../src/lib/search/api-params';
import { applyFacets, facetUniverse } from '../../../src/lib/search/filters';
import { match as matchCollection } from '../../../src/params/collection';
import { facetTitle, kindLabel, message } from '../../../src/lib/messages';
import { data, records } from '../helpers/search';

const ctx = { themes: data.themes.map((t) => t.id) };

describe('one table of kinds', () => {
	it('derives URLs, collections, route matching and labels from its rows', () => {
		for (const k of KINDS) {
			expect(recordUrl(k.kind, 'x')).toBe(`/${k.segment}/x`);
			expect(isCollection(k.collection)).toBe(true);
			expect(matchCollection(k.collection)).toBe(true);
			expect(kindOfCollection(k.collection)).toBe(k.kind);
			expect(kindOfSegment(k.segment)).toBe(k.kind);
			expect(message(k.labelOne, '')).not.toBe('');
			expect(message(k.labelMany, '')).not.toBe('');
		}
		expect(matchCollection('planets')).toBe(false);
		expect(kindLabel('city', 2)).toBe('Cities');
		expect(kindLabel('partner')).toBe('Partner');
	});

	it('reads record keys without splitting data on a separator', () => {
		expect(parseRecordKey('city:malmo')).toEqual({ kind: 'city', id: 'malmo' });
		expect(parseRecordKey('planet:mars')).toBeNull();
		expect(parseRecordKey('city:Malmo')).toBeNull();
		expect(parseRecordKey('malmo')).toBeNull();
	});
});

describe('one table of facets', () => {
	it('gives every facet a title from the messages', () => {
		for (const f of FACETS) expect(facetTitle(f.name)).not.toBe(f.name);
	});

	it('a link the page builds from any URL is one the API accepts (the two parsers agree)', () => {
		const junk = [
			'country=ZZ',
			'country=de,XX!&theme=energy,nonsense',
			'kind=city,planet&cohort=9,2&label=gold&ptype=alien,company',
			'theme=%3Cscript%3E&q=munich&sel=city:munich&view=list&sort=zzz',
			'q=' + 'a'.repeat(500)
		];
		for (const search of junk) {
			const state = stateFromParams(new URLSearchParams(search), ctx);
			const href = exportHref(state, 'csv');
			const parsed = parseApiSearch(new URL(href, 'http://x').searchParams, ctx);
			expect(parsed.ok, `${search} -> ${href}`).toBe(true);
		}
	});

	it('the page drops and the API refuses a theme that is not in the data', () => {
		expect(stateFromParams(new URLSearchParams('theme=energy,nonsense'), ctx).theme).toEqual([
			'energy'
		]);
		const refused = parseApiSearch(new URLSearchParams('theme=nonsense'), ctx);
		expect(refused).toMatchObject({ ok: false });
		if (!refused.ok) expect(refused.error).toMatch(/^unknown theme "nonsense": use /);
	});
});

describe('a model with one extra facet', () => {
	// "Population band": a new filter is one row; every consumer picks it up from the table.
	const size: FacetRow<'size'> = {
		name: 'size',
		labelKey: 'facet_size',
		multi: false,
		schema: () => v.picklist(['small', 'large']),
		read: (r) =>
			r.kind === 'city' ? [r.name && r.name.length > 6 ? 'large' : 'small'] : ([] as string[])
	};
	const facets = [...FACETS, size] as readonly FacetRow<string>[];
	const codec = createStateCodec(facets);
	const parse = createApiParser(facets);

	it('the forgiving URL codec reads, drops junk and writes it', () => {
		const state = codec.stateFromParams(new URLSearchParams('size=large,huge&country=SE'));
		expect(state.size).toEqual(['large']);
		expect(codec.stateToSearch(state)).toBe('?country=SE&size=large');
		expect(codec.stateFromParams(new URLSearchParams('size=huge')).size).toEqual([]);
		expect(codec.hasActiveFilters(codec.toggleFacet(codec.defaults, 'size', 'small'))).toBe(true);
	});

	it('the strict API parser accepts it and names it in errors', () => {
		const ok = parse(new URLSearchParams('size=small'));
		expect(ok.ok && ok.value.state.size).toEqual(['small']);
		const bad = parse(new URLSearchParams('size=huge'));
		expect(bad).toEqual({ ok: false, error: 'unknown size "huge": use small, large' });
		expect(parse(new URLSearchParams('size=small,large'))).toMatchObject({ ok: false });
	});

	it('filtering and facet counts include it', () => {
		const all = records.map((_, i) => i);
		const state = { ...codec.defaults, size: ['large'] } as unknown as Record<string, string[]>;
		const { kept, counts } = applyFacets(records, all, state, facets);
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.every((i) => records[i].kind === 'city')).toBe(true);
		expect(counts.size.get('large')).toBe(kept.length);
		expect(counts.size.get('small')).toBeGreaterThan(0);
		expect(facetUniverse(records, facets).size).toEqual(['large', 'small']);
	});
});
