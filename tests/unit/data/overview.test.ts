import { describe, expect, it } from 'vitest';
import { buildRelations } from '../../../src/lib/data/relations';
import {
	labelsByRound,
	missionCitiesByCountry,
	pilotsAndProjectsByTheme,
	pilotsByCohort,
	UNKNOWN_LABEL
} from '../../../src/lib/data/overview';
import { explorerHref } from '../../../src/lib/search/url';
import { formatMonth } from '../../../src/lib/messages';
import { readDataDir } from '../../../src/lib/server/read-data';

const { result } = readDataDir('data');
if (!result.ok) throw new Error('data/ does not load');
const data = result.dataset;
const sum = (bars: { value: number }[]) => bars.reduce((s, b) => s + b.value, 0);

describe('overview counts', () => {
	it('Mission Cities by country add up to the Mission Cities, with explorer links', () => {
		const bars = missionCitiesByCountry(data);
		expect(sum(bars)).toBe(data.cities.filter((c) => c.mission).length);
		expect(bars.find((b) => b.key === 'DE')).toMatchObject({
			href: explorerHref({ kind: ['mission-city'], country: ['DE'] })
		});
		for (let i = 1; i < bars.length; i++)
			expect(bars[i - 1].value).toBeGreaterThanOrEqual(bars[i].value);
	});

	it('label rounds are grouped by month, oldest first, then the unknown ones', () => {
		const bars = labelsByRound(data);
		expect(sum(bars)).toBe(data.cities.filter((c) => c.mission).length);
		expect(bars[0]).toEqual({
			key: '2023-10',
			value: 10,
			href: explorerHref({ kind: ['mission-city'], label: ['awarded'] })
		});
		expect(formatMonth(bars[0].key)).toBe('October 2023');
		expect(bars.at(-1)!.href).toBe(explorerHref({ kind: ['mission-city'], label: ['unknown'] }));
		expect(bars.at(-1)!.key).toBe(UNKNOWN_LABEL);
	});

	it('pilots by cohort and themes', () => {
		expect(sum(pilotsByCohort(data, buildRelations(data)))).toBe(data.pilots.length);
		const themes = pilotsAndProjectsByTheme(data);
		expect(
			themes.every(
				(b) =>
					b.value > 0 && b.href === explorerHref({ kind: ['pilot', 'project'], theme: [b.key] })
			)
		).toBe(true);
	});
});
