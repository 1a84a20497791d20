// Pure: no DOM, no Svelte. Which parts of a displayed name the query matched, for <mark>.
import { fold } from './normalise';

export interface TextPart {
	text: string;
	match: boolean;
}

/**
 * Splits `text` into parts, marking each word start that a query word is a prefix of. Matching is on
 * folded text, so "lodz" marks "Łódź" and "munchen" marks "München"; the parts keep the original text.
 * @example highlightParts('Malmö University', 'malmo') // [{text:'Malmö',match:true},{text:' University',match:false}]
 */
export function highlightParts(text: string, query: string): TextPart[] {
	const qWords = fold(query).split(' ').filter(Boolean);
	if (!qWords.length) return [{ text, match: false }];
	// Fold character by character so every folded position maps back to an original index.
	const chars = Array.from(text);
	let folded = '';
	const origin: number[] = [];
	chars.forEach((ch, i) => {
		// Plain ASCII letters and digits are the common case: fold() per character costs ~100x more.
		const f = /[a-z0-9]/.test(ch)
			? ch
			: /[A-Z]/.test(ch)
				? ch.toLowerCase()
				: /[\p{L}\p{N}]/u.test(ch)
					? fold(ch)
					: ' ';
		for (const c of f || ' ') {
			folded += c;
			origin.push(i);
		}
	});
	const marked = new Array<boolean>(chars.length).fill(false);
	for (const w of qWords) {
		let from = 0;
		while ((from = folded.indexOf(w, from)) !== -1) {
			const atWordStart = from === 0 || folded[from - 1] === ' ';
			if (atWordStart) for (let k = from; k < from + w.length; k++) marked[origin[k]] = true;
			from += 1;
		}
	}
	const parts: TextPart[] = [];
	chars.forEach((ch, i) => {
		const last = parts[parts.length - 1];
		if (last && last.match === marked[i]) last.text += ch;
		else parts.push({ text: ch, match: marked[i] });
	});
	return parts;
}
