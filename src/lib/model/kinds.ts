// Pure: no DOM, no Svelte. The one table of record kinds. Route matchers, record URLs, the API's
// collections, the order of result groups and the kind badges are all read from it: a new kind is a
// new row here (plus its schema in data/schema.ts and its labels in the messages).
import type * as v from 'valibot';
import { CitySchema, PartnerSchema, PilotSchema, ProjectSchema } from '../data/schema';

/** Record ids: lower-case letters, digits and dashes, as checked in data/. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export interface KindRow {
	/** The record kind, as in record keys (`city:malmo`) and the API's `kind` field. */
	kind: string;
	/** Its file in data/ and its collection in the API (`/api/cities`). */
	collection: string;
	/** Its URL segment (`/cities/malmo`). */
	segment: string;
	/** Message keys of its singular and plural labels. */
	labelOne: string;
	labelMany: string;
	schema: v.GenericSchema;
	idPattern: RegExp;
}

/** In result order: cities first, then pilots, projects and partners. */
export const KINDS = [
	{
		kind: 'city',
		collection: 'cities',
		segment: 'cities',
		labelOne: 'kind_city_one',
		labelMany: 'kind_city_many',
		schema: CitySchema,
		idPattern: ID_PATTERN
	},
	{
		kind: 'pilot',
		collection: 'pilots',
		segment: 'pilots',
		labelOne: 'kind_pilot_one',
		labelMany: 'kind_pilot_many',
		schema: PilotSchema,
		idPattern: ID_PATTERN
	},
	{
		kind: 'project',
		collection: 'projects',
		segment: 'projects',
		labelOne: 'kind_project_one',
		labelMany: 'kind_project_many',
		schema: ProjectSchema,
		idPattern: ID_PATTERN
	},
	{
		kind: 'partner',
		collection: 'partners',
		segment: 'partners',
		labelOne: 'kind_partner_one',
		labelMany: 'kind_partner_many',
		schema: PartnerSchema,
		idPattern: ID_PATTERN
	}
] as const satisfies readonly KindRow[];

export type KindInfo = (typeof KINDS)[number];
export type RecordKind = KindInfo['kind'];
export type Collection = KindInfo['collection'];

const BY_KIND = new Map<string, KindInfo>(KINDS.map((k) => [k.kind, k]));
const BY_COLLECTION = new Map<string, KindInfo>(KINDS.map((k) => [k.collection, k]));
const BY_SEGMENT = new Map<string, KindInfo>(KINDS.map((k) => [k.segment, k]));

export function kindInfo(kind: RecordKind): KindInfo {
	return BY_KIND.get(kind)!;
}

export function isRecordKind(value: string): value is RecordKind {
	return BY_KIND.has(value);
}

export function isCollection(value: string): value is Collection {
	return BY_COLLECTION.has(value);
}

/** The kind stored in a collection: `cities` -> `city`. */
export function kindOfCollection(collection: Collection): RecordKind {
	return BY_COLLECTION.get(collection)!.kind;
}

/** The kind whose pages live under a URL segment, or null. */
export function kindOfSegment(segment: string): RecordKind | null {
	return BY_SEGMENT.get(segment)?.kind ?? null;
}

/** Position of a kind in result lists (the table's order). */
export function kindOrder(kind: RecordKind): number {
	return KINDS.findIndex((k) => k.kind === kind);
}

/** @example recordUrl('city', 'malmo') === '/cities/malmo' */
export function recordUrl(kind: RecordKind, id: string): string {
	return `/${kindInfo(kind).segment}/${encodeURIComponent(id)}`;
}

/** Ids are unique only within a kind, so a record is named by both: `city:malmo`. */
export function recordKey(kind: RecordKind, id: string): string {
	return `${kind}:${id}`;
}

/**
 * Reads a record key, or null when it is not one (unknown kind, malformed id).
 * @example parseRecordKey('city:malmo') // { kind: 'city', id: 'malmo' }
 */
export function parseRecordKey(key: string): { kind: RecordKind; id: string } | null {
	const at = key.indexOf(':');
	if (at < 0) return null;
	const kind = key.slice(0, at);
	const id = key.slice(at + 1);
	if (!isRecordKind(kind) || !kindInfo(kind).idPattern.test(id)) return null;
	return { kind, id };
}
