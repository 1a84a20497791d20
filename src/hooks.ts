import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** `/fr/cities/malmo` is the page `/cities/malmo` in French: the language prefix picks no route. */
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
