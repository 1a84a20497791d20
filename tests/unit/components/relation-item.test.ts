import { describe, expect, it } from 'vitest';
import { relationItems } from '../../../src/lib/components/relation-item';

describe('relationItems', () => {
	it('links each record by the kinds table and carries the relation’s confidence and sources', () => {
		const items = relationItems(
			'project',
			[
				{
					id: 'up2030',
					acronym: 'UP2030',
					lowConfidence: true,
					sources: ['https://example.org/a']
				},
				{ id: 'netzerocities', acronym: 'NetZeroCities' }
			],
			(p) => ({ name: p.acronym, detail: p.id === 'up2030' ? 'partner' : null })
		);
		expect(items).toEqual([
			{
				href: '/projects/up2030',
				name: 'UP2030',
				detail: 'partner',
				lowConfidence: true,
				sources: ['https://example.org/a']
			},
			{
				href: '/projects/netzerocities',
				name: 'NetZeroCities',
				detail: null,
				lowConfidence: undefined,
				sources: undefined
			}
		]);
	});

	it('uses each kind’s URL segment', () => {
		const one = (kind: 'city' | 'pilot' | 'partner') =>
			relationItems(kind, [{ id: 'x' }], () => ({ name: 'X' }))[0].href;
		expect([one('city'), one('pilot'), one('partner')]).toEqual([
			'/cities/x',
			'/pilots/x',
			'/partners/x'
		]);
	});
});
