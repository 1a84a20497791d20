// Client-only: draws the offline basemap (Natural Earth 1:50m countries from world-atlas, shipped with the
// app as a static asset) on a canvas, so the map works with no network. Leaflet is passed in.
import type * as Leaflet from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { BASEMAP, isStageCountry, unwrapAntimeridian } from './basemap-style';

type CountryProps = { name: string };
const ANTARCTICA = '010';
export type Countries = Topology<{ countries: GeometryCollection<CountryProps> }>;

/** The pane the basemap draws in: under relation lines and markers, above the (optional) tiles. */
export const BASEMAP_PANE = 'cme-basemap';

/** Starts loading the countries (a static asset of the app) as early as possible, before Leaflet. */
export async function fetchCountries(signal: AbortSignal): Promise<Countries> {
	const response = await fetch(countriesUrl, { signal });
	if (!response.ok) throw new Error(`Basemap: HTTP ${response.status}`);
	return (await response.json()) as Countries;
}

/** Adds land (stage countries lighter), coastlines and borders to `map`; returns how many countries. */
export function drawBasemap(L: typeof Leaflet, map: Leaflet.Map, topo: Countries): number {
	const countries = topo.objects.countries;
	const renderer = L.canvas({ pane: BASEMAP_PANE, padding: 0.3 });
	// Antarctica lies far outside the map's bounds, and its ring around the pole cannot be drawn flat.
	const shown = (g: { id?: string | number }) => g.id !== ANTARCTICA;
	const land = feature(topo, countries);
	land.features = land.features.filter(shown);
	for (const f of land.features) unwrapAntimeridian(f.geometry);
	L.geoJSON(land, {
		renderer,
		interactive: false,
		style: (f?: Feature<Geometry, CountryProps>) => ({
			stroke: false,
			fillOpacity: 1,
			fillColor: isStageCountry(f?.id, f?.properties?.name) ? BASEMAP.stage : BASEMAP.land
		})
	} as Leaflet.GeoJSONOptions).addTo(map);
	const line = (filter: (a: unknown, b: unknown) => boolean, color: string, weight: number) =>
		L.geoJSON(unwrapAntimeridian(mesh(topo, countries, filter)), {
			renderer,
			interactive: false,
			style: { color, weight, opacity: 1, fill: false }
		} as Leaflet.GeoJSONOptions).addTo(map);
	line((a, b) => a === b && shown(a as { id?: string }), BASEMAP.coast, 0.8);
	line((a, b) => a !== b, BASEMAP.border, 0.7);
	return land.features.length;
}
