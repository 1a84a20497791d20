// Pure: no DOM, no Svelte. Display formats shared by pages ("12 Oct 2023", "€1.5 million").

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO date at any precision, as people read it: "2023", "Jun 2023", "12 Oct 2023". */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return 'date unknown';
	const [y, m, d] = iso.split('-');
	if (!m) return y;
	const month = MONTHS[Number(m) - 1] ?? m;
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatNumber(n: number): string {
	return n.toLocaleString('en-GB');
}

export function formatEuro(n: number | null | undefined): string {
	if (n === null || n === undefined) return 'not published';
	if (n >= 1_000_000)
		return `€${(n / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} million`;
	return `€${n.toLocaleString('en-GB')}`;
}

export function formatKm(km: number): string {
	// Decide on the rounded value, so 9.96 reads "10 km" like 10 does, not "10.0 km".
	return Math.round(km * 10) < 100
		? `${km.toFixed(1)} km`
		: `${Math.round(km).toLocaleString('en-GB')} km`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
