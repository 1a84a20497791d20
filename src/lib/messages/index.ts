// Pure: no DOM, no Svelte. The one messages module: every word the UI derives from data (kinds,
// facets, record facts, dates, amounts, partner-finder reasons) is made here, with plural rules and
// number formats done once. The core returns fields; this turns them into English. (The next step
// makes these Paraglide messages in 24 languages; callers will not change.)
import { COUNTRY_NAMES } from '../data/schema';
import { kindInfo, type RecordKind } from '../model/kinds';
import { FACETS, type FacetRow } from '../model/facets';
import type { MatchStrength, Reason } from '../data/match';

const LOCALE = 'en-GB';
const pluralRules = new Intl.PluralRules('en');
const MONTHS_LONG = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The year each Pilot Cities cohort was announced (NetZeroCities calls of 2023 and 2024). */
const COHORT_YEARS: Record<string, string> = { '1': '2023', '2': '2024', '3': '2024' };

/** Messages by key. Keys name the meaning, not the English text. */
export const m = {
	kind_city_one: () => 'City',
	kind_city_many: () => 'Cities',
	kind_pilot_one: () => 'Pilot',
	kind_pilot_many: () => 'Pilots',
	kind_project_one: () => 'Project',
	kind_project_many: () => 'Projects',
	kind_partner_one: () => 'Partner',
	kind_partner_many: () => 'Partners',

	facet_kind: () => 'Show',
	facet_country: () => 'Country',
	facet_theme: () => 'Theme',
	facet_cohort: () => 'Pilot cohort',
	facet_label: () => 'EU Mission Label',
	facet_ptype: () => 'Partner type',

	'kind_mission-city': () => 'Mission Cities',
	'kind_pilot-city': () => 'Pilot Cities',
	'kind_site-city': () => 'Other project sites',
	kind_pilot: () => 'Pilots',
	kind_project: () => 'Projects',
	kind_partner: () => 'Partners',
	label_awarded: () => 'Label awarded',
	label_unknown: () => 'Not known',
	ptype_city: () => 'City administration',
	ptype_research: () => 'Research and university',
	ptype_company: () => 'Company',
	ptype_ngo: () => 'NGO',
	'ptype_public-body': () => 'Public body',
	ptype_network: () => 'Network',
	ptype_other: () => 'Other',
	ptype_unknown: () => 'Type not known',
	cohort_value: (p: { cohort: string }) =>
		COHORT_YEARS[p.cohort]
			? `Cohort ${p.cohort} (${COHORT_YEARS[p.cohort]})`
			: `Cohort ${p.cohort}`,

	country_unknown: () => 'Country unknown',
	country_not_known: () => 'Country not known',
	place_more: (p: { country: string; more: number }) => `${p.country} + ${p.more} more`,
	date_unknown: () => 'date unknown',
	amount_unpublished: () => 'not published',
	amount_million: (p: { amount: string }) => `€${p.amount} million`,

	fact_mission_city: () => 'Mission City',
	fact_pilot_city: () => 'Pilot City',
	fact_mission_label: () => 'Mission Label',
	fact_project_site: () => 'Project site',
	fact_pilot_cohort: (p: { cohort: number }) => `Pilot cohort ${p.cohort}`,
	pilot_untitled: (p: { cities: string }) => `Pilot activity in ${p.cities}`,

	reason_themes: (p: { themes: string }) => `Shared themes: ${p.themes}`,
	reason_distance: (p: { km: string; from: string }) => `${p.km} from ${p.from}`,
	reason_distance_site: (p: { km: string; via: string }) => `A site in ${p.via}, ${p.km} away`,
	reason_distance_city: (p: { km: string; via: string }) =>
		`${p.via}, one of its cities, ${p.km} away`,
	reason_country: (p: { country: string }) => `Same country: ${p.country}`,
	reason_country_site: (p: { country: string }) => `A site in ${p.country}, your country`,
	reason_country_city: (p: { country: string }) => `One of its cities is in ${p.country}`,
	reason_neighbour: (p: { country: string }) => `Neighbouring country: ${p.country}`,
	reason_neighbour_site: (p: { country: string; of: string }) =>
		`A site in ${p.country}, a neighbour of ${p.of}`,
	reason_neighbour_city: (p: { country: string; of: string }) =>
		`One of its cities is in ${p.country}, a neighbour of ${p.of}`,
	reason_projects: (p: { projects: string }) => `Shared projects: ${p.projects}`,
	reason_size: (p: { population: string }) => `Similar population: ${p.population}`,
	reason_city: (p: { city: string }) => `Based in ${p.city}`,
	reason_already: (p: { projects: string }) => `Already in your projects: ${p.projects}`,
	reasons_common: (p: { reasons: string }) => `All of these: ${p.reasons}`,
	strength_strong: () => 'Strong match',
	strength_good: () => 'Good match',
	strength_weak: () => 'Weak match',
	strength_label: () => 'Match strength',
	link_secondary_source: () => 'listed as a partner by a secondary source',
	synergies_title: () => 'Synergies: themes, Mission Cities and Pilot Cities',
	synergies_nav: () => 'Synergies',
	synergies_intro: () =>
		'For each theme, the Mission Cities working on it and the Pilot Cities whose pilots lead it: who can learn from whom.',
	synergies_how: () =>
		'A Mission City works on a theme when one of its pilots or projects does. Every number opens the explorer with exactly those records.',
	data_as_of: (p: { date: string }) => `Data as of ${p.date}.`,
	synergies_caption: () =>
		'Themes, with the Mission Cities working on them and the Pilot Cities leading them',
	synergies_col_theme: () => 'Theme',
	synergies_col_mission: () => 'Mission Cities working on it',
	synergies_col_pilots: () => 'Pilots on it',
	synergies_col_pilot_cities: () => 'Pilot Cities leading it',
	synergies_mission_link: (p: { n: number; theme: string }) =>
		`${p.n} Mission ${p.n === 1 ? 'City' : 'Cities'} working on ${p.theme}`,
	synergies_pilots_link: (p: { n: number; theme: string }) =>
		`${p.n} ${p.n === 1 ? 'pilot' : 'pilots'} on ${p.theme}`,
	synergies_to_connect: (p: { n: number }) => `${p.n} not yet in a pilot on it`,
	synergies_more: (p: { n: number; theme: string }) =>
		`${p.n} more Pilot ${p.n === 1 ? 'City' : 'Cities'} on ${p.theme}`,
	synergies_no_pilot: () => 'No pilot on this theme in the data',
	synergies_footer: (p: { n: number }) =>
		`Each Mission City's page lists the Pilot Cities it can learn from, ranked; the partner finder ranks them for any of the ${p.n} Mission Cities.`,
	synergy_ask_about: () => 'Ask about:',
	list_add: () => 'Add to my list',
	list_remove: () => 'In my list',
	list_add_label: (p: { name: string }) => `Add ${p.name} to my list`,
	list_remove_label: (p: { name: string }) => `Remove ${p.name} from my list`,
	list_full: () => 'Your list is full (50 records): remove one to add another',
	list_nav: (p: { n: number }) => (p.n ? `My list (${p.n})` : 'My list'),
	list_title: () => 'My list',
	list_title_shared: (p: { n: number }) => `A list of ${p.n} ${p.n === 1 ? 'record' : 'records'}`,
	list_intro: () =>
		'Records you collected, with their key facts and how they relate to each other. Print it, download it, or scan the code to take it with you.',
	list_empty: () =>
		'Nothing here yet. Use “Add to my list” on any result, card or record page, and the list collects here.',
	list_missing: (p: { n: number; items: string }) =>
		`${p.n} ${p.n === 1 ? 'item' : 'items'} could not be found: ${p.items}`,
	list_too_many: (p: { n: number; max: number }) =>
		`This list asks for ${p.n} records, more than the ${p.max} a list can hold: only the first ${p.max} are shown.`,
	list_related: () => 'In this list, related to:',
	list_qr: () => 'Scan to take this list with you',
	list_download: () => 'Download this list',
	list_map: (p: { n: number }) => `Map of the ${p.n} records in this list`,
	list_save: () => 'Make this my list',
	list_saved: () => 'This is your list',
	list_clear: () => 'Clear my list',
	synergy_pilot_cities_title: () => 'Pilot Cities to learn from',
	synergy_pilot_cities_note: (city: string) =>
		`Pilot Cities ranked for ${city} by shared themes, distance, country, shared projects and size, as in the partner finder.`,
	synergy_mission_cities_title: () => 'Mission Cities working on the same themes',
	synergy_mission_cities_note: (city: string) =>
		`Mission Cities that share a theme with the pilots and projects of ${city}, ranked the same way.`,
	synergy_none: () =>
		'No Pilot City in the data shares a theme, a project or a region with it yet.',
	synergy_more: (city: string) => `All suggestions for ${city} in the partner finder`,
	relation_source: () => 'source',
	relation_source_n: (n: number) => `source ${n}`,
	relation_source_label: (of: string, host: string) =>
		`Source for ${of}: ${host} (opens in a new tab)`,
	partner_sources_from_projects: () =>
		'This partner has no sources of its own in the data: these are the sources of its projects.',
	card_related: () => 'Related:',
	card_related_more: (p: { count: number }) => `and ${formatNumber(p.count)} more`,

	kiosk_invite: () => 'Touch to find your city, its partners and projects',
	kiosk_invite_hint: () => 'Mission Cities, Pilot Cities, their projects and partners, on one map',
	kiosk_journeys_label: () => 'Ways in',
	kiosk_journey_city: () => 'I’m from a city',
	kiosk_journey_city_hint: () => 'Find your city and who it can learn from',
	kiosk_journey_projects: () => 'Explore projects',
	kiosk_journey_projects_hint: (p: { n: number }) => `${p.n} projects and their sites on the map`,
	kiosk_journey_themes: () => 'Browse by theme',
	kiosk_journey_themes_hint: () => 'Energy, mobility, buildings and more',
	kiosk_journey_city_prompt: () => 'Type your city’s name, then touch it in the list',
	kiosk_journey_projects_prompt: () => 'Touch a project to see its sites and partners',
	kiosk_journey_themes_prompt: () => 'Choose a theme',
	kiosk_back: () => 'Back',
	kiosk_start_over: () => 'Start over',
	kiosk_search_label: () => 'Search cities, pilots, projects and partners',
	kiosk_search_label_cities: () => 'Search cities',
	kiosk_text_size: () => 'Text size',
	kiosk_text_size_step: (p: { step: number }) =>
		['Normal text', 'Larger text', 'Largest text'][p.step] ?? 'Text size',
	kiosk_list_button: (p: { n: number }) => (p.n ? `My list (${p.n})` : 'My list'),
	kiosk_list_title: (p: { n: number }) => `My list: ${p.n} ${p.n === 1 ? 'record' : 'records'}`,
	kiosk_list_empty: () =>
		'Nothing here yet. Open a city, project or partner and touch “Add to my list”.',
	kiosk_list_take: () => 'Take my list with you: scan to open it on your phone',
	kiosk_list_remove: (p: { name: string }) => `Remove ${p.name}`,
	kiosk_list_close: () => 'Back to the map',
	kiosk_list_clear: () => 'Clear my list',
	kiosk_card_partners: () => 'Partners here',
	kiosk_card_learn_from: () => 'Pilot Cities to learn from',
	kiosk_card_same_themes: () => 'Mission Cities working on the same themes',
	kiosk_attract_synergy: () => 'Learning from Pilot Cities',
	kiosk_attract_learn_from: (p: { city: string; cities: string }) =>
		`${p.city} can learn from ${p.cities}`,
	kiosk_setup_title: () => 'Kiosk setup',
	kiosk_setup_idle: () => 'Idle time',
	kiosk_setup_seconds: (p: { seconds: number }) => `${formatNumber(p.seconds)} s`,
	kiosk_setup_attract: () => 'Attract loop',
	kiosk_setup_on: () => 'on',
	kiosk_setup_off: () => 'off',
	kiosk_setup_start: () => 'Start view',
	kiosk_setup_start_all: () => 'all records',
	kiosk_setup_qr_base: () => 'QR codes open',
	kiosk_setup_qr_configured: () => 'set by PUBLIC_BASE_URL',
	kiosk_setup_qr_own: () => 'this screen’s own address: PUBLIC_BASE_URL is not set',
	kiosk_setup_qr_private: () =>
		'Visitors’ phones cannot open this private or local address. Set PUBLIC_BASE_URL to the public site’s address (e.g. https://explorer.example.org) and restart the server.',
	kiosk_setup_qr_private_configured: () =>
		'This is a private address: only phones on the venue’s own network can open these QR codes.',
	kiosk_setup_reopen: () => 'To see this again: /kiosk?setup, or press the title for 2 seconds.',
	kiosk_setup_close: () => 'Close',
	kiosk_qr_private_log: (p: { origin: string }) =>
		`Kiosk: QR codes will point to ${p.origin}, a local or private address visitors' phones cannot open. Set PUBLIC_BASE_URL to the public site's address (e.g. PUBLIC_BASE_URL=https://explorer.example.org) and restart.`,

	// The explorer
	view_toggle_label: () => 'View',
	view_map: () => 'Map',
	view_list: () => 'List',
	search_no_city: (p: { query: string }) => `No city called “${p.query}” in the data.`,
	search_nothing_called: (p: { query: string }) => `Nothing called “${p.query}” in the data.`,
	search_coverage_link: () => 'What the data covers',
	search_cut: (p: { max: number }) => `Your search was cut to ${p.max} characters.`,

	overview_cohort: (p: { cohort: string; cities: string }) => `Cohort ${p.cohort} (${p.cities})`,
	overview_no_label: () => 'No label known yet',
	not_found_city: (p: { id: string }) => `No city with the id “${p.id}” is in the data.`,
	not_found_pilot: (p: { id: string }) => `No pilot with the id “${p.id}” is in the data.`,
	not_found_project: (p: { id: string }) => `No project with the id “${p.id}” is in the data.`,
	not_found_partner: (p: { id: string }) =>
		`No partner organisation with the id “${p.id}” is in the data.`,
	overview_date_unknown: () => 'date not known',

	status_heading: () => 'Data status',
	status_loaded: (p: { at: string; version: string }) =>
		`The data shown was loaded on ${p.at} (version ${p.version}).`,
	status_counts: (p: { counts: string }) => `It holds ${p.counts}.`,
	status_passed: () => 'The data files passed the check when they were last read.',
	status_rejected: (p: { at: string; problems: string }) =>
		`An edit of the data files on ${p.at} was not loaded because of ${p.problems}; the data above is still shown until they are fixed:`,
	map_legend: () => 'Legend',
	map_legend_label_ring: () => 'EU Mission Label (ring)',
	map_legend_project_at_coordinator: (p: { name: string; place: string }) =>
		`${p.name}: drawn once, at its coordinator’s place (${p.place}); its sites are drawn as the cities they are`,
	map_legend_project_label: (p: { name: string }) =>
		`${p.name}: no place of its own is known, so its name is a label without a point, between its sites`,
	map_legend_synergies: (p: { name: string }) => `${p.name} (dashed lines from the selected city)`
};
export type MessageKey = keyof typeof m;

/** A parameterless message named by a table (kinds, facets), or the fallback when there is none. */
export function message(key: string, fallback = key): string {
	const fn = (m as Record<string, unknown>)[key];
	return typeof fn === 'function' && fn.length === 0 ? (fn as () => string)() : fallback;
}

/** Plural forms, picked by the language's rules. */
function pick(n: number, forms: { one: string; other: string }): string {
	return pluralRules.select(n) === 'one' ? forms.one : forms.other;
}

/** "malmo.se" for a source link's accessible name; the URL itself where it does not parse. */
export function sourceHost(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

export function formatNumber(n: number): string {
	return n.toLocaleString(LOCALE);
}

/** "3 projects", "1 project": the count and its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${formatNumber(n)} ${pick(n, { one, other: many })}`;
}

/** An ISO date at any precision, as people read it: "2023", "Jun 2023", "12 Oct 2023". */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return m.date_unknown();
	const [y, mo, d] = iso.split('-');
	if (!mo) return y;
	const month = MONTHS[Number(mo) - 1] ?? mo;
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** An instant as people read it, in UTC so every reader sees the same: "6 Dec 2026, 15:58 UTC". */
export function formatDateTime(iso: string): string {
	const date = iso.slice(0, 10);
	const time = iso.slice(11, 16);
	return time ? `${formatDate(date)}, ${time} UTC` : formatDate(date);
}

/** "190 cities, 67 pilots, 27 projects, 305 partners and 12 themes". */
export function countsText(
	c: Record<'cities' | 'pilots' | 'projects' | 'partners' | 'themes', number>
): string {
	return `${plural(c.cities, 'city', 'cities')}, ${plural(c.pilots, 'pilot')}, ${plural(c.projects, 'project')}, ${plural(c.partners, 'partner')} and ${plural(c.themes, 'theme')}`;
}

/** A month as people read it in a heading: "2023-10" -> "October 2023". */
export function formatMonth(iso: string): string {
	const [y, mo] = iso.split('-');
	return mo ? `${MONTHS_LONG[Number(mo) - 1] ?? mo} ${y}` : y;
}

export function formatEuro(n: number | null | undefined): string {
	if (n === null || n === undefined) return m.amount_unpublished();
	if (n >= 1_000_000)
		return m.amount_million({
			amount: (n / 1_000_000).toLocaleString(LOCALE, { maximumFractionDigits: 1 })
		});
	return `€${n.toLocaleString(LOCALE)}`;
}

export function formatKm(km: number): string {
	// Decide on the rounded value, so 9.96 reads "10 km" like 10 does, not "10.0 km".
	return Math.round(km * 10) < 100
		? `${km.toFixed(1)} km`
		: `${Math.round(km).toLocaleString(LOCALE)} km`;
}

export function countryName(code: string | null | undefined): string {
	if (!code) return m.country_unknown();
	return COUNTRY_NAMES[code] ?? code;
}

/** A kind's label: `kindLabel('city')` "City", `kindLabel('city', 3)` "Cities". */
export function kindLabel(kind: RecordKind, count = 1): string {
	const info = kindInfo(kind);
	return message(pick(count, { one: info.labelOne, other: info.labelMany }));
}

/** A facet's title, from its row's label key in the facet table. */
export function facetTitle(name: string, facets: readonly FacetRow[] = FACETS): string {
	const row = facets.find((f) => f.name === name);
	return row ? message(row.labelKey, name) : name;
}

/** The label a person reads for a facet value, e.g. ('cohort', '2') -> 'Cohort 2 (2024)'. */
export function facetValueLabel(
	facet: string,
	value: string,
	themeLabels: ReadonlyMap<string, string>
): string {
	if (facet === 'country') return countryName(value);
	if (facet === 'theme') return themeLabels.get(value) ?? value;
	if (facet === 'cohort') return m.cohort_value({ cohort: value });
	return message(`${facet}_${value}`, value);
}

interface NamedRecord {
	name: string | null;
	cityNames?: readonly string[];
}

/** A record's name; a pilot with no published title is "Pilot activity in <its cities>". */
export function recordName(r: NamedRecord): string {
	return r.name ?? m.pilot_untitled({ cities: (r.cityNames ?? []).join(', ') });
}

/** "No city with the id “X” is in the data." for a record page that does not exist. */
export function notFoundText(kind: RecordKind, id: string): string {
	const text = {
		city: m.not_found_city,
		pilot: m.not_found_pilot,
		project: m.not_found_project,
		partner: m.not_found_partner
	}[kind];
	return text({ id });
}

/** A pilot's display name from the data set: its title, or "Pilot activity in <its cities>". */
export function pilotName(
	pilot: { name: string | null; cities: { cityId: string }[] },
	cityById: ReadonlyMap<string, { name: string }>
): string {
	return recordName({
		name: pilot.name,
		cityNames: pilot.cities.map((c) => cityById.get(c.cityId)?.name ?? c.cityId)
	});
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
		return m.place_more({ country: countryName(first), more: record.countries.length - 1 });
	}
	return record.country ? countryName(record.country) : m.country_not_known();
}

interface FactFields {
	kind: RecordKind;
	isMissionCity: boolean;
	isPilotCity: boolean;
	label: string | null;
	cohorts: number[];
	projectCount: number;
	cityCount: number;
	partnerCount: number;
	partnersComplete: boolean | null;
	cityNames: readonly string[];
	place: string | null;
}

/** Short facts for lists and cards, e.g. "Pilot cohort 2 · 3 cities". */
export function recordFacts(r: FactFields): string {
	switch (r.kind) {
		case 'city':
			return (
				[
					r.isMissionCity ? m.fact_mission_city() : null,
					r.isPilotCity ? m.fact_pilot_city() : null,
					r.label === 'awarded' ? m.fact_mission_label() : null,
					r.projectCount ? plural(r.projectCount, 'project') : null
				]
					.filter(Boolean)
					.join(' · ') || m.fact_project_site()
			);
		case 'pilot':
			return `${m.fact_pilot_cohort({ cohort: r.cohorts[0] })} · ${
				r.cityCount === 1 ? r.cityNames[0] : plural(r.cityCount, 'city', 'cities')
			}`;
		case 'project':
			return `${plural(r.cityCount, 'site')} · ${formatNumber(r.partnerCount)}${
				r.partnersComplete ? '' : '+'
			} ${pick(r.partnerCount, { one: 'partner', other: 'partners' })}`;
		case 'partner':
			return [r.place, plural(r.projectCount, 'project')].filter(Boolean).join(' · ');
	}
}

/** A partner-finder reason in words. */
export function reasonText(reason: Reason, themeLabels: ReadonlyMap<string, string>): string {
	switch (reason.kind) {
		case 'themes':
			return m.reason_themes({
				themes: reason.themes.map((t) => themeLabels.get(t) ?? t).join(', ')
			});
		case 'distance': {
			const km = formatKm(reason.km);
			if (reason.via && reason.part === 'site')
				return m.reason_distance_site({ km, via: reason.via });
			if (reason.via && reason.part === 'city')
				return m.reason_distance_city({ km, via: reason.via });
			return m.reason_distance({ km, from: reason.from });
		}
		case 'country': {
			const country = countryName(reason.country);
			if (reason.part === 'site') return m.reason_country_site({ country });
			if (reason.part === 'city') return m.reason_country_city({ country });
			return m.reason_country({ country });
		}
		case 'neighbour': {
			const words = { country: countryName(reason.country), of: countryName(reason.of) };
			if (reason.part === 'site') return m.reason_neighbour_site(words);
			if (reason.part === 'city') return m.reason_neighbour_city(words);
			return m.reason_neighbour(words);
		}
		case 'projects':
			return reason.yours
				? m.reason_already({ projects: reason.projects.join(', ') })
				: m.reason_projects({ projects: reason.projects.join(', ') });
		case 'size':
			return m.reason_size({ population: formatNumber(reason.population) });
		case 'city':
			return m.reason_city({ city: reason.city });
	}
}

/** A match strength in words: "Strong match". */
export function strengthText(strength: MatchStrength): string {
	return { strong: m.strength_strong, good: m.strength_good, weak: m.strength_weak }[strength]();
}
