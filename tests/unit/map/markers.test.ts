// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
	clusterNode,
	countStyles,
	shapeSvg,
	tooltipNode,
	type CmeMarker
} from '../../../src/lib/map/markers';

describe('tooltipNode', () => {
	it('renders hostile names as text, never as markup', () => {
		const node = tooltipNode('<img src=x onerror="alert(1)">', 'Partner');
		expect(node.querySelector('img')).toBeNull();
		expect(node.querySelector('strong')!.textContent).toBe('<img src=x onerror="alert(1)">');
		expect(node.textContent).toContain('Partner');
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
