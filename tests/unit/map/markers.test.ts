// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import * as Leaflet from 'leaflet';
import {
	clusterNode,
	countStyles,
	createMarkerKit,
	markerTooltip,
	shapeSvg,
	tooltipNode,
	type CmeMarker
} from '../../../src/lib/map/markers';
import { searchRecord } from '../helpers/record';

describe('tooltipNode', () => {
	it('renders hostile names as text, never as markup', () => {
		const node = tooltipNode('<img src=x onerror="alert(1)">', 'Partner');
		expect(node.querySelector('img')).toBeNull();
		expect(node.querySelector('strong')!.textContent).toBe('<img src=x onerror="alert(1)">');
		expect(node.textContent).toContain('Partner');
	});
});

describe('a marker with a comma in its name', () => {
	// The exact partner of data/partners.json: its name was once joined with ', ' and split again.
	const name = 'Bureau of Research, Innovations and Technologies';
	const record = searchRecord({
		kind: 'partner',
		id: 'bureau-of-research-innovations-and-technologies',
		name,
		kinds: ['partner'],
		points: [[50.45, 30.52]]
	});

	it('carries its record, and the tooltip shows the whole name', () => {
		const L = ((Leaflet as unknown as { default?: typeof Leaflet }).default ??
			Leaflet) as typeof Leaflet;
		const map = L.map(document.createElement('div')).setView([50, 30], 5);
		const marker = createMarkerKit(L, 1).marker(record, record.points[0]).addTo(map);
		expect(marker.options.record).toBe(record);
		expect(marker.getElement()!.getAttribute('aria-label')).toBe(`${name}, Partner`);
		const tip = markerTooltip(marker.options.record);
		expect(tip.querySelector('strong')!.textContent).toBe(name);
		expect(tip.querySelector('span')!.textContent).toBe('Partner');
		map.remove();
	});
});

describe('shapeSvg', () => {
	it('is hidden from assistive tech and adds the ring only for Mission Label holders', () => {
		const plain = shapeSvg('mission', false);
		const ringed = shapeSvg('mission', true);
		expect(plain.getAttribute('aria-hidden')).toBe('true');
		expect(ringed.querySelectorAll('circle').length).toBe(
			plain.querySelectorAll('circle').length + 1
		);
	});
});

describe('cluster icons', () => {
	const m = (style: string, key: string) => ({ options: { style, key } }) as unknown as CmeMarker;

	it('count distinct records per kind (a project at 3 sites is 1 project)', () => {
		const counts = countStyles([
			m('project', 'project:a'),
			m('project', 'project:a'),
			m('project', 'project:a'),
			m('mission', 'city:x')
		]);
		expect(counts).toEqual({ mission: 1, project: 1 });
	});

	it('say what they hold in text and show the count', () => {
		const { node, total } = clusterNode({ mission: 5, partner: 7 });
		expect(total).toBe(12);
		expect(node.getAttribute('role')).toBe('img');
		expect(node.getAttribute('aria-label')).toBe('12: 7 partners, 5 Mission Cities');
		expect(node.querySelector('.cme-cluster-count')!.textContent).toBe('12');
		expect(node.querySelectorAll('svg circle').length).toBe(3); // background + one arc per kind
	});
});
