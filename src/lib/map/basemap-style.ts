// Pure: no DOM, no Svelte, no Leaflet. The offline basemap's colours, and which countries form the stage.

/** Calm ground so the data stands out: pale blue-grey sea, light warm grey land, thin mid-grey borders. */
export const BASEMAP = {
	sea: '#d9e3e8',
	land: '#e6e3dc',
	/** Countries with Mission Cities (EU and associated countries) are a shade lighter: Europe is the stage. */
	stage: '#f4f2ed',
	border: '#a7aaa8',
	coast: '#b9c6cd'
} as const;

/**
 * ISO 3166 numeric codes (as world-atlas ids) of the EU member states and the associated countries
 * that have Mission Cities, Pilot Cities or partners, plus their neighbours in the programme.
 */
export const STAGE_COUNTRY_IDS: ReadonlySet<string> = new Set([
	'008',
	'040',
	'056',
	'070',
	'100',
	'191',
	'196',
	'203',
	'208',
	'233',
	'246',
	'250',
	'276',
	'300',
	'348',
	'352',
	'372',
	'376',
	'380',
	'428',
	'440',
	'442',
	'470',
	'498',
	'499',
	'528',
	'578',
	'616',
	'620',
	'642',
	'688',
	'703',
	'705',
	'724',
	'752',
	'756',
	'792',
	'804',
	'807',
	'826'
]);

/** Whether a world-atlas country (by id, or name for the few without one, e.g. Kosovo) is on the stage. */
export const isStageCountry = (id: string | number | undefined, name?: string): boolean =>
	id !== undefined ? STAGE_COUNTRY_IDS.has(String(id).padStart(3, '0')) : name === 'Kosovo';

type Position = number[];
type Geom =
	| { type: 'Polygon' | 'MultiLineString'; coordinates: Position[][] }
	| { type: 'MultiPolygon'; coordinates: Position[][][] }
	| { type: 'LineString'; coordinates: Position[] }
	| { type: string; coordinates?: unknown };

/**
 * Natural Earth rings that cross the antimeridian (Chukotka, Fiji) jump from +180 to -180; drawn flat,
 * that jump is a line across the whole map. A ring that jumps is moved east of 180 (polygons); a line
 * (meshes of coasts and borders, which can join arcs from far apart) is cut at each jump. In place.
 */
export function unwrapAntimeridian<G extends Geom>(geometry: G): G {
	const jumps = (line: Position[], i: number) => Math.abs(line[i][0] - line[i - 1][0]) > 180;
	const shift = (ring: Position[]) => {
		for (let i = 1; i < ring.length; i++) {
			if (jumps(ring, i)) {
				for (const p of ring) if (p[0] < 0) p[0] += 360;
				return;
			}
		}
	};
	const cut = (line: Position[]): Position[][] => {
		const pieces: Position[][] = [[line[0]]];
		for (let i = 1; i < line.length; i++) {
			if (jumps(line, i)) pieces.push([]);
			pieces[pieces.length - 1].push(line[i]);
		}
		return pieces.filter((p) => p.length > 1);
	};
	const g = geometry as Geom;
	if (g.type === 'Polygon') (g.coordinates as Position[][]).forEach(shift);
	else if (g.type === 'MultiPolygon')
		(g.coordinates as Position[][][]).forEach((poly) => poly.forEach(shift));
	else if (g.type === 'MultiLineString')
		g.coordinates = (g.coordinates as Position[][]).flatMap(cut);
	else if (g.type === 'LineString')
		Object.assign(g, { type: 'MultiLineString', coordinates: cut(g.coordinates as Position[]) });
	return geometry;
}
