import { describe, expect, it } from 'vitest';
import Supercluster from 'supercluster';
import { createClusterIndex, type ClusterInput } from '../../../src/lib/map/cluster-index';

/** Points spread over Europe from a fixed seed; every fifth record is drawn at three places. */
function points(count: number): ClusterInput {
	let seed = 7;
	const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	const input: ClusterInput = {
		lon: new Float64Array(count),
		lat: new Float64Array(count),
		style: new Uint8Array(count),
		record: new Uint32Array(count),
		radius: 50,
		maxZoom: 12
	};
	let record = 0;
	for (let i = 0; i < count;) {
		const places = record % 5 === 0 ? 3 : 1;
		for (let p = 0; p < places && i < count; p++, i++) {
			input.lon[i] = -10 + random() * 40;
			input.lat[i] = 36 + random() * 30;
			input.style[i] = record % 4;
			input.record[i] = record;
		}
		record++;
	}
	return input;
}

/** The same clusters counted the slow, obvious way: each cluster's leaves, distinct records per style. */
function leafCounts(input: ClusterInput, bbox: [number, number, number, number], zoom: number) {
	const index = new Supercluster({
		radius: input.radius,
		extent: 256,
		maxZoom: input.maxZoom,
		minPoints: 2
	});
	index.load(
		Array.from(input.lon, (lon, i) => ({
			type: 'Feature' as const,
			properties: { i },
			geometry: { type: 'Point' as const, coordinates: [lon, input.lat[i]] }
		}))
	);
	return index
		.getClusters(bbox, zoom)
		.filter((f) => 'cluster' in f.properties)
		.map((f) => {
			const seen = Array.from({ length: 4 }, () => new Set<number>());
			for (const leaf of index.getLeaves(f.properties.cluster_id, Infinity)) {
				const i = (leaf.properties as { i: number }).i;
				seen[input.style[i]].add(input.record[i]);
			}
			return seen.map((s) => s.size);
		});
}

describe('cluster index', () => {
	const input = points(3000);
	const europe: [number, number, number, number] = [-30, 25, 45, 72];

	it.each([2, 4, 6, 9])('counts each record once per cluster, by style, at zoom %i', (zoom) => {
		const items = createClusterIndex(input, 4).view(europe, zoom);
		const clusters = items.filter((v) => v.kind === 'cluster');
		expect(clusters.length).toBeGreaterThan(0);
		expect(clusters.map((c) => c.counts)).toEqual(leafCounts(input, europe, zoom));
	});

	it('a record drawn at three places in one cluster counts once', () => {
		const one: ClusterInput = {
			lon: Float64Array.from([10, 10.01, 10.02, 10.03]),
			lat: Float64Array.from([50, 50.01, 50.02, 50.03]),
			style: Uint8Array.from([2, 2, 2, 1]),
			record: Uint32Array.from([0, 0, 0, 1]),
			radius: 50,
			maxZoom: 12
		};
		const [cluster] = createClusterIndex(one, 4).view(europe, 3);
		expect(cluster).toMatchObject({ kind: 'cluster', counts: [0, 1, 1, 0] });
	});
});
