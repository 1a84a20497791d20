import { describe, expect, it } from 'vitest';
import {
	MARKER_STYLES,
	STYLE_INFO,
	clusterLabel,
	clusterSize,
	hasLabelRing,
	markerName,
	markerStyle,
	ringSegments,
	type MarkerStyle
} from '../../../src/lib/map/marker-style';
import type { RecordKind } from '../../../src/lib/search/records';
import type { KindValue } from '../../../src/lib/model/facets';

const rec = (
	kind: RecordKind,
	kinds: KindValue[],
	label: 'awarded' | 'unknown' | null = null,
	name = 'X'
) => ({ kind, kinds, label, name, cityNames: [] });

describe('markerStyle', () => {
	it.each([
		[rec('city', ['mission-city']), 'mission'],
		[rec('city', ['pilot-city']), 'pilot-city'],
		[rec('city', ['mission-city', 'pilot-city']), 'both'],
		[rec('city', ['site-city']), 'site'],
		[rec('pilot', ['pilot']), 'pilot'],
		[rec('project', ['project']), 'project'],
		[rec('partner', ['partner']), 'partner']
	] as const)('%o -> %s', (r, style) => {
		expect(markerStyle(r)).toBe(style);
	});
});

describe('shapes', () => {
	it('never tells two kinds apart by colour alone: every style has its own shape', () => {
		const shapes = MARKER_STYLES.map((s) =>
			JSON.stringify(STYLE_INFO[s].parts.map((p) => [p.tag, p.attrs.d ?? p.attrs.r, p.attrs.fill]))
		);
		expect(new Set(shapes).size).toBe(MARKER_STYLES.length);
		const geometry = MARKER_STYLES.map((s) =>
			JSON.stringify(STYLE_INFO[s].parts.map((p) => [p.tag, p.attrs.d ?? p.attrs.r]))
		);
		expect(new Set(geometry).size).toBe(MARKER_STYLES.length);
	});

	it('uses the Okabe-Ito colours named in the design', () => {
		expect(STYLE_INFO.mission.colour).toBe('#0072B2');
		expect(STYLE_INFO['pilot-city'].colour).toBe('#E69F00');
		expect(STYLE_INFO.site.colour).toBe('#009E73');
		expect(STYLE_INFO.pilot.colour).toBe('#D55E00');
		expect(STYLE_INFO.project.colour).toBe('#CC79A7');
	});
});

describe('markerName', () => {
	it.each([
		[
			rec('city', ['mission-city', 'pilot-city'], 'awarded', 'Malmö'),
			'Malmö, Mission City and Pilot City, EU Mission Label'
		],
		[rec('city', ['mission-city'], 'unknown', 'Kraków'), 'Kraków, Mission City'],
		[rec('project', ['project'], null, 'NetZeroCities'), 'NetZeroCities, Project'],
		[
			rec('partner', ['partner'], null, '<img src=x onerror=alert(1)>'),
			'<img src=x onerror=alert(1)>, Partner'
		]
	])('%o', (r, name) => {
		expect(markerName(r)).toBe(name);
	});

	it('rings only awarded Mission Label holders', () => {
		expect([
			hasLabelRing({ label: 'awarded' }),
			hasLabelRing({ label: 'unknown' }),
			hasLabelRing({ label: null })
		]).toEqual([true, false, false]);
	});
});

describe('clusterLabel', () => {
	it.each([
		[{ mission: 5, partner: 7 }, '12: 7 partners, 5 Mission Cities'],
		[{ mission: 1 }, '1: 1 Mission City'],
		[{ site: 1, pilot: 2 }, '3: 2 pilots, 1 other city (project site)'],
		[{ both: 2, 'pilot-city': 2, project: 0 }, '4: 2 Mission and Pilot Cities, 2 Pilot Cities'],
		[{}, '0: ']
	] as [Partial<Record<MarkerStyle, number>>, string][])('%o -> %s', (counts, text) => {
		expect(clusterLabel(counts)).toBe(text);
	});
});

describe('ringSegments', () => {
	it('splits the ring in legend order and covers it exactly', () => {
		const segs = ringSegments({ partner: 2, mission: 1, project: 1 });
		expect(segs.map((s) => s.style)).toEqual(['mission', 'project', 'partner']);
		expect(segs.map((s) => s.start)).toEqual([0, 0.25, 0.5]);
		expect(segs.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1);
	});

	it('is empty for an empty cluster', () => {
		expect(ringSegments({})).toEqual([]);
	});
});

describe('clusterSize', () => {
	it('grows with the count', () => {
		expect([2, 20, 200, 2000].map(clusterSize)).toEqual([32, 38, 44, 50]);
	});
});
