// Client-only: place names on the basemap (Leaflet is passed in). One canvas in its own pane, drawn once
// per settled view (moveend, zoomend): country names below CITY_LABEL_ZOOM, the data's city names from
// it on, in the basemap's quiet colours. Not interactive (pointer-events: none) and not in the DOM as text.
import type * as Leaflet from 'leaflet';
import type { Countries } from './basemap';
import { BASEMAP } from './basemap-style';
import {
	CITY_LABEL_ZOOM,
	countryLabel,
	placeLabels,
	type CityLabel,
	type LabelBox,
	type LabelCandidate
} from './place-labels';
import type { Point } from './map-geometry';

/** The basemap's label colours: quiet grey text with a halo of the land colour. */
const INK = { country: '#7d8286', city: '#4a5157', halo: BASEMAP.stage } as const;

export interface LabelLayer {
	setCountries(topo: Countries): void;
	/**
	 * The city names, worked out only when a view close enough to show them is drawn (and then kept
	 * until the next call): a data set of 20,000 places costs nothing while the map is zoomed out.
	 */
	setCities(cities: () => CityLabel[]): void;
	destroy(): void;
}

type Drawn = { cities: string[]; countries: string[] };

/** Adds the label canvas to `pane`; `scale` enlarges the text (kiosk); `ondraw` reports what was drawn. */
export function createLabelLayer(
	L: typeof Leaflet,
	map: Leaflet.Map,
	pane: string,
	scale: number,
	ondraw: (drawn: Drawn) => void
): LabelLayer {
	const canvas = L.DomUtil.create('canvas', 'cme-labels', map.getPane(pane));
	canvas.setAttribute('aria-hidden', 'true');
	const ctx = canvas.getContext('2d');
	let countries: { text: string; point: Point; area: number }[] = [];
	let cityList: () => CityLabel[] = () => [];
	let cities: CityLabel[] | null = null;
	let frame = 0;
	const family = () => getComputedStyle(map.getContainer()).fontFamily || 'sans-serif';
	// Each name's width in the font it is drawn in, measured once: measuring ~700 names took a third of
	// every redraw of the city names (20 ms at 4x CPU), and the names do not change between views.
	let widthFont = '';
	const widths = new Map<string, number>();
	/** Widths in the context's font as it is now (set before asking). */
	const measurer = (context: CanvasRenderingContext2D) => {
		if (context.font !== widthFont) {
			widths.clear();
			widthFont = context.font;
		}
		return (text: string) => {
			let width = widths.get(text);
			if (width === undefined) widths.set(text, (width = context.measureText(text).width));
			return width;
		};
	};

	function draw() {
		frame = 0;
		if (!ctx) return;
		const size = map.getSize();
		const ratio = window.devicePixelRatio || 1;
		canvas.width = Math.round(size.x * ratio);
		canvas.height = Math.round(size.y * ratio);
		canvas.style.width = `${size.x}px`;
		canvas.style.height = `${size.y}px`;
		L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
		canvas.style.visibility = '';
		ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
		ctx.clearRect(0, 0, size.x, size.y);
		const view: LabelBox = { x: 0, y: 0, w: size.x, h: size.y };
		const zoom = map.getZoom();
		const drawn: Drawn = { cities: [], countries: [] };
		ctx.lineJoin = 'round';
		ctx.strokeStyle = INK.halo;
		if (zoom >= CITY_LABEL_ZOOM) {
			const px = Math.round(12 * scale);
			const dot = 12 * scale; // clear of the city's own marker
			ctx.font = `500 ${px}px ${family()}`;
			ctx.textBaseline = 'middle';
			ctx.textAlign = 'left';
			cities ??= cityList();
			// Only the cities near the view are placed (a name may reach in from a little outside).
			const near = map.getBounds().pad(0.25);
			const widthOf = measurer(ctx);
			const candidates = cities
				.filter((c) => near.contains(c.point))
				.map((c) => {
					const p = map.latLngToContainerPoint(c.point);
					return { ...c, x: p.x, y: p.y, width: widthOf(c.text) };
				});
			// The markers' own spots are taken: no name covers another city.
			const reserved = candidates.map((c) => ({
				x: c.x - dot,
				y: c.y - dot,
				w: 2 * dot,
				h: 2 * dot
			}));
			const placed = placeLabels(
				candidates,
				(c) => {
					// Right of the city, else left, above or below it.
					const [w, h] = [c.width, px * 1.3];
					return [
						{ x: c.x + dot + 4, y: c.y - h / 2, w, h },
						{ x: c.x - dot - 4 - w, y: c.y - h / 2, w, h },
						{ x: c.x - w / 2, y: c.y - dot - 4 - h, w, h },
						{ x: c.x - w / 2, y: c.y + dot + 4, w, h }
					];
				},
				view,
				reserved
			);
			ctx.fillStyle = INK.city;
			ctx.lineWidth = 3;
			for (const { label, box } of placed) {
				ctx.strokeText(label.text, box.x, box.y + box.h / 2);
				ctx.fillText(label.text, box.x, box.y + box.h / 2);
				drawn.cities.push(label.text);
			}
		} else if (zoom >= 3) {
			const px = Math.round((zoom >= 4.5 ? 12 : 11) * scale);
			ctx.font = `600 ${px}px ${family()}`;
			ctx.textBaseline = 'middle';
			ctx.textAlign = 'center';
			const widthOf = measurer(ctx);
			const candidates: (LabelCandidate & { name: string; width: number })[] = countries.map(
				(c) => {
					const p = map.latLngToContainerPoint(c.point);
					const text = c.text.toUpperCase();
					const width = widthOf(text);
					return { text, name: c.text, x: p.x, y: p.y, priority: c.area, width };
				}
			);
			const placed = placeLabels(
				candidates,
				(c) => ({ x: c.x - c.width / 2, y: c.y - px * 0.65, w: c.width, h: px * 1.3 }),
				view,
				[],
				6
			);
			ctx.fillStyle = INK.country;
			ctx.lineWidth = 2.5;
			for (const { label } of placed) {
				ctx.strokeText(label.text, label.x, label.y);
				ctx.fillText(label.text, label.x, label.y);
				drawn.countries.push(label.name);
			}
		}
		ondraw(drawn);
	}

	let gone = false;
	const schedule = () => {
		// Nothing after destroy: the fonts may load after the map has gone (a page left quickly).
		if (!frame && !gone) frame = requestAnimationFrame(draw);
	};
	// Zoom animations scale the panes around the canvas: hide it until the new view is drawn.
	const hide = () => (canvas.style.visibility = 'hidden');
	map.on('moveend zoomend resize viewreset', schedule);
	map.on('zoomstart', hide);
	document.fonts?.ready.then(schedule, () => {});
	schedule();

	return {
		setCountries(topo) {
			// Where each name goes was found on the full geometry when the basemap was built (lp, la).
			countries = [];
			for (const g of topo.objects.countries.geometries) {
				const { name, lp, la } = g.properties ?? {};
				const text = lp && la ? countryLabel(g.id, name) : null;
				if (text && lp && la) countries.push({ text, point: lp, area: la });
			}
			schedule();
		},
		setCities(next) {
			cityList = next;
			cities = null;
			schedule();
		},
		destroy() {
			gone = true;
			if (frame) cancelAnimationFrame(frame);
			map.off('moveend zoomend resize viewreset', schedule);
			map.off('zoomstart', hide);
			canvas.remove();
		}
	};
}
