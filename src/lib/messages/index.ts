// Pure: no DOM, no Svelte. The one messages module: every word the UI derives from data (kinds,
// facets, record facts, dates, amounts, partner-finder reasons) is made here, in the page's language.
// The texts live in messages/{locale}.json and Paraglide compiles them into typed functions, one module
// per language: `m` answers from the language the catalog in use was loaded for (see catalog.ts).
import { COUNTRY_NAMES } from '../data/schema';
import { fold } from '../search/normalise';
import { kindInfo, type RecordKind } from '../model/kinds';
import { FACETS, type FacetRow } from '../model/facets';
import type { MatchStrength, Reason } from '../data/match';
import { m, currentLocale, localHref, appPath, type MessageName } from './catalog';
import { dateTimeFormats, isPlainSmallCount, numberFormats } from './intl-registry';
import { dateStyleTable, fillDate, type DateStyleTable } from './date-table';
import { fillNumber, numberTable, type NumberTable } from './number-table';

export { m, currentLocale, localHref, appPath };

/** The year each Pilot Cities cohort was announced (NetZeroCities calls of 2023 and 2024). */
const COHORT_YEARS: Record<string, string> = { '1': '2023', '2': '2024', '3': '2024' };

export type MessageKey = keyof typeof m;

/** A parameterless message named by a table (kinds, facets), or the fallback when there is none. */
export function message(key: string, fallback = key): string {
	const fn = (m as Record<string, unknown>)[key];
	return typeof fn === 'function' ? (fn as () => string)() : fallback;
}

/** The English plural form of a kind's label; the other languages say it in their messages. */
function pick(n: number, forms: { one: string; other: string }): string {
	return n === 1 ? forms.one : forms.other;
}

/** Intl's name for the page's language ("en-GB" for English: day before month, as the EU writes). */
function intlLocale(): string {
	const locale = currentLocale();
	return locale === 'en' ? 'en-GB' : locale;
}

/** "malmo.se" for a source link's accessible name; the URL itself where it does not parse. */
export function sourceHost(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

// Intl formatters are costly to build and lists format a number per row: one per language and style.
const NUMBER_STYLES = {
	plain: {},
	tenths: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
	millions: { maximumFractionDigits: 1 }
} satisfies Record<string, Intl.NumberFormatOptions>;
const DATE_STYLES = {
	day: { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' },
	month: { timeZone: 'UTC', year: 'numeric', month: 'short' },
	monthLong: { timeZone: 'UTC', year: 'numeric', month: 'long' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function numberFormat(style: keyof typeof NUMBER_STYLES): Intl.NumberFormat {
	return numberFormats(intlLocale(), NUMBER_STYLES[style]);
}

function dateFormat(style: keyof typeof DATE_STYLES): Intl.DateTimeFormat {
	return dateTimeFormats(intlLocale(), DATE_STYLES[style]);
}

type DateStyle = keyof typeof DATE_STYLES;
/** The browser's table of the page language's date styles (useDateTable); the server keeps Intl. */
let dateTable: { locale: string; styles: Partial<Record<DateStyle, DateStyleTable>> } | null = null;

const dateTables = new Map<string, Partial<Record<DateStyle, DateStyleTable>>>();

/** The page language's date styles as a table, for the browser (see date-table.ts); made once each. */
export function dateTableFor(): Partial<Record<DateStyle, DateStyleTable>> {
	const locale = intlLocale();
	let styles = dateTables.get(locale);
	if (!styles) {
		styles = {};
		for (const style of Object.keys(DATE_STYLES) as DateStyle[]) {
			const table = dateStyleTable(dateFormat(style));
			if (table) styles[style] = table;
		}
		dateTables.set(locale, styles);
	}
	return styles;
}

/** In a browser: write dates from the server's table for this language instead of building Intl. */
export function useDateTable(styles: Partial<Record<DateStyle, DateStyleTable>>): void {
	dateTable = { locale: intlLocale(), styles };
}

/** A UTC date in a style: from the table when the browser has one for this language, else Intl. */
function writeDate(style: DateStyle, date: Date): string {
	const table = dateTable?.locale === intlLocale() ? dateTable.styles[style] : undefined;
	return table
		? fillDate(table, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
		: dateFormat(style).format(date);
}

/** The first day of an ISO year-month(-day) in UTC, or null when it is no date. */
function utcDate(y: string, mo: string, d?: string): Date | null {
	const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
	return Number.isNaN(date.getTime()) ? null : date;
}

/** The browser's table of the page language's grouping (useNumberTable); the server keeps Intl. */
let numbers: { locale: string; table: NumberTable } | null = null;
const numberTables = new Map<string, NumberTable | null>();

/** The page language's grouping of whole numbers, for the browser (see number-table.ts). */
export function numberTableFor(): NumberTable | null {
	const locale = intlLocale();
	if (!numberTables.has(locale)) numberTables.set(locale, numberTable(numberFormat('plain')));
	return numberTables.get(locale)!;
}

/** In a browser: write whole numbers from the server's table for this language instead of Intl. */
export function useNumberTable(table: NumberTable | null): void {
	numbers = table ? { locale: intlLocale(), table } : null;
}

export function formatNumber(n: number): string {
	if (isPlainSmallCount(n)) return String(n);
	if (numbers?.locale === intlLocale() && Number.isSafeInteger(n) && n >= 0)
		return fillNumber(numbers.table, n);
	return numberFormat('plain').format(n);
}

/** Counted nouns, in the page's language: `counted('project', 3)` "3 projects". */
const COUNTED = {
	result: 'count_result',
	project: 'count_project',
	city: 'count_city',
	theme: 'count_theme',
	site: 'count_site',
	record: 'count_record',
	problem: 'count_problem',
	pilot: 'count_pilot',
	partner: 'count_partner'
} as const satisfies Record<string, MessageName>;
export type CountedNoun = keyof typeof COUNTED;

/**
 * The explorer's filter panel names a count on each of its 150 values, on every keystroke; the same
 * few counts come again and again, and each plural message asks Intl.PluralRules. Kept per language.
 */
const countedTexts = new Map<string, string>();
const MAX_COUNTED_TEXTS = 2000;

export function counted(noun: CountedNoun, count: number): string {
	const key = `${currentLocale()} ${noun} ${count}`;
	let text = countedTexts.get(key);
	if (text === undefined) {
		if (countedTexts.size >= MAX_COUNTED_TEXTS) countedTexts.clear();
		countedTexts.set(key, (text = m[COUNTED[noun]]({ count })));
	}
	return text;
}

/** An ISO date at any precision, as people read it: "2023", "Jun 2023", "12 Oct 2023". */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return m.date_unknown();
	const [y, mo, d] = iso.split('-');
	if (!mo) return y;
	const date = utcDate(y, mo, d);
	return date ? writeDate(d ? 'day' : 'month', date) : iso;
}

/** An instant as people read it, in UTC so every reader sees the same: "6 Dec 2026, 15:58 UTC". */
export function formatDateTime(iso: string): string {
	const date = iso.slice(0, 10);
	const time = iso.slice(11, 16);
	return time ? m.date_time_utc({ date: formatDate(date), time }) : formatDate(date);
}

/** "190 cities, 67 pilots, 27 projects, 305 partners and 12 themes". */
export function countsText(
	c: Record<'cities' | 'pilots' | 'projects' | 'partners' | 'themes', number>
): string {
	return m.counts_list({
		cities: counted('city', c.cities),
		pilots: counted('pilot', c.pilots),
		projects: counted('project', c.projects),
		partners: counted('partner', c.partners),
		themes: counted('theme', c.themes)
	});
}

/** A month as people read it in a heading: "2023-10" -> "October 2023". */
export function formatMonth(iso: string): string {
	const [y, mo] = iso.split('-');
	if (!mo) return y;
	const date = utcDate(y, mo);
	return date ? writeDate('monthLong', date) : iso;
}

export function formatEuro(n: number | null | undefined): string {
	if (n === null || n === undefined) return m.amount_unpublished();
	if (n >= 1_000_000)
		return m.amount_million({
			amount: numberFormat('millions').format(n / 1_000_000)
		});
	return m.amount_euro({ amount: formatNumber(n) });
}

export function formatKm(km: number): string {
	// Decide on the rounded value, so 9.96 reads "10 km" like 10 does, not "10.0 km".
	const rounded =
		Math.round(km * 10) < 100 ? numberFormat('tenths').format(km) : formatNumber(Math.round(km));
	return m.distance_km({ km: rounded });
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** The browser's table of country names in the page's language (useRegionTable); the server keeps Intl. */
let regionTable: { locale: string; names: Readonly<Record<string, string>> } | null = null;
const regionTables = new Map<string, Record<string, string>>();

/**
 * The names of `codes` in the page's language, for the browser (made once per language; the codes are
 * the same on every call): its first Intl.DisplayNames loads the region data, 0.2 s at 4x CPU.
 */
export function regionTableFor(codes: readonly string[]): Record<string, string> {
	const locale = currentLocale();
	let names = regionTables.get(locale);
	if (!names) {
		names = {};
		for (const code of codes) names[code] = countryName(code);
		regionTables.set(locale, names);
	}
	return names;
}

/** In a browser: name countries from the server's table for this language instead of building Intl. */
export function useRegionTable(names: Readonly<Record<string, string>>): void {
	regionTable = { locale: currentLocale(), names };
}

/**
 * A country's name in the page's language, from Intl ("Allemagne" on a French page); English keeps
 * the data's names (COUNTRY_NAMES: "Czechia", "United Kingdom"), whatever the runtime's ICU says, and
 * asks Intl only for countries outside the data (the basemap's neighbours).
 */
export function countryName(code: string | null | undefined): string {
	if (!code) return m.country_unknown();
	const locale = currentLocale();
	const listed = regionTable?.locale === locale ? regionTable.names[code] : undefined;
	if (listed) return listed;
	if (locale === 'en' && COUNTRY_NAMES[code]) return COUNTRY_NAMES[code];
	let names = regionNames.get(locale);
	if (!names)
		regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
	try {
		return names.of(code) ?? COUNTRY_NAMES[code] ?? code;
	} catch {
		return COUNTRY_NAMES[code] ?? code;
	}
}

/** A theme's label in the page's language (`theme_<id>` in messages), else the data's label. */
export function themeLabel(id: string, fallback = id): string {
	return message(`theme_${id.replaceAll('-', '_')}`, fallback);
}

/** Theme id -> label in the page's language, for lists of themes from the data set. */
export function themeLabelMap(
	themes: readonly { id: string; label: string }[]
): Map<string, string> {
	return new Map(themes.map((t) => [t.id, themeLabel(t.id, t.label)]));
}

const themeSearchCache = new Map<string, Map<string, string>>();

/**
 * Folded theme labels of the page's language -> theme id, for search ("mobilité" finds the mobility
 * theme's records on a French page). Built once per language and theme list.
 */
export function themeSearchNames(ids: readonly string[]): ReadonlyMap<string, string> {
	const key = `${currentLocale()}:${ids.join(',')}`;
	let names = themeSearchCache.get(key);
	if (!names) {
		names = new Map(ids.map((id) => [fold(themeLabel(id)), id] as const).filter(([n]) => n));
		themeSearchCache.set(key, names);
	}
	return names;
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
	if (facet === 'cohort')
		return COHORT_YEARS[value]
			? m.cohort_value_year({ cohort: value, year: COHORT_YEARS[value] })
			: m.cohort_value({ cohort: value });
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
					r.projectCount ? counted('project', r.projectCount) : null
				]
					.filter(Boolean)
					.join(' · ') || m.fact_project_site()
			);
		case 'pilot':
			return `${m.fact_pilot_cohort({ cohort: r.cohorts[0] })} · ${
				r.cityCount === 1 ? r.cityNames[0] : counted('city', r.cityCount)
			}`;
		case 'project':
			return `${counted('site', r.cityCount)} · ${
				r.partnersComplete
					? counted('partner', r.partnerCount)
					: m.count_partner_at_least({ count: r.partnerCount })
			}`;
		case 'partner':
			return [r.place, counted('project', r.projectCount)].filter(Boolean).join(' · ');
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

/** A record's role in a relation, from the data ("coordinator"), in the page's language. */
export function roleText(role: string | null | undefined): string {
	return role ? message(`compare_role_${role}`, role) : m.compare_role_unknown();
}

/** A match strength in words: "Strong match". */
export function strengthText(strength: MatchStrength): string {
	return { strong: m.strength_strong, good: m.strength_good, weak: m.strength_weak }[strength]();
}
