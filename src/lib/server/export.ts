// Server-only: CSV and JSON exports of search results or of one record's related records.
import Papa from 'papaparse';
import type { SearchRecord } from '../search/records';
import type { LoadedData } from './dataset';
import { coPartners } from '../data/relations';
import { recordName } from '../messages';

/** Exports stop here: far above the data set's size, low enough that one request cannot exhaust memory. */
export const MAX_EXPORT_ROWS = 100_000;
/** Byte order mark: tells Excel the file is UTF-8, so "Malmö" does not turn into "MalmÃ¶". */
export const UTF8_BOM = '\uFEFF';
export const EXPORT_COLUMNS = [
	'kind',
	'id',
	'name',
	'country',
	'themes',
	'theme_codes',
	'url',
	'mission_city',
	'pilot_city',
	'mission_label',
	'cohort',
	'partner_type',
	'place',
	'pilots',
	'projects',
	'cities',
	'partners'
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string>;

/**
 * Spreadsheets run cells starting with = + - @ (or tab / carriage return) as formulas: a data value such
 * as "=HYPERLINK(...)" must stay text, so it gets a leading apostrophe (OWASP "CSV injection").
 * @example neutraliseCell('=1+1') === "'=1+1"
 */
export function neutraliseCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Counts that mean something for a kind; empty where they do not apply. */
const COUNT_COLUMNS: Record<SearchRecord['kind'], readonly string[]> = {
	city: ['pilots', 'projects', 'partners'],
	pilot: ['cities'],
	project: ['cities', 'partners'],
	partner: ['projects']
};

/**
 * One export row per record, as data: counts, no sentences. A person reads `themes` (the labels,
 * "Governance & policy"); a program keys on `theme_codes` ("governance-policy"), in the same order.
 * City flags are "yes"/"no", empty for other kinds; a pilot's `cities` are its cities, a project's
 * its sites.
 */
export function exportRow(
	r: SearchRecord,
	origin: string,
	themeLabels: ReadonlyMap<string, string>
): ExportRow {
	const isCity = r.kind === 'city';
	const flag = (on: boolean) => (isCity ? (on ? 'yes' : 'no') : '');
	const counts = COUNT_COLUMNS[r.kind];
	const count = (column: string, n: number) => (counts.includes(column) ? String(n) : '');
	return {
		kind: r.kind,
		id: r.id,
		name: recordName(r),
		country: r.country ?? '',
		themes: r.themes.map((t) => themeLabels.get(t) ?? t).join(';'),
		theme_codes: r.themes.join(';'),
		url: `${origin}${r.url}`,
		mission_city: flag(r.isMissionCity),
		pilot_city: flag(r.isPilotCity),
		cohort: r.cohorts.join(';'),
		partner_type: r.partnerType ?? '',
		place: r.place ?? '',
		pilots: count('pilots', r.pilotCount),
		projects: count('projects', r.projectCount),
		cities: count('cities', r.cityCount),
		partners: count('partners', r.partnerCount),
		mission_label: isCity
			? r.label === 'awarded'
				? 'yes'
				: r.label === 'unknown'
					? 'not known'
					: ''
			: ''
	};
}

/** CSV text with a BOM, a header row, every field quoted where needed (papaparse) and formula cells neutralised. */
export function toCsv(rows: ExportRow[]): string {
	const safe = rows.map((row) => EXPORT_COLUMNS.map((c) => neutraliseCell(row[c])));
	return UTF8_BOM + Papa.unparse({ fields: [...EXPORT_COLUMNS], data: safe }, { newline: '\r\n' });
}

/** Keys of the records listed on a record's detail page (what its "Download" links export). */
export function relatedKeys(d: LoadedData, key: string): string[] | null {
	const record = d.records.find((r) => r.key === key);
	if (!record) return null;
	const keys = [...record.related];
	if (record.kind === 'partner')
		for (const c of coPartners(d.relations, record.id)) keys.push(`partner:${c.partner.id}`);
	return [...new Set(keys)];
}

/** A filename part made only of safe characters: "Malmö, SE" -> "malmo-se". */
export function slug(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}+/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'all'
	);
}
