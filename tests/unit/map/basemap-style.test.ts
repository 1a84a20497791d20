import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isStageCountry } from '../../../src/lib/map/basemap-style';

const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as {
	objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
};
const byName = new Map(atlas.objects.countries.geometries.map((g) => [g.properties.name, g]));

describe('isStageCountry', () => {
	it.each([
		['Sweden', true],
		['Turkey', true],
		['Israel', true],
		['Ukraine', true],
		['Iceland', true],
		['Kosovo', true],
		['United Kingdom', true],
		['Russia', false],
		['Belarus', false],
		['Morocco', false],
		['Brazil', false]
	])('%s -> %s', (name, stage) => {
		const g = byName.get(name);
		expect(g, name).toBeDefined();
		expect(isStageCountry(g!.id, g!.properties.name)).toBe(stage);
	});
});
