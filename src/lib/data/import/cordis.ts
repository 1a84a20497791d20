// Pure: no DOM, no Svelte. The CORDIS Horizon Europe export's rows (project.csv, organization.csv)
// as typed values, and how its codes map onto our schema (see /work/shared/formats/CORDIS.md).
import { COUNTRY_NAMES, type PartnerKind, type Project } from '../schema.ts';
import { isCityAdministration } from './names.ts';

/** A value the user must fix, reported with the file and line it came from. */
export class RowError extends Error {}

/** Columns read from project.csv; the first ones must be there, the rest may be missing. */
export const PROJECT_COLUMNS = {
	required: ['id', 'acronym', 'title', 'startDate', 'endDate', 'ecMaxContribution', 'topics'],
	optional: ['status']
} as const;

/** Columns read from organization.csv. */
export const ORGANISATION_COLUMNS = {
	required: ['projectID', 'organisationID', 'name', 'activityType', 'country', 'role'],
	optional: ['shortName', 'city', 'geolocation', 'ecContribution', 'order']
} as const;

export interface CordisProject {
	cordisId: string;
	acronym: string;
	title: string | null;
	startDate: string | null;
	endDate: string | null;
	ecMaxContribution: number | null;
	topics: string[];
}

export type LinkRole = Project['partners'][number]['role'];

export interface CordisOrganisation {
	projectId: string;
	/** The participant identification code (PIC). */
	orgId: string;
	name: string;
	shortName: string | null;
	activityType: string;
	kind: PartnerKind;
	city: string | null;
	country: string | null;
	/** The country code as CORDIS wrote it when we do not know it (it is then left out). */
	unknownCountry: string | null;
	lat: number | null;
	lon: number | null;
	role: LinkRole;
	ecContribution: number | null;
	order: number | null;
}

/** A row as read by header name: the cell of a column, '' when empty or not in the file. */
export type Cells = (column: string) => string;

/** The project page on CORDIS: the source of every fact the import takes from the export. */
export function cordisProjectUrl(cordisId: string): string {
	return `https://cordis.europa.eu/project/id/${cordisId}`;
}

/** Cities Mission call topics: HORIZON-MISS-<year>-CIT-... (joint CLIMA-CITIES topics are not). */
export function isMissionTopic(topic: string): boolean {
	return /^HORIZON-MISS-.*-CIT-/i.test(topic);
}

/**
 * A euro amount as CORDIS writes it: `.` or `,` as the decimal separator (editions differ); when both
 * appear, the last one is the decimal separator. Empty: null.
 * @example parseAmount('24699999,50') === 24699999.5; parseAmount('1.234.567,8') === 1234567.8
 */
export function parseAmount(text: string, column: string): number | null {
	const s = text.trim().replace(/[\s\u00a0']/g, '');
	if (!s) return null;
	let normal = s;
	const lastDot = s.lastIndexOf('.');
	const lastComma = s.lastIndexOf(',');
	if (lastDot >= 0 && lastComma >= 0) {
		const decimal = lastDot > lastComma ? '.' : ',';
		const thousands = decimal === '.' ? ',' : '.';
		normal = s.split(thousands).join('').replace(decimal, '.');
	} else if (lastComma >= 0) {
		normal = s.split(',').length > 2 ? s.split(',').join('') : s.replace(',', '.');
	} else if (s.split('.').length > 2) normal = s.split('.').join('');
	const n = Number(normal);
	if (!/^-?\d+(\.\d+)?$/.test(normal) || !Number.isFinite(n) || n < 0)
		throw new RowError(`${column}: expected an amount in euro, got ${JSON.stringify(text)}`);
	return n;
}

function parseDate(text: string, column: string): string | null {
	const s = text.trim();
	if (!s) return null;
	const m = /^(\d{4}-\d{2}-\d{2})([ T]\d{2}:\d{2}(:\d{2})?)?$/.exec(s);
	if (!m)
		throw new RowError(`${column}: expected a date (YYYY-MM-DD), got ${JSON.stringify(text)}`);
	return m[1];
}

function digits(text: string, column: string, what: string): string {
	const s = text.trim();
	if (!/^\d+$/.test(s))
		throw new RowError(`${column}: expected ${what}, got ${JSON.stringify(text)}`);
	return s;
}

/** CORDIS writes EL for Greece and UK for the United Kingdom; our data uses GR and GB. */
export function countryCode(text: string): { code: string | null; unknown: string | null } {
	const raw = text.trim().toUpperCase();
	if (!raw) return { code: null, unknown: null };
	const code = raw === 'EL' ? 'GR' : raw === 'UK' ? 'GB' : raw;
	return code in COUNTRY_NAMES ? { code, unknown: null } : { code: null, unknown: raw };
}

/** "lat,lon" in decimal degrees; anything else (empty, out of range) gives no coordinates. */
export function parseGeolocation(text: string): { lat: number; lon: number } | null {
	const m = /^\s*\(?\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)?\s*$/.exec(text);
	if (!m) return null;
	const lat = Number(m[1]);
	const lon = Number(m[2]);
	if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return null;
	return { lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4 };
}

const ACTIVITY_KINDS: Record<string, PartnerKind> = {
	HES: 'research',
	REC: 'research',
	PRC: 'company',
	PUB: 'public-body',
	OTH: 'other'
};

/**
 * The partner kind of an organisation: from its activity type, except that a public body (or an
 * "other") named as a city administration is a city.
 */
export function partnerKind(activityType: string, name: string): PartnerKind {
	const type = activityType.trim().toUpperCase();
	const kind = ACTIVITY_KINDS[type] ?? 'other';
	if ((kind === 'public-body' || kind === 'other') && isCityAdministration(name)) return 'city';
	return kind;
}

/**
 * A CORDIS role as a link role: coordinator; participant → partner; associatedPartner and
 * thirdParty (an affiliated entity working through a beneficiary) → associated.
 */
export function linkRole(text: string): LinkRole {
	switch (text.trim().toLowerCase()) {
		case 'coordinator':
			return 'coordinator';
		case 'participant':
		case 'beneficiary':
			return 'partner';
		case 'associatedpartner':
		case 'thirdparty':
			return 'associated';
		default:
			throw new RowError(
				`role: expected coordinator, participant, associatedPartner or thirdParty, got ${JSON.stringify(text)}`
			);
	}
}

/** A project.csv row. Throws RowError naming the column of a malformed value. */
export function projectFromCells(cell: Cells): CordisProject {
	return {
		cordisId: digits(cell('id'), 'id', 'the grant agreement number (digits)'),
		acronym: cell('acronym').trim(),
		title: cell('title').trim() || null,
		startDate: parseDate(cell('startDate'), 'startDate'),
		endDate: parseDate(cell('endDate'), 'endDate'),
		ecMaxContribution: parseAmount(cell('ecMaxContribution'), 'ecMaxContribution'),
		topics: cell('topics')
			.split(/[\s;,]+/)
			.filter(Boolean)
	};
}

/** An organization.csv row. Throws RowError naming the column of a malformed value. */
export function organisationFromCells(cell: Cells): CordisOrganisation {
	const name = cell('name').trim().replace(/\s+/g, ' ');
	if (!name) throw new RowError('name: expected the organisation name, got nothing');
	const activityType = cell('activityType').trim().toUpperCase();
	const { code, unknown } = countryCode(cell('country'));
	const geo = parseGeolocation(cell('geolocation'));
	const order = cell('order').trim();
	return {
		projectId: digits(cell('projectID'), 'projectID', 'the grant agreement number (digits)'),
		orgId: digits(cell('organisationID'), 'organisationID', 'the PIC (digits)'),
		name,
		shortName: cell('shortName').trim() || null,
		activityType,
		kind: partnerKind(activityType, name),
		city: cell('city').trim() || null,
		country: code,
		unknownCountry: unknown,
		lat: geo?.lat ?? null,
		lon: geo?.lon ?? null,
		role: linkRole(cell('role')),
		ecContribution: parseAmount(cell('ecContribution'), 'ecContribution'),
		order: /^\d+$/.test(order) ? Number(order) : null
	};
}

/** Which projects an import takes: those already in the data, those asked for, mission topics. */
export interface ProjectSelection {
	known: ReadonlySet<string>;
	asked: ReadonlySet<string>;
	missionTopics: boolean;
}

export function isProjectTaken(p: CordisProject, sel: ProjectSelection): boolean {
	return (
		sel.known.has(p.cordisId) ||
		sel.asked.has(p.cordisId) ||
		(sel.missionTopics && p.topics.some(isMissionTopic))
	);
}
