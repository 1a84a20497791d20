// Server-only: live reload. Watches DATA_DIR and reloads the data set when a data file changes, and
// on SIGHUP; the rules (debounce, no overlap, a bad set is not loaded) are in reload-controller.ts.
import { watch, type FSWatcher } from 'node:fs';
import { currentDataset, initialLoadedAt, readLoaded, useReloadController } from './dataset';
import type { LoadedData } from './dataset';
import { DATA_FILES } from './read-data';
import { createReloadController, systemClock, type ReloadController } from './reload-controller';
import { resetCache } from './response-cache';

/** Long enough for an editor's save or an import's six renames to land as one change. */
export const RELOAD_DEBOUNCE_MS = 300;

const DATA_FILE_NAMES = new Set(DATA_FILES.map((n) => `${n}.json`));

function counts(d: LoadedData): string {
	const { cities, pilots, projects, partners } = d.data;
	return `${cities.length} cities, ${pilots.length} pilots, ${projects.length} projects, ${partners.length} partners`;
}

let started: ReloadController<LoadedData> | null = null;

/**
 * Starts watching the directory of the set loaded at start (call after loadData succeeded). Only
 * the six data files count, so an editor's swap files and an importer's temp files do not, but their
 * renames onto the data files do. Idempotent.
 */
export function startLiveReload(): ReloadController<LoadedData> {
	if (started) return started;
	const initial = currentDataset();
	const dir = initial.dir;
	let readMs = 0;
	const controller = createReloadController({
		initial,
		initialLoadedAt: initialLoadedAt(),
		read: async () => {
			const start = performance.now();
			const outcome = await readLoaded(dir);
			readMs = Math.round(performance.now() - start);
			return outcome;
		},
		debounceMs: RELOAD_DEBOUNCE_MS,
		clock: systemClock,
		onLoaded(next, previous) {
			resetCache(next.version);
			console.log(
				`Data reloaded from ${dir} (as of ${next.data.meta.asOf}): ${counts(next)}; version ${previous.version} -> ${next.version} (read and checked in ${readMs} ms)`
			);
		},
		onRejected(problems) {
			console.error(
				`Data in ${dir} not loaded: it has ${problems.length} problem(s); still serving version ${controller.current().version}:\n${problems.map((l) => `  ${l}`).join('\n')}`
			);
		},
		onError: (err) => console.error('Data reload failed:', err)
	});
	useReloadController(controller);
	resetCache(initial.version);

	let watcher: FSWatcher | null = null;
	const watchDir = () => {
		watcher?.close();
		watcher = null;
		try {
			watcher = watch(dir, { persistent: false }, (_event, filename) => {
				if (!filename || DATA_FILE_NAMES.has(String(filename))) controller.changed();
			});
			watcher.on('error', (err) => {
				console.error(`Stopped watching ${dir} (${err.message}); SIGHUP reloads and watches again`);
				watcher?.close();
				watcher = null;
			});
		} catch (err) {
			console.error(`Cannot watch ${dir} (${(err as Error).message}); SIGHUP still reloads`);
		}
	};
	watchDir();

	// SIGHUP reloads at once and watches DATA_DIR afresh: when DATA_DIR is a symlink switched to a new
	// directory (an atomic roll-out), the old watch still follows the old directory.
	process.on('SIGHUP', () => {
		console.log(`SIGHUP: reloading the data from ${dir}`);
		watchDir();
		controller.reloadNow().then(
			(result) => result === 'unchanged' && console.log('Data unchanged'),
			(err) => console.error('Data reload failed:', err)
		);
	});
	started = controller;
	return controller;
}
