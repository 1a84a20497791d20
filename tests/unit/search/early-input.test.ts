// @vitest-environment jsdom
// A search typed or a filter ticked before hydration: read from the form, then laid over the URL.
import { describe, expect, it } from 'vitest';
import { filtersTappedEarly, readEarlyInput, withEarlyInput } from '$lib/search/early-input';

/** The form as the server rendered it: Sweden ticked, no query. */
function serverForm() {
	document.body.innerHTML = `<form id="explorer-form" role="search" method="get">
		<input type="search" name="q" value="">
		<input type="checkbox" name="country" value="SE" checked>
		<input type="checkbox" name="country" value="PT">
		<input type="checkbox" name="kind" value="partner">
	</form>`;
	const input = (selector: string) => document.querySelector<HTMLInputElement>(selector)!;
	return {
		q: input('[name=q]'),
		se: input('[value=SE]'),
		pt: input('[value=PT]'),
		partner: input('[value=partner]')
	};
}

describe('readEarlyInput', () => {
	it('finds nothing when the form is as the server rendered it', () => {
		serverForm();
		expect(readEarlyInput(document)).toBeNull();
	});

	it('reads what was typed, ticked and unticked', () => {
		const form = serverForm();
		form.q.value = 'lund';
		form.pt.checked = true;
		form.se.checked = false;
		expect(readEarlyInput(document)).toEqual({
			q: 'lund',
			ticked: [['country', 'PT']],
			unticked: [['country', 'SE']]
		});
	});

	it('is nothing on a page without the explorer form', () => {
		document.body.innerHTML = '<form role="search"><input name="q" value="x"></form>';
		document.querySelector('input')!.value = 'changed';
		expect(readEarlyInput(document)).toBeNull();
	});
});

describe('withEarlyInput', () => {
	it('adds and removes list values, keeping the rest of the URL', () => {
		const params = new URLSearchParams('country=SE,DE&sel=city:malmo&view=list');
		const next = withEarlyInput(params, {
			q: null,
			ticked: [
				['country', 'PT'],
				['kind', 'partner']
			],
			unticked: [['country', 'SE']]
		});
		expect(next.get('country')).toBe('DE,PT');
		expect(next.get('kind')).toBe('partner');
		expect(next.get('sel')).toBe('city:malmo');
		expect(next.get('view')).toBe('list');
		expect(params.get('country')).toBe('SE,DE');
	});

	it('sets a typed query, and a cleared one removes it; the last value unticked drops the parameter', () => {
		const params = new URLSearchParams('q=old&theme=energy');
		expect(withEarlyInput(params, { q: 'lund', ticked: [], unticked: [] }).get('q')).toBe('lund');
		const cleared = withEarlyInput(params, {
			q: '  ',
			ticked: [],
			unticked: [['theme', 'energy']]
		});
		expect(cleared.has('q')).toBe(false);
		expect(cleared.has('theme')).toBe(false);
	});
});

describe('filtersTappedEarly', () => {
	const page = (open: boolean) =>
		(document.body.innerHTML = `<form id="explorer-form"><details ${open ? 'open' : ''}><summary>Filters</summary></details></form>`);

	it('is false while the fold is as the server sent it (open)', () => {
		page(true);
		expect(filtersTappedEarly(document)).toBe(false);
	});

	it('is true once a tap has closed it', () => {
		page(true);
		document.querySelector('summary')!.click();
		expect(filtersTappedEarly(document)).toBe(true);
	});

	it('reads the form’s own fold, not a closed facet fold inside it', () => {
		document.body.innerHTML = `<form id="explorer-form"><details open><summary>Filters</summary><details><summary>Theme</summary></details></details></form>`;
		expect(filtersTappedEarly(document)).toBe(false);
	});

	it('is false on a page without the explorer form (a client-side navigation)', () => {
		document.body.innerHTML = '<details><summary>Other</summary></details>';
		expect(filtersTappedEarly(document)).toBe(false);
	});
});
