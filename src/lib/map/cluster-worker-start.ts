// Client-only: starts the clustering worker (cluster-worker.ts). A module of its own, without Leaflet, so
// a map with many records can start it before Leaflet has loaded: a worker takes a few hundred
// milliseconds to boot, and that time then passes while Leaflet and the map are made.

/**
 * From this many points on, even a map's first clusters are built in a worker (cluster-layer.ts). Below
 * it the first set is built in this thread, in a task of its own: the data set's 720 points took 10–30
 * ms, while a worker's boot held the first markers back by 0.3–0.4 s at 4x CPU.
 */
export const WORKER_MIN_POINTS = 5000;

/** A new clustering worker, or null where workers cannot start (the layer clusters in this thread). */
export function startClusterWorker(): Worker | null {
	try {
		return new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
}
