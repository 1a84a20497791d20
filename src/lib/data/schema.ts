// Pure: no DOM, no Svelte. One schema per record kind; the TypeScript types are derived from them.
import * as v from 'valibot';

/** ISO 3166-1 alpha-2 codes we accept. The data uses GB for the UK and GR for Greece. */
export const COUNTRY_NAMES: Record<string, string> = {
	AL: 'Albania',
	AT: 'Austria',
	BA: 'Bosnia and Herzegovina',
	BE: 'Belgium',
	BG: 'Bulgaria',
	BR: 'Brazil',
	CH: 'Switzerland',
	CY: 'Cyprus',
	CZ: 'Czechia',
	DE: 'Germany',
	DK: 'Denmark',
	EE: 'Estonia',
	ES: 'Spain',
	FI: 'Finland',
	FR: 'France',
	GB: 'United Kingdom',
	GE: 'Georgia',
	GR: 'Greece',
	HR: 'Croatia',
	HU: 'Hungary',
	IE: 'Ireland',
	IL: 'Israel',
	IS: 'Iceland',
	IT: 'Italy',
	LI: 'Liechtenstein',
	LT: 'Lithuania',
	LU: 'Luxembourg',
	LV: 'Latvia',
	MD: 'Moldova',
	ME: 'Montenegro',
	MK: 'North Macedonia',
	MT: 'Malta',
	NL: 'Netherlands',
	NO: 'Norway',
	PL: 'Poland',
	PT: 'Portugal',
	RO: 'Romania',
	RS: 'Serbia',
	SE: 'Sweden',
	SI: 'Slovenia',
	SK: 'Slovakia',
	TN: 'Tunisia',
	TR: 'Türkiye',
	UA: 'Ukraine',
	XK: 'Kosovo',
	AM: 'Armenia',
	FO: 'Faroe Islands',
	US: 'United States',
	CA: 'Canada',
	JP: 'Japan',
	CN: 'China',
	IN: 'India',
	AU: 'Australia',
	ZA: 'South Africa',
	KE: 'Kenya',
	MA: 'Morocco',
	EG: 'Egypt',
	CO: 'Colombia',
	MX: 'Mexico',
	AR: 'Argentina',
	CL: 'Chile',
	KR: 'South Korea',
	SG: 'Singapore',
	NZ: 'New Zealand'
};

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** ISO 8601 date at the precision the source gives: 2023, 2023-06 or 2023-06-01. */
const ISO_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const text = v.pipe(v.string('expected text'), v.trim(), v.nonEmpty('expected non-empty text'));
const nullableText = v.nullable(v.string('expected text or null'));
const id = v.pipe(
	v.string('expected an id'),
	v.regex(ID_PATTERN, 'expected an id of lower-case letters, digits and dashes')
);
const countryCode = v.pipe(
	v.string('expected an ISO 3166-1 alpha-2 country code'),
	v.check((c) => c in COUNTRY_NAMES, 'expected an ISO 3166-1 alpha-2 country code')
);
const isoDate = v.pipe(
	v.string('expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'),
	v.regex(ISO_DATE_PATTERN, 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)')
);
const httpUrl = v.pipe(
	v.string('expected an http(s) URL'),
	v.check((s) => {
		try {
			const u = new URL(s);
			return u.protocol === 'http:' || u.protocol === 'https:';
		} catch {
			return false;
		}
	}, 'expected an http(s) URL')
);
const latitude = v.pipe(
	v.number('expected a number between -90 and 90'),
	v.minValue(-90, 'expected a number between -90 and 90'),
	v.maxValue(90, 'expected a number between -90 and 90')
);
const longitude = v.pipe(
	v.number('expected a number between -180 and 180'),
	v.minValue(-180, 'expected a number between -180 and 180'),
	v.maxValue(180, 'expected a number between -180 and 180')
);
const confidence = v.picklist(['high', 'medium', 'low'], 'expected "high", "medium" or "low"');
const sources = v.array(httpUrl, 'expected a list of source URLs');
const themeIds = v.array(id, 'expected a list of theme ids');

export const ThemeSchema = v.strictObject({
	id,
	label: text,
	description: nullableText
});

export const MissionLabelSchema = v.strictObject({
	awarded: v.boolean('expected true or false'),
	date: v.nullable(isoDate),
	round: nullableText,
	sources
});

export const MissionSchema = v.strictObject({
	group: v.picklist(['EU', 'associated'], 'expected "EU" or "associated"'),
	selected: isoDate,
	entityType: nullableText,
	members: v.nullable(v.array(text)),
	label: v.nullable(MissionLabelSchema),
	climateCityContractSubmitted: v.nullable(v.boolean('expected true, false or null'))
});

export const CitySchema = v.strictObject({
	id,
	name: text,
	nameLocal: nullableText,
	nameEn: nullableText,
	altNames: v.array(text, 'expected a list of names'),
	country: countryCode,
	lat: latitude,
	lon: longitude,
	population: v.nullable(
		v.pipe(v.number('expected a whole number'), v.integer('expected a whole number'), v.minValue(0))
	),
	mission: v.nullable(MissionSchema),
	sources,
	confidence,
	notes: nullableText
});

export const PilotCityRoleSchema = v.strictObject({
	cityId: id,
	role: v.nullable(v.picklist(['lead', 'partner'], 'expected "lead", "partner" or null'))
});

export const PilotSchema = v.strictObject({
	id,
	name: nullableText,
	acronym: nullableText,
	cohort: v.picklist([1, 2, 3], 'expected cohort 1, 2 or 3'),
	startYear: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100))),
	kind: v.picklist(['single-city', 'multi-city'], 'expected "single-city" or "multi-city"'),
	cities: v.pipe(v.array(PilotCityRoleSchema), v.minLength(1, 'expected at least one city')),
	themes: themeIds,
	summary: nullableText,
	fundingEUR: v.nullable(v.pipe(v.number('expected an amount in euro'), v.minValue(0))),
	fundingNote: nullableText,
	startDate: v.nullable(isoDate),
	endDate: v.nullable(isoDate),
	duration: nullableText,
	url: v.nullable(httpUrl),
	sources,
	confidence,
	notes: nullableText
});

export const ProjectSiteSchema = v.strictObject({
	cityId: id,
	role: v.nullable(
		v.picklist(
			['pilot', 'demonstrator', 'replicator', 'other'],
			'expected "pilot", "demonstrator", "replicator", "other" or null'
		)
	),
	/** The site's own sources (often the city's Climate City Contract); empty: the project's sources. */
	sources
});

export const ProjectPartnerSchema = v.strictObject({
	partnerId: id,
	/** associated: takes part without signing the grant agreement (CORDIS associatedPartner, thirdParty). */
	role: v.picklist(
		['coordinator', 'partner', 'associated'],
		'expected "coordinator", "partner" or "associated"'
	),
	confidence,
	note: nullableText,
	/** The link's own sources; empty: the project's sources. */
	sources
});

export const ProjectSchema = v.strictObject({
	id,
	acronym: text,
	title: nullableText,
	programme: nullableText,
	topic: nullableText,
	cordisId: nullableText,
	startDate: v.nullable(isoDate),
	endDate: v.nullable(isoDate),
	euContributionEUR: v.nullable(v.pipe(v.number('expected an amount in euro'), v.minValue(0))),
	coordinator: v.nullable(v.strictObject({ name: text, country: v.nullable(countryCode) })),
	website: v.nullable(httpUrl),
	themes: themeIds,
	summary: nullableText,
	sites: v.array(ProjectSiteSchema),
	partners: v.array(ProjectPartnerSchema),
	partnersComplete: v.boolean('expected true or false'),
	consortiumSizeReported: nullableText,
	sources,
	notes: nullableText,
	/**
	 * Absent: curated. "imported": added by `npm run data:import` and not reviewed yet (themes and
	 * sites still to add); an editor removes it, an import removes it once both are there.
	 */
	review: v.optional(v.picklist(['imported'], 'expected "imported" or no field'))
});

export const PARTNER_KINDS = [
	'city',
	'research',
	'company',
	'ngo',
	'public-body',
	'network',
	'other'
] as const;

export const PartnerSchema = v.strictObject({
	id,
	name: text,
	kind: v.picklist(PARTNER_KINDS, `expected one of ${PARTNER_KINDS.join(', ')}`),
	country: v.nullable(countryCode),
	city: nullableText,
	cityId: v.nullable(id),
	lat: v.nullable(latitude),
	lon: v.nullable(longitude),
	aliases: v.array(text, 'expected a list of names'),
	notes: v.array(v.string('expected text'), 'expected a list of notes'),
	/** The partner's own sources; empty: it rests on its projects' sources. */
	sources,
	/** The CORDIS participant identification code (PIC), so an import finds the partner again. */
	cordisOrgId: v.optional(
		v.pipe(v.string('expected a PIC (digits)'), v.regex(/^\d{1,12}$/, 'expected a PIC (digits)'))
	)
});

export const MetaSchema = v.object({
	asOf: isoDate,
	labelsUpTo: v.optional(v.nullable(isoDate)),
	counts: v.optional(v.record(v.string(), v.number()))
});

export type Theme = v.InferOutput<typeof ThemeSchema>;
export type City = v.InferOutput<typeof CitySchema>;
export type Mission = v.InferOutput<typeof MissionSchema>;
export type Pilot = v.InferOutput<typeof PilotSchema>;
export type Project = v.InferOutput<typeof ProjectSchema>;
export type Partner = v.InferOutput<typeof PartnerSchema>;
export type PartnerKind = Partner['kind'];
export type Meta = v.InferOutput<typeof MetaSchema>;

export interface Dataset {
	cities: City[];
	pilots: Pilot[];
	projects: Project[];
	partners: Partner[];
	themes: Theme[];
	meta: Meta;
}

/** The record files of a data directory, in the order they are checked. */
export const RECORD_FILES = {
	themes: ThemeSchema,
	cities: CitySchema,
	pilots: PilotSchema,
	projects: ProjectSchema,
	partners: PartnerSchema
} as const;

export type RecordFile = keyof typeof RECORD_FILES;
