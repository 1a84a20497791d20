// Pure: no DOM, no Svelte. Our own spreadsheet layout (one sheet or CSV file per kind) and how its rows
// merge into a data set. An empty cell leaves a field as it is; a filled cell sets it; lists (aliases,
// themes, notes, sources) are only added to, never replaced.
import { PARTNER_KINDS, type Dataset, type PartnerKind, type Project } from '../schema.ts';
import { fold } from '../../search/normalise.ts';
import { RowError, countryCode, parseAmount, type Cells } from './cordis.ts';
import { readableName, slugId } from './names.ts';
import {
	PartnerIndex,
	addOnce,
	findCity,
	insertRecord,
	newProject,
	settleReview,
	updateMetaCounts
} from './records.ts';

/** The sheets (xlsx) or files (`<name>.csv`) of a spreadsheet import, in the order they apply. */
export const SHEET_LAYOUT = {
	partners: {
		required: ['name'],
		optional: [
			'id',
			'kind',
			'country',
			'city',
			'cityId',
			'lat',
			'lon',
			'cordisOrgId',
			'aliases',
			'source',
			'note'
		]
	},
	projects: {
		required: ['acronym'],
		optional: [
			'id',
			'title',
			'cordisId',
			'programme',
			'topic',
			'startDate',
			'endDate',
			'euContributionEUR',
			'coordinator',
			'coordinatorCountry',
			'website',
			'themes',
			'summary',
			'source',
			'note'
		]
	},
	'project-partners': {
		required: ['project', 'partner'],
		optional: ['role', 'confidence', 'note', 'source']
	},
	'project-sites': { required: ['project', 'city'], optional: ['role', 'source'] }
} as const;

export type SheetKind = keyof typeof SHEET_LAYOUT;
export const SHEET_KINDS = Object.keys(SHEET_LAYOUT) as SheetKind[];

/** One row of a sheet: where it is (for messages) and its cells by header name. */
export interface SheetRow {
	where: string;
	cell: Cells;
}
export type SheetInput = Partial<Record<SheetKind, SheetRow[]>>;

/** Every row that could not be taken, one line each; nothing is merged when there is one. */
export class SheetRowsError extends Error {
	constructor(readonly lines: string[]) {
		super(lines.join('\n'));
	}
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** A list in one cell: items separated by ";" (and "," for ids, which never hold one). */
function list(text: string, commas = false): string[] {
	return text
		.split(commas ? /[;,]/ : /;/)
		.map((s) => s.trim())
		.filter(Boolean);
}

function pick<T extends string>(text: string, allowed: readonly T[], column: string): T {
	const value = text.trim().toLowerCase() as T;
	if (!allowed.includes(value))
		throw new RowError(`${column}: expected ${allowed.join(', ')}, got ${JSON.stringify(text)}`);
	return value;
}

function country(text: string, column: string): string {
	const { code } = countryCode(text);
	if (!code)
		throw new RowError(
			`${column}: expected an ISO 3166-1 alpha-2 country code, got ${JSON.stringify(text)}`
		);
	return code;
}

function coordinate(text: string, column: string, max: number): number {
	const n = Number(text.trim().replace(',', '.'));
	if (!/^-?\d+([.,]\d+)?$/.test(text.trim()) || Math.abs(n) > max)
		throw new RowError(
			`${column}: expected a number between -${max} and ${max}, got ${JSON.stringify(text)}`
		);
	return n;
}

function isoDate(text: string, column: string): string {
	const s = text.trim();
	if (!ISO_DATE.test(s))
		throw new RowError(
			`${column}: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(text)}`
		);
	return s;
}

function recordId(text: string, column: string): string {
	const s = text.trim();
	if (!ID.test(s))
		throw new RowError(
			`${column}: expected an id of lower-case letters, digits and dashes, got ${JSON.stringify(text)}`
		);
	return s;
}

function sources(text: string): string[] {
	return text.split(/[\s;]+/).filter(Boolean);
}

function appendNote(existing: string | null, note: string): string {
	if (!existing) return note;
	return existing.includes(note) ? existing : `${existing} ${note}`;
}

/**
 * Merges spreadsheet rows into a copy of `before`: partners, then projects, then project partners,
 * then project sites, so a row may name a record an earlier sheet adds. Throws SheetRowsError with a
 * line per bad row (nothing merged).
 */
export function mergeSheet(before: Dataset, input: SheetInput): { data: Dataset; notes: string[] } {
	const data = structuredClone(before);
	const notes: string[] = [];
	const errors: string[] = [];
	const partners = new PartnerIndex(data.partners);
	const projectIds = new Set(data.projects.map((p) => p.id));
	const themeIds = new Set(data.themes.map((t) => t.id));
	const added = new Set<Project>();

	const each = (kind: SheetKind, apply: (cell: Cells) => void) => {
		for (const row of input[kind] ?? []) {
			try {
				apply(row.cell);
			} catch (err) {
				if (!(err instanceof RowError)) throw err;
				errors.push(`${row.where}: ${err.message}`);
			}
		}
	};
	const findProject = (ref: string) => {
		const key = ref.trim();
		return data.projects.find((p) => p.id === key || (p.cordisId !== null && p.cordisId === key));
	};
	/** The project a partner or site row links to; a row error when it is not in the data. */
	const linkedProject = (ref: string) => {
		const project = findProject(ref);
		if (!project) throw new RowError(`project: unknown project ${JSON.stringify(ref)}`);
		return project;
	};

	each('partners', (cell) => {
		const name = cell('name').trim();
		if (!name) throw new RowError('name: expected the organisation name, got nothing');
		const id = cell('id').trim() ? recordId(cell('id'), 'id') : null;
		const countryCell = cell('country').trim() ? country(cell('country'), 'country') : null;
		const pic = cell('cordisOrgId').trim();
		if (pic && !/^\d{1,12}$/.test(pic))
			throw new RowError(`cordisOrgId: expected a PIC (digits), got ${JSON.stringify(pic)}`);
		const latText = cell('lat').trim();
		const lonText = cell('lon').trim();
		if (!latText !== !lonText) throw new RowError('lat, lon: expected both or neither');
		const kind = cell('kind').trim()
			? pick<PartnerKind>(cell('kind'), PARTNER_KINDS, 'kind')
			: null;
		const cityIdCell = cell('cityId').trim() ? recordId(cell('cityId'), 'cityId') : null;
		if (cityIdCell && !data.cities.some((c) => c.id === cityIdCell))
			throw new RowError(
				`cityId: unknown city id ${JSON.stringify(cityIdCell)} (not in cities.json)`
			);

		let p =
			(id ? partners.byId(id) : undefined) ??
			(id ? undefined : partners.find({ orgId: pic || null, names: [name], country: countryCell }));
		if (!p) {
			if (!kind) throw new RowError(`kind: needed for a new partner (${PARTNER_KINDS.join(', ')})`);
			p = {
				id: id ?? partners.newId(readableName(name)),
				name,
				kind,
				country: null,
				city: null,
				cityId: null,
				lat: null,
				lon: null,
				aliases: [],
				notes: [],
				sources: []
			};
			insertRecord(data.partners, p);
		} else if (name !== p.name && fold(name) !== fold(p.name)) {
			addOnce(p.aliases, p.name);
			p.name = name;
		}
		if (kind) p.kind = kind;
		if (countryCell) p.country = countryCell;
		if (cell('city').trim()) p.city = cell('city').trim();
		const city = cityIdCell
			? data.cities.find((c) => c.id === cityIdCell)
			: cell('city').trim()
				? findCity(data.cities, cell('city'), p.country)
				: null;
		if (city) p.cityId = city.id;
		if (latText) {
			p.lat = coordinate(latText, 'lat', 90);
			p.lon = coordinate(lonText, 'lon', 180);
		}
		if (pic) p.cordisOrgId = pic;
		for (const alias of list(cell('aliases'))) if (alias !== p.name) addOnce(p.aliases, alias);
		if (cell('note').trim()) addOnce(p.notes, cell('note').trim());
		for (const s of sources(cell('source'))) addOnce(p.sources, s);
		partners.add(p);
	});

	each('projects', (cell) => {
		const acronym = cell('acronym').trim();
		if (!acronym) throw new RowError('acronym: expected the project acronym, got nothing');
		const id = cell('id').trim() ? recordId(cell('id'), 'id') : null;
		const cordisId = cell('cordisId').trim();
		if (cordisId && !/^\d+$/.test(cordisId))
			throw new RowError(
				`cordisId: expected the grant agreement number (digits), got ${JSON.stringify(cordisId)}`
			);
		const themes = list(cell('themes'), true);
		for (const t of themes)
			if (!themeIds.has(t))
				throw new RowError(`themes: unknown theme ${JSON.stringify(t)} (not in themes.json)`);
		const start = cell('startDate').trim() ? isoDate(cell('startDate'), 'startDate') : null;
		const end = cell('endDate').trim() ? isoDate(cell('endDate'), 'endDate') : null;
		const eu = parseAmount(cell('euContributionEUR'), 'euContributionEUR');
		const coordinatorCountry = cell('coordinatorCountry').trim()
			? country(cell('coordinatorCountry'), 'coordinatorCountry')
			: null;

		const sameAcronym = data.projects.filter((x) => fold(x.acronym) === fold(acronym));
		let p =
			(id ? findProject(id) : undefined) ??
			(cordisId ? findProject(cordisId) : undefined) ??
			(!id && !cordisId && sameAcronym.length === 1 ? sameAcronym[0] : undefined);
		if (!p) {
			p = newProject(id ?? slugId(acronym, projectIds), acronym);
			projectIds.add(p.id);
			added.add(p);
			insertRecord(data.projects, p);
		}
		const project = p;
		project.acronym = acronym;
		for (const key of ['title', 'programme', 'topic', 'website', 'summary'] as const)
			if (cell(key).trim()) project[key] = cell(key).trim();
		if (cordisId) project.cordisId = cordisId;
		if (start) project.startDate = start;
		if (end) project.endDate = end;
		if (eu !== null) project.euContributionEUR = eu;
		if (cell('coordinator').trim())
			project.coordinator = { name: cell('coordinator').trim(), country: coordinatorCountry };
		for (const t of themes) addOnce(project.themes, t);
		if (cell('note').trim()) project.notes = appendNote(project.notes, cell('note').trim());
		for (const s of sources(cell('source'))) addOnce(project.sources, s);
	});

	each('project-partners', (cell) => {
		const project = linkedProject(cell('project'));
		const ref = cell('partner').trim();
		const partner =
			partners.byId(ref) ?? partners.find({ orgId: null, names: [ref], country: null });
		if (!partner)
			throw new RowError(
				`partner: unknown partner ${JSON.stringify(ref)} (an id or a name in partners)`
			);
		const role = cell('role').trim()
			? pick(cell('role'), ['coordinator', 'partner', 'associated'] as const, 'role')
			: null;
		const confidence = cell('confidence').trim()
			? pick(cell('confidence'), ['high', 'medium', 'low'] as const, 'confidence')
			: null;
		let link = project.partners.find((l) => l.partnerId === partner.id);
		if (!link) {
			link = {
				partnerId: partner.id,
				role: 'partner',
				confidence: 'high',
				note: null,
				sources: []
			};
			project.partners.push(link);
		}
		if (role) link.role = role;
		if (confidence) link.confidence = confidence;
		if (cell('note').trim()) link.note = appendNote(link.note, cell('note').trim());
		for (const s of sources(cell('source'))) addOnce(link.sources, s);
	});

	each('project-sites', (cell) => {
		const project = linkedProject(cell('project'));
		const ref = cell('city').trim();
		const named = data.cities.filter((c) =>
			[c.name, c.nameLocal, c.nameEn, ...c.altNames].some((n) => n && fold(n) === fold(ref))
		);
		const city = data.cities.find((c) => c.id === ref) ?? (named.length === 1 ? named[0] : null);
		if (!city)
			throw new RowError(
				named.length > 1
					? `city: ${JSON.stringify(ref)} names ${named.length} cities; give the id (${named.map((c) => c.id).join(', ')})`
					: `city: unknown city ${JSON.stringify(ref)} (an id or a name in cities.json)`
			);
		const role = cell('role').trim()
			? pick(cell('role'), ['pilot', 'demonstrator', 'replicator', 'other'] as const, 'role')
			: null;
		let site = project.sites.find((s) => s.cityId === city.id);
		if (!site) {
			site = { cityId: city.id, role, sources: [] };
			project.sites.push(site);
		}
		if (role) site.role = role;
		for (const s of sources(cell('source'))) addOnce(site.sources, s);
	});

	if (errors.length > 0) throw new SheetRowsError(errors);
	for (const p of added)
		if (p.themes.length === 0 || p.sites.length === 0)
			notes.push(`project ${p.id}: new, marked review "imported" until it has themes and sites`);
	for (const p of data.projects) settleReview(p);
	updateMetaCounts(data);
	return { data, notes };
}
