// Pure: no DOM, no Svelte. Display labels for facet values and kinds.
import { countryName } from './data/schema';
import { KIND_FACET_LABELS, type KindFacet, type RecordKind } from './search/records';
import type { FacetName } from './search/url';

export const KIND_LABELS: Record<RecordKind, { one: string; many: string }> = {
	city: { one: 'City', many: 'Cities' },
	pilot: { one: 'Pilot', many: 'Pilots' },
	project: { one: 'Project', many: 'Projects' },
	partner: { one: 'Partner', many: 'Partners' }
};

export const FACET_TITLES: Record<FacetName, string> = {
	kind: 'Show',
	country: 'Country',
	theme: 'Theme',
	cohort: 'Pilot cohort',
	label: 'EU Mission Label',
	ptype: 'Partner type'
};

const PARTNER_TYPE_LABELS: Record<string, string> = {
	city: 'City administration',
	research: 'Research and university',
	company: 'Company',
	ngo: 'NGO',
	'public-body': 'Public body',
	network: 'Network',
	other: 'Other'
};
const LABEL_LABELS: Record<string, string> = { awarded: 'Label awarded', unknown: 'Not known' };

/** The label a person reads for a facet value, e.g. ('cohort', '2') -> 'Cohort 2 (2024)'. */
export function facetValueLabel(
	facet: FacetName,
	value: string,
	themeLabels: Map<string, string>
): string {
	switch (facet) {
		case 'kind':
			return KIND_FACET_LABELS[value as KindFacet] ?? value;
		case 'country':
			return countryName(value);
		case 'theme':
			return themeLabels.get(value) ?? value;
		case 'cohort':
			return `Cohort ${value} (${value === '1' ? '2023' : '2024'})`;
		case 'label':
			return LABEL_LABELS[value] ?? value;
		case 'ptype':
			return PARTNER_TYPE_LABELS[value] ?? value;
	}
}

export function partnerTypeLabel(value: string | null): string {
	return value ? (PARTNER_TYPE_LABELS[value] ?? value) : 'Type not known';
}

/** Where a record is, in words: one country, or "Spain + 4 more" for a project across countries. */
export function placeText(record: {
	kind: string;
	country: string | null;
	countries: string[];
}): string {
	if (record.kind === 'project' && record.countries.length > 1) {
		const first =
			record.country && record.countries.includes(record.country)
				? record.country
				: record.countries[0];
		return `${countryName(first)} + ${record.countries.length - 1} more`;
	}
	return record.country ? countryName(record.country) : 'Country not known';
}
