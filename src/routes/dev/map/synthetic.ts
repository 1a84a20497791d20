// Pure: no DOM, no Svelte. Synthetic records for the map's benchmarks (?synthetic=20000 on /dev/map):
// copies of the real records, each copy's points moved a little, keys and relations renamed per copy.
import type { SearchRecord } from '$lib/search/records';

/** A small deterministic PRNG (mulberry32), so every run draws the same map. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** `count` records shaped like `base` (cycled), spread up to ±1.2° around the originals. */
export function syntheticRecords(base: SearchRecord[], count: number): SearchRecord[] {
	const withPoints = base.filter((r) => r.points.length);
	const rand = random(20240501);
	const out: SearchRecord[] = [];
	for (let i = 0; i < count && withPoints.length; i++) {
		const r = withPoints[i % withPoints.length];
		const copy = Math.floor(i / withPoints.length);
		const rename = (key: string) => (copy ? `${key}-s${copy}` : key);
		const jitter = (): [number, number] => [(rand() - 0.5) * 2.4, (rand() - 0.5) * 2.4];
		out.push({
			...r,
			key: rename(r.key),
			id: copy ? `${r.id}-s${copy}` : r.id,
			name: copy ? `${r.name} ${copy}` : r.name,
			points: r.points.map(([lat, lon]) => {
				const [a, b] = copy ? jitter() : [0, 0];
				return [lat + a, lon + b] as [number, number];
			}),
			related: r.related.map(rename)
		});
	}
	return out;
}
