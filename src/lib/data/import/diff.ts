// Pure: no DOM, no Svelte. What an import changes, per kind: records added, changed (field by field,
// old and new value) and removed, and how it reads in a terminal.
import type { Dataset } from '../schema.ts';

/** One field of a changed record: set (old → new), or an item added to or removed from a list. */
export interface FieldChange {
	path: string;
	op: 'set' | 'add' | 'remove';
	before?: unknown;
	after?: unknown;
}

export interface RecordRef {
	id: string;
	name: string;
}

export interface KindDiff {
	kind: string;
	added: RecordRef[];
	changed: (RecordRef & { fields: FieldChange[] })[];
	removed: RecordRef[];
}

export interface DatasetDiff {
	kinds: KindDiff[];
	added: number;
	changed: number;
	removed: number;
}

const KINDS = ['themes', 'cities', 'pilots', 'projects', 'partners'] as const;
/** List items are matched by these keys, so a changed link shows as its changed fields. */
const ITEM_KEYS = ['id', 'partnerId', 'cityId'];

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

function refOf(r: Obj): RecordRef {
	const name = r.name ?? r.acronym ?? r.label ?? r.id;
	return { id: String(r.id), name: typeof name === 'string' ? name : String(r.id) };
}

function itemKey(a: unknown[], b: unknown[]): string | null {
	const all = [...a, ...b];
	if (all.length === 0 || !all.every(isObject)) return null;
	return ITEM_KEYS.find((k) => all.every((x) => typeof (x as Obj)[k] === 'string')) ?? null;
}

function diffValue(path: string, a: unknown, b: unknown, out: FieldChange[]): void {
	if (same(a, b)) return;
	if (isObject(a) && isObject(b)) {
		for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
			diffValue(path ? `${path}.${key}` : key, a[key], b[key], out);
		return;
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		const key = itemKey(a, b);
		if (key) {
			const before = new Map(a.map((x) => [(x as Obj)[key] as string, x]));
			const after = new Map(b.map((x) => [(x as Obj)[key] as string, x]));
			for (const [k, x] of before)
				if (!after.has(k)) out.push({ path: `${path}[${k}]`, op: 'remove', before: x });
			for (const [k, x] of after) {
				if (!before.has(k)) out.push({ path: `${path}[${k}]`, op: 'add', after: x });
				else diffValue(`${path}[${k}]`, before.get(k), x, out);
			}
			return;
		}
		const removed = a.filter((x) => !b.some((y) => same(x, y)));
		const added = b.filter((y) => !a.some((x) => same(x, y)));
		for (const x of removed) out.push({ path, op: 'remove', before: x });
		for (const y of added) out.push({ path, op: 'add', after: y });
		if (removed.length === 0 && added.length === 0)
			out.push({ path, op: 'set', before: a, after: b });
		return;
	}
	out.push({ path, op: 'set', before: a, after: b });
}

function diffRecords(kind: string, before: Obj[], after: Obj[]): KindDiff {
	const old = new Map(before.map((r) => [String(r.id), r]));
	const now = new Map(after.map((r) => [String(r.id), r]));
	const diff: KindDiff = { kind, added: [], changed: [], removed: [] };
	for (const r of after) {
		const prev = old.get(String(r.id));
		if (!prev) diff.added.push(refOf(r));
		else {
			const fields: FieldChange[] = [];
			diffValue('', prev, r, fields);
			if (fields.length > 0) diff.changed.push({ ...refOf(r), fields });
		}
	}
	for (const r of before) if (!now.has(String(r.id))) diff.removed.push(refOf(r));
	return diff;
}

/** The difference between two data sets, per kind (meta.json as one record named "meta"). */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
	const kinds = KINDS.map((k) =>
		diffRecords(k, before[k] as unknown as Obj[], after[k] as unknown as Obj[])
	);
	kinds.push(
		diffRecords('meta', [{ id: 'meta', ...before.meta }], [{ id: 'meta', ...after.meta }])
	);
	const sum = (f: (k: KindDiff) => unknown[]) => kinds.reduce((n, k) => n + f(k).length, 0);
	return {
		kinds,
		added: sum((k) => k.added),
		changed: sum((k) => k.changed),
		removed: sum((k) => k.removed)
	};
}

/** A value as one short line of JSON. */
export function showValue(value: unknown, max = 160): string {
	if (value === undefined) return '(none)';
	const json = JSON.stringify(value);
	return json.length > max ? `${json.slice(0, max - 3)}...` : json;
}

/**
 * The diff as terminal lines: per kind that changed, a count line, then `+ id  name` (added),
 * `~ id  name` with one line per field (`path: old → new`, `path: + item`, `path: - item`), `- id
 * name` (removed); the last line gives the totals.
 */
export function formatDiff(diff: DatasetDiff): string[] {
	const lines: string[] = [];
	for (const k of diff.kinds) {
		if (k.added.length + k.changed.length + k.removed.length === 0) continue;
		lines.push(
			`${k.kind}: ${k.added.length} added, ${k.changed.length} changed, ${k.removed.length} removed`
		);
		for (const r of k.added) lines.push(`  + ${r.id}  ${r.name}`);
		for (const r of k.changed) {
			lines.push(`  ~ ${r.id}  ${r.name}`);
			for (const f of r.fields) {
				if (f.op === 'add') lines.push(`      ${f.path}: + ${showValue(f.after)}`);
				else if (f.op === 'remove') lines.push(`      ${f.path}: - ${showValue(f.before)}`);
				else lines.push(`      ${f.path}: ${showValue(f.before)} → ${showValue(f.after)}`);
			}
		}
		for (const r of k.removed) lines.push(`  - ${r.id}  ${r.name}`);
	}
	lines.push(
		`${diff.added} added, ${diff.changed} changed, ${diff.removed} removed (${diff.added + diff.changed + diff.removed} records)`
	);
	return lines;
}
