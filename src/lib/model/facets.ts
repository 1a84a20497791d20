// Pure: no DOM, no Svelte. The one table of facets (filters). The pages' forgiving URL parser, the
// API's strict parser, filtering, facet counts, the filter panel, the chips and the kiosk's facet
// picker all read it: a new filter is a new row here (plus its labels in the messages).
import * as v from 'valibot';
import { COUNTRY_NAMES, PARTNER_KINDS } from '../data/schema';
import type { SearchRecord } from '../search/records';
import { ID_PATTERN } from './kinds';

/** What a record is, for the kind filter: a city can be a Mission City and a Pilot City at once. */
export const KIND_VALUES = [
	'mission-city',
	'pilot-city',
	'site-city',
	'pilot',
	'project',
	'partner'
] as const;
export type KindValue = (typeof KIND_VALUES)[number];

export const LABEL_VALUES = ['awarded', 'unknown'] as const;
export type LabelValue = (typeof LABEL_VALUES)[number];

export const COHORT_VALUES = ['1', '2', '3'] as const;

/** Vocabularies that come from the data set rather than from the code. */
export interface FacetContext {
	/** Theme ids of themes.json; without them any well-formed id is accepted. */
	themes?: readonly string[];
}

export interface FacetRow<Name extends string = string> {
	/** The URL and API parameter. */
	name: Name;
	/** Message key of the facet's title. */
	labelKey: string;
	/** Several values at once (combined with OR), or one. */
	multi: boolean;
	/** The values it accepts. */
	schema: (ctx: FacetContext) => v.GenericSchema<string, string>;
	/** Values as people type them, made canonical before the check (e.g. `de` -> `DE`). */
	normalise?: (raw: string) => string;
	/** Shorthands that stand for several values, e.g. `kind=city`. */
	shorthands?: Readonly<Record<string, readonly string[]>>;
	/** The record's values for this facet. */
	read: (record: SearchRecord) => readonly string[];
	/** Values listed in this order; otherwise sorted. */
	order?: readonly string[];
	/** What the API's error says to use, where the values are too many to list. */
	hint?: string;
	/** Shown unfolded in the filter panel even when nothing is chosen. */
	open?: boolean;
	/** Offered in the kiosk's touch picker (a few big groups, not every facet). */
	kiosk?: boolean;
}

const oneOf = (values: readonly string[], what: string) =>
	v.picklist(values as string[], `expected ${what}`);

/**
 * A row for a facet over a short fixed list (`what` names a value in the API's error), listed in
 * that order and folded away in the filter panel until used.
 */
function listFacet<Name extends string>(
	name: Name,
	values: readonly string[],
	what: string,
	read: FacetRow['read']
) {
	return {
		name,
		labelKey: `facet_${name}`,
		multi: true,
		schema: () => oneOf(values, what),
		read,
		order: values
	} satisfies FacetRow<Name>;
}

/** A record's one value for a facet, if it has one. */
const maybe = (value: string | null | undefined) => (value ? [value] : []);

export const FACETS = [
	{
		name: 'kind',
		kiosk: true,
		labelKey: 'facet_kind',
		multi: true,
		schema: () => oneOf(KIND_VALUES, 'a kind'),
		shorthands: { city: ['mission-city', 'pilot-city', 'site-city'] },
		read: (r) => r.kinds,
		order: KIND_VALUES,
		open: true
	},
	{
		name: 'country',
		kiosk: true,
		labelKey: 'facet_country',
		multi: true,
		schema: () => oneOf(Object.keys(COUNTRY_NAMES), 'an ISO 3166-1 alpha-2 country code'),
		normalise: (raw) => raw.toUpperCase(),
		hint: 'ISO 3166-1 alpha-2 codes such as DE',
		read: (r) => r.countries,
		open: true
	},
	{
		name: 'theme',
		kiosk: true,
		labelKey: 'facet_theme',
		multi: true,
		schema: (ctx) =>
			ctx.themes
				? oneOf(ctx.themes, 'a theme')
				: v.pipe(v.string(), v.regex(ID_PATTERN, 'expected a theme id')),
		read: (r) => r.themes,
		open: true
	},
	listFacet('cohort', COHORT_VALUES, 'a pilot cohort', (r) => r.cohorts.map(String)),
	listFacet('label', LABEL_VALUES, 'a Mission Label state', (r) => maybe(r.label)),
	listFacet('ptype', PARTNER_KINDS, 'a partner type', (r) => maybe(r.partnerType))
] as const satisfies readonly FacetRow[];

export type FacetName = (typeof FACETS)[number]['name'];
export const FACET_NAMES: readonly FacetName[] = FACETS.map((f) => f.name);

/** The kind filter's values for a record kind: `city` stands for every kind of city. */
export function kindFilter(kind: string): string[] {
	const shorthands: Readonly<Record<string, readonly string[]>> = FACETS[0].shorthands;
	return Object.hasOwn(shorthands, kind) ? [...shorthands[kind]] : [kind];
}

/** Every value a facet accepts in this context (for error messages), or null when open-ended. */
export function allowedValues(facet: FacetRow, ctx: FacetContext): readonly string[] | null {
	const schema = facet.schema(ctx) as v.GenericSchema<string, string> & { options?: string[] };
	return Array.isArray(schema.options) ? schema.options : null;
}
