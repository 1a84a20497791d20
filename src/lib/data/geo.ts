// Pure: no DOM, no Svelte.
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two points (haversine). */
export function distanceKm(
	a: { lat: number; lon: number },
	b: { lat: number; lon: number }
): number {
	const toRad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * toRad;
	const dLon = (b.lon - a.lon) * toRad;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Land neighbours (shared border) among the countries in the data; used for "neighbouring country". */
const NEIGHBOURS: Record<string, string[]> = {
	AL: ['ME', 'XK', 'MK', 'GR'],
	AT: ['DE', 'CZ', 'SK', 'HU', 'SI', 'IT', 'CH', 'LI'],
	BA: ['HR', 'RS', 'ME'],
	BE: ['NL', 'DE', 'LU', 'FR'],
	BG: ['RO', 'RS', 'MK', 'GR', 'TR'],
	CH: ['DE', 'FR', 'IT', 'AT', 'LI'],
	CY: [],
	CZ: ['DE', 'PL', 'SK', 'AT'],
	DE: ['DK', 'PL', 'CZ', 'AT', 'CH', 'FR', 'LU', 'BE', 'NL'],
	DK: ['DE'],
	EE: ['LV'],
	ES: ['PT', 'FR'],
	FI: ['SE', 'NO'],
	FR: ['BE', 'LU', 'DE', 'CH', 'IT', 'ES'],
	GB: ['IE'],
	GR: ['AL', 'MK', 'BG', 'TR'],
	HR: ['SI', 'HU', 'RS', 'BA', 'ME'],
	HU: ['AT', 'SK', 'UA', 'RO', 'RS', 'HR', 'SI'],
	IE: ['GB'],
	IL: [],
	IS: [],
	IT: ['FR', 'CH', 'AT', 'SI'],
	LT: ['LV', 'PL'],
	LU: ['BE', 'DE', 'FR'],
	LV: ['EE', 'LT'],
	ME: ['HR', 'BA', 'RS', 'XK', 'AL'],
	MT: [],
	NL: ['BE', 'DE'],
	NO: ['SE', 'FI'],
	PL: ['DE', 'CZ', 'SK', 'UA', 'LT'],
	PT: ['ES'],
	RO: ['HU', 'UA', 'MD', 'BG', 'RS'],
	RS: ['HU', 'RO', 'BG', 'MK', 'XK', 'ME', 'BA', 'HR'],
	SE: ['NO', 'FI'],
	SI: ['IT', 'AT', 'HU', 'HR'],
	SK: ['CZ', 'PL', 'UA', 'HU', 'AT'],
	TR: ['GR', 'BG'],
	UA: ['PL', 'SK', 'HU', 'RO', 'MD']
};

export function areNeighbours(a: string | null, b: string | null): boolean {
	if (!a || !b || a === b) return false;
	return (NEIGHBOURS[a] ?? []).includes(b) || (NEIGHBOURS[b] ?? []).includes(a);
}
