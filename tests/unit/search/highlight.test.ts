import { describe, expect, it } from 'vitest';
import { highlightParts, type TextPart } from '../../../src/lib/search/highlight';

const m = (text: string): TextPart => ({ text, match: true });
const t = (text: string): TextPart => ({ text, match: false });

describe('highlightParts', () => {
	it.each<[string, string, TextPart[]]>([
		['Malmö University', 'malmo', [m('Malmö'), t(' University')]],
		['Łódź', 'lodz', [m('Łódź')]],
		['München', 'munchen', [m('München')]],
		['München', 'Mün', [m('Mün'), t('chen')]],
		['Straße', 'strasse', [m('Straße')]],
		['Ærø', 'aero', [m('Ærø')]],
		['Vitoria-Gasteiz', 'gasteiz', [t('Vitoria-'), m('Gasteiz')]],
		[
			'Technical University of Munich (TUM)',
			'tum',
			[t('Technical University of Munich ('), m('TUM'), t(')')]
		],
		[
			'Technical University of Munich',
			'uni mun',
			[t('Technical '), m('Uni'), t('versity of '), m('Mun'), t('ich')]
		],
		// only word starts are marked: "an" is inside "Banana", not at a word start
		['Banana', 'an', [t('Banana')]],
		['Munich', 'xyz', [t('Munich')]],
		['Munich', '', [t('Munich')]],
		['Munich', '!!!', [t('Munich')]],
		['', 'munich', []]
	])('%j with %j', (text, query, parts) => {
		expect(highlightParts(text, query)).toEqual(parts);
	});

	it('keeps the original text exactly, markup included, whatever the query', () => {
		for (const [text, q] of [
			['<img src=x onerror=alert(1)>', 'img'],
			['<script>alert(1)</script> Łódź', 'lodz alert'],
			['ﬁnance Straße', 'fin str'],
			['Αθήνα', 'αθ']
		]) {
			const parts = highlightParts(text, q);
			expect(parts.map((p) => p.text).join('')).toBe(text);
			expect(parts.some((p) => p.match)).toBe(true);
		}
	});
});
