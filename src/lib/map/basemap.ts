// Client-only: draws the offline basemap (Natural Earth 1:50m countries from world-atlas, cut and
// simplified by scripts/build-basemap.ts, shipped with the app as static assets) on one canvas, so the
// map works with no network. Two levels: the coarse one (small, fetched with the page) and, once the map
// is zoomed in to FINE_ZOOM, the full geometry of the data's region. Each country becomes a Path2D in
// zoom-0 pixels once, built in slices; a redraw only scales those paths. Leaflet is passed in.
import type * as Leaflet from 'leaflet';
import coarseUrl from './basemap-coarse.json?url';
import fineUrl from './basemap-fine.json?url';
import { BASEMAP, FINE_ZOOM, isStageCountry } from './basemap-style';
import { basemapReader, type BasemapTopology, type CountryShape } from './basemap-shapes';
import { inSlices } from './slices';

export type Countries = BasemapTopology;

/** The pane the basemap draws in: under relation lines and markers, above the (optional) tiles. */
export const BASEMAP_PANE = 'cme-basemap';

/** Starts loading a basemap level (a static asset of the app) as early as possible, before Leaflet. */
export async function fetchCountries(
	signal: AbortSignal,
	level: 'coarse' | 'fine' = 'coarse'
): Promise<Countries> {
	const response = await fetch(level === 'coarse' ? coarseUrl : fineUrl, { signal });
	if (!response.ok) throw new Error(`Basemap: HTTP ${response.status}`);
	return (await response.json()) as Countries;
}

interface Drawn {
	key: string;
	stage: boolean;
	box: CountryShape['box'];
	land: Path2D;
	coast: Path2D;
	border: Path2D;
}

const pathOf = (lines: number[][], close: boolean) => {
	const p = new Path2D();
	for (const line of lines) {
		p.moveTo(line[0], line[1]);
		for (let i = 2; i < line.length; i += 2) p.lineTo(line[i], line[i + 1]);
		if (close) p.closePath();
	}
	return p;
};

/** A country's key across levels: its id, or its name for the few without one (Kosovo). */
const keyOf = (c: { id?: string; name: string }) => c.id ?? `name:${c.name}`;

/** Builds every country's paths in slices; resolves null when aborted. */
async function buildLevel(topo: Countries, signal: AbortSignal): Promise<Drawn[] | null> {
	const reader = basemapReader(topo);
	const out: Drawn[] = [];
	const done = await inSlices<number>(
		reader.count,
		(i) => {
			const c = reader.read(i);
			if (!c.rings.length) return;
			out.push({
				key: keyOf(c),
				stage: isStageCountry(c.id, c.name),
				box: c.box,
				land: pathOf(c.rings, true),
				coast: pathOf(c.coast, false),
				border: pathOf(c.border, false)
			});
		},
		{ signal }
	);
	return done ? out : null;
}

export interface Basemap {
	/** How many countries the first level draws. */
	readonly countries: number;
	destroy(): void;
}

/**
 * Adds the basemap to `map`: the coarse level from `coarse` (already loading), the fine level fetched
 * the first time the map is at FINE_ZOOM or closer. `ondrawn` is told once the coarse level is drawn.
 */
export function drawBasemap(
	L: typeof Leaflet,
	map: Leaflet.Map,
	coarse: Countries,
	ondrawn: (countries: number) => void
): Basemap {
	const abort = new AbortController();
	let levels: { coarse: Drawn[]; fine: Drawn[] | null } = { coarse: [], fine: null };
	let fineKeys = new Set<string>();
	let fineLoading = false;

	const Renderer = L.Canvas.extend({
		// Leaflet's canvas renderer positions and sizes the canvas per view and animates zooms; the
		// drawing is ours: the countries' paths, scaled to the view.
		_draw(this: Leaflet.Canvas & { _ctx: CanvasRenderingContext2D; _bounds: Leaflet.Bounds }) {
			const ctx = this._ctx;
			if (!ctx || !this._bounds) return;
			const zoom = map.getZoom();
			const s = 2 ** zoom;
			const origin = map.getPixelOrigin();
			const b = this._bounds;
			// The view in zoom-0 px, to skip countries out of sight.
			const [vx0, vy0] = [(b.min!.x + origin.x) / s, (b.min!.y + origin.y) / s];
			const [vx1, vy1] = [(b.max!.x + origin.x) / s, (b.max!.y + origin.y) / s];
			const fine = zoom >= FINE_ZOOM && levels.fine ? levels.fine : null;
			const shown = [
				...(fine ?? []),
				...levels.coarse.filter((c) => !fine || !fineKeys.has(c.key))
			].filter((c) => c.box[0] <= vx1 && c.box[2] >= vx0 && c.box[1] <= vy1 && c.box[3] >= vy0);
			ctx.save();
			ctx.translate(-origin.x, -origin.y);
			ctx.scale(s, s);
			for (const c of shown) {
				ctx.fillStyle = c.stage ? BASEMAP.stage : BASEMAP.land;
				ctx.fill(c.land, 'evenodd');
			}
			ctx.lineJoin = 'round';
			ctx.strokeStyle = BASEMAP.coast;
			ctx.lineWidth = 0.8 / s;
			for (const c of shown) ctx.stroke(c.coast);
			ctx.strokeStyle = BASEMAP.border;
			ctx.lineWidth = 0.7 / s;
			for (const c of shown) ctx.stroke(c.border);
			ctx.restore();
		}
	});
	const renderer = new (
		Renderer as unknown as new (options: Leaflet.RendererOptions) => Leaflet.Canvas & {
			_redraw(): void;
		}
	)(
		// A tenth of the view drawn beyond each edge (Leaflet's default), not three: where the browser
		// composites in software (small venue PCs, headless Chromium), every frame of the page copies
		// the canvas, and at 2.56x the map's area that was 20 ms of each keystroke's frame at 4x CPU.
		// A longer drag shows sea at the edge until it is let go.
		{ pane: BASEMAP_PANE, padding: 0.1 }
	);
	renderer.addTo(map);
	const redraw = () => requestAnimationFrame(() => !abort.signal.aborted && renderer._redraw());

	const loadFine = () => {
		if (fineLoading || map.getZoom() < FINE_ZOOM) return;
		fineLoading = true;
		fetchCountries(abort.signal, 'fine')
			.then((topo) => buildLevel(topo, abort.signal))
			.then((drawn) => {
				if (!drawn) return;
				levels = { ...levels, fine: drawn };
				fineKeys = new Set(drawn.map((c) => c.key));
				redraw();
			})
			.catch((err) => {
				fineLoading = false; // try again on the next zoom (e.g. back online)
				if (!abort.signal.aborted) console.warn('The detailed basemap could not be loaded', err);
			});
	};
	map.on('zoomend', loadFine);

	const count = coarse.objects.countries.geometries.length;
	buildLevel(coarse, abort.signal).then((drawn) => {
		if (!drawn) return;
		levels = { ...levels, coarse: drawn };
		redraw();
		requestAnimationFrame(() => !abort.signal.aborted && ondrawn(drawn.length));
		loadFine();
	});

	return {
		countries: count,
		destroy() {
			abort.abort();
			map.off('zoomend', loadFine);
			renderer.remove();
		}
	};
}
