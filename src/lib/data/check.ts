// Pure: no DOM, no Svelte. Validates a whole data set: shape (schemas) and the rules between records.
import * as v from 'valibot';
import { MetaSchema, RECORD_FILES, type Dataset, type Meta, type RecordFile } from './schema.ts';

/** One problem in the data, precise enough for an organiser to find and fix it. */
export interface DataProblem {
	file: string;
	index: number | null;
	id: string | null;
	field: string | null;
	message: string;
}

export type RawDataset = Partial<Record<RecordFile | 'meta', unknown>>;

export type CheckResult =
	| { ok: true; dataset: Dataset; problems: [] }
	| { ok: false; dataset: null; problems: DataProblem[] };

/**
 * Formats a problem as one line, e.g.
 * `data/cities.json: record 17 (id "lodz"): lat: expected a number between -90 and 90, got "51,77"`.
 * An empty `dir` names the file alone (`cities.json: ...`), for lines shown outside the server.
 */
export function formatProblem(p: DataProblem, dir = 'data'): string {
	const where = [dir ? `${dir}/${p.file}` : p.file];
	if (p.index !== null)
		where.push(`record ${p.index}${p.id !== null ? ` (id ${JSON.stringify(p.id)})` : ''}`);
	if (p.field) where.push(p.field);
	return `${where.join(': ')}: ${p.message}`;
}

function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	const json = JSON.stringify(value) ?? String(value);
	return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = (item as { key: unknown }).key;
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined) {
		return 'unknown field (not in the schema)';
	}
	if (issue.type === 'object' || issue.type === 'strict_object') {
		if (issue.input === undefined) return 'missing field';
	}
	if (issue.input === undefined) return `missing field (${issue.message})`;
	return `${issue.message}, got ${describeValue(issue.input)}`;
}

function recordId(record: unknown): string | null {
	if (record && typeof record === 'object' && 'id' in record) {
		const id = (record as { id: unknown }).id;
		return typeof id === 'string' ? id : id === undefined ? null : String(id);
	}
	return null;
}

/**
 * Checks a raw data set (parsed JSON per file) and returns either the typed data set or every
 * problem found, so an organiser can fix a file in one pass rather than one error per restart.
 */
export function checkDataset(raw: RawDataset): CheckResult {
	const problems: DataProblem[] = [];
	const parsed: Partial<Dataset> = {};
	const valid = {} as Record<RecordFile, Indexed[]>;
	const knownIds = {} as Record<RecordFile, Set<string>>;

	for (const [file, schema] of Object.entries(RECORD_FILES) as [RecordFile, v.GenericSchema][]) {
		const fileName = `${file}.json`;
		const value = raw[file];
		if (value === undefined) {
			problems.push({
				file: fileName,
				index: null,
				id: null,
				field: null,
				message: 'file is missing'
			});
			continue;
		}
		if (!Array.isArray(value)) {
			problems.push({
				file: fileName,
				index: null,
				id: null,
				field: null,
				message: `expected a JSON array of records, got ${describeValue(value)}`
			});
			continue;
		}
		const records: unknown[] = [];
		valid[file] = [];
		const seen = new Map<string, number>();
		value.forEach((record, index) => {
			const id = recordId(record);
			const result = v.safeParse(schema, record);
			if (!result.success) {
				for (const issue of result.issues) {
					problems.push({
						file: fileName,
						index,
						id,
						field: issuePath(issue) || null,
						message: issueMessage(issue)
					});
				}
			} else {
				records.push(result.output);
				valid[file].push({ index, rec: result.output as Rec });
			}
			if (id !== null) {
				const first = seen.get(id);
				if (first !== undefined) {
					problems.push({
						file: fileName,
						index,
						id,
						field: 'id',
						message: `duplicate id, already used by record ${first}`
					});
				} else seen.set(id, index);
			}
		});
		(parsed as Record<string, unknown[]>)[file] = records;
		knownIds[file] = new Set(seen.keys());
	}

	let meta: Meta | undefined;
	if (raw.meta === undefined) {
		problems.push({
			file: 'meta.json',
			index: null,
			id: null,
			field: null,
			message: 'file is missing'
		});
	} else {
		const result = v.safeParse(MetaSchema, raw.meta);
		if (result.success) meta = result.output;
		else
			for (const issue of result.issues) {
				problems.push({
					file: 'meta.json',
					index: null,
					id: null,
					field: issuePath(issue) || null,
					message: issueMessage(issue)
				});
			}
	}

	// Checked on every record that has the right shape, so one run lists shape and reference problems.
	problems.push(...checkReferences(valid, knownIds));
	if (problems.length > 0 || !meta) return { ok: false, dataset: null, problems };
	return { ok: true, dataset: { ...(parsed as Omit<Dataset, 'meta'>), meta }, problems: [] };
}

type Rec = Record<string, unknown> & { id: string };
type Indexed = { index: number; rec: Rec };

/** Rules between records: references resolve, relation lists hold no duplicates, facts agree. */
function checkReferences(
	valid: Partial<Record<RecordFile, Indexed[]>>,
	knownIds: Partial<Record<RecordFile, Set<string>>>
): DataProblem[] {
	// A file that could not be read is already reported; references into it are not checked.
	const problems: DataProblem[] = [];
	const themeIds = knownIds.themes;
	const cityIds = knownIds.cities;
	const partnerIds = knownIds.partners;
	const cityCountry = new Map(
		(valid.cities ?? []).map(({ rec }) => [rec.id, rec.country as string])
	);

	const push = (file: RecordFile, index: number, rec: Rec, field: string, message: string) =>
		problems.push({ file: `${file}.json`, index, id: rec.id, field, message });

	const checkThemes = (file: RecordFile, index: number, rec: Rec) => {
		const themes = rec.themes as string[];
		themes.forEach((t, i) => {
			if (themeIds && !themeIds.has(t))
				push(
					file,
					index,
					rec,
					`themes[${i}]`,
					`unknown theme ${JSON.stringify(t)} (not in themes.json)`
				);
			if (themes.indexOf(t) !== i)
				push(file, index, rec, `themes[${i}]`, `duplicate theme ${JSON.stringify(t)}`);
		});
	};
	const checkList = (
		file: RecordFile,
		index: number,
		rec: Rec,
		list: string,
		key: string,
		known: Set<string> | undefined,
		target: string
	) => {
		const entries = rec[list] as Record<string, string>[];
		const seen = new Set<string>();
		entries.forEach((entry, i) => {
			const ref = entry[key];
			if (known && !known.has(ref))
				push(
					file,
					index,
					rec,
					`${list}[${i}].${key}`,
					`unknown ${target} id ${JSON.stringify(ref)} (not in ${target === 'city' ? 'cities' : 'partners'}.json)`
				);
			if (seen.has(ref))
				push(
					file,
					index,
					rec,
					`${list}[${i}].${key}`,
					`duplicate relation entry ${JSON.stringify(ref)}`
				);
			seen.add(ref);
		});
	};
	const checkPeriod = (file: RecordFile, index: number, rec: Rec) => {
		const start = rec.startDate as string | null;
		const end = rec.endDate as string | null;
		if (start && end && end < start)
			push(file, index, rec, 'endDate', `end date ${end} is before start date ${start}`);
	};

	(valid.pilots ?? []).forEach(({ rec: p, index }) => {
		checkList('pilots', index, p, 'cities', 'cityId', cityIds, 'city');
		checkThemes('pilots', index, p);
		checkPeriod('pilots', index, p);
	});
	(valid.projects ?? []).forEach(({ rec: p, index }) => {
		checkList('projects', index, p, 'sites', 'cityId', cityIds, 'city');
		checkList('projects', index, p, 'partners', 'partnerId', partnerIds, 'partner');
		checkThemes('projects', index, p);
		checkPeriod('projects', index, p);
	});
	(valid.partners ?? []).forEach(({ rec: p, index }) => {
		const cityId = p.cityId as string | null;
		if (cityId !== null) {
			if (cityIds && !cityIds.has(cityId))
				push(
					'partners',
					index,
					p,
					'cityId',
					`unknown city id ${JSON.stringify(cityId)} (not in cities.json)`
				);
			else if (
				p.country !== null &&
				cityCountry.has(cityId) &&
				cityCountry.get(cityId) !== p.country
			)
				push(
					'partners',
					index,
					p,
					'country',
					`${JSON.stringify(p.country)} does not match the country of city ${JSON.stringify(cityId)} (${cityCountry.get(cityId)})`
				);
		}
		if ((p.lat === null) !== (p.lon === null))
			push(
				'partners',
				index,
				p,
				p.lat === null ? 'lat' : 'lon',
				'expected both lat and lon, or neither'
			);
	});
	return problems;
}
