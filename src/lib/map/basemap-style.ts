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

/** The data's region: the coarse basemap keeps more detail here (Europe, the Mediterranean, the Middle
 * East, Iceland and the Canaries), [[south, west], [north, east]]. */
export const DETAIL_BOX: [[number, number], [number, number]] = [
	[24, -32],
	[72, 50]
];

/** Countries meeting this box (and every country with records) get the fine basemap when zoomed in. */
export const FINE_BOX: [[number, number], [number, number]] = [
	[27, -25],
	[71, 45]
];

/** From this zoom on the fine basemap (full 1:50m) is fetched and drawn for the data's region. */
export const FINE_ZOOM = 6;

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
