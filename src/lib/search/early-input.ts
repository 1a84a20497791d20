// What a visitor typed or ticked in the explorer's form before the page hydrated (a slow phone takes
// a second or more): hydration writes the server's state back into the controls, so the page reads
// the changes just before (in its script, which runs before its markup hydrates) and puts them into
// the URL once it is live.
import { listParam } from './url';

/** The form's controls that differ from what the server rendered. */
export type EarlyInput = {
	q: string | null;
	ticked: [name: string, value: string][];
	unticked: [name: string, value: string][];
};

/** The explorer form's id: only the server-rendered explorer has it before its script runs. */
export const EARLY_INPUT_FORM = 'explorer-form';

/** Reads the explorer's search form, if the page has one and anything in it was changed. */
export function readEarlyInput(root: Document): EarlyInput | null {
	const form = root.getElementById(EARLY_INPUT_FORM);
	if (!form) return null;
	const input: EarlyInput = { q: null, ticked: [], unticked: [] };
	for (const el of form.querySelectorAll<HTMLInputElement>('input[name]')) {
		if (el.type === 'checkbox') {
			if (el.checked === el.defaultChecked) continue;
			(el.checked ? input.ticked : input.unticked).push([el.name, el.value]);
		} else if (el.name === 'q' && el.value !== el.defaultValue) {
			input.q = el.value;
		}
	}
	const changed = input.q !== null || input.ticked.length > 0 || input.unticked.length > 0;
	return changed ? input : null;
}

/** The URL's parameters with the early changes on top (list parameters stay comma-separated). */
export function withEarlyInput(params: URLSearchParams, input: EarlyInput): URLSearchParams {
	const next = new URLSearchParams(params);
	if (input.q !== null) {
		if (input.q.trim()) next.set('q', input.q);
		else next.delete('q');
	}
	const names = new Set([...input.ticked, ...input.unticked].map(([name]) => name));
	for (const name of names) {
		const values = new Set(listParam(next, name));
		for (const [n, v] of input.ticked) if (n === name) values.add(v);
		for (const [n, v] of input.unticked) if (n === name) values.delete(v);
		if (values.size) next.set(name, [...values].join(','));
		else next.delete(name);
	}
	return next;
}

/**
 * The filters' fold (a `<details>` the server sends open, which phones show folded until the page is
 * live) was tapped before hydration: it is closed now. The visitor saw it folded, so the tap meant open.
 */
export function filtersTappedEarly(root: Document): boolean {
	// The form's own fold, not one of the facet folds inside it.
	const fold = root.querySelector<HTMLDetailsElement>(`#${EARLY_INPUT_FORM} > details`);
	return fold !== null && !fold.open;
}
