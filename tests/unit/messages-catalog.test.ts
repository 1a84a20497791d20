// Every language says every message: no key missing or empty, the same parameters as English, and a
// plural message covers each plural category of its language (Intl.PluralRules).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import settings from '../../project.inlang/settings.json';

type Plural = [{ declarations: string[]; selectors: string[]; match: Record<string, string> }];
type Message = string | Plural;
type Messages = Record<string, Message>;

const read = (locale: string): Messages =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
const en = read('en');
const keys = Object.keys(en).filter((k) => k !== '$schema');
const others = settings.locales.filter((l) => l !== settings.baseLocale);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
/** The parameters a caller passes: placeholders of a text, the `input` declarations of a plural. */
function params(msg: Message): string[] {
	if (typeof msg === 'string') return [...new Set(placeholders(msg))];
	return msg[0].declarations
		.filter((d) => d.startsWith('input '))
		.map((d) => d.slice(6).trim())
		.sort();
}

describe('messages in every language', () => {
	it('settings name the 24 official EU languages, English first', () => {
		expect(settings.locales).toHaveLength(24);
		expect(settings.baseLocale).toBe('en');
	});

	it.each(others)('%s has every English key, no other, none empty', (locale) => {
		const tr = read(locale);
		const missing = keys.filter((k) => tr[k] === undefined);
		const extra = Object.keys(tr).filter((k) => k !== '$schema' && !(k in en));
		const empty = keys.filter((k) => typeof tr[k] === 'string' && !(tr[k] as string).trim());
		expect({ missing, extra, empty }).toEqual({ missing: [], extra: [], empty: [] });
	});

	it.each(settings.locales)('%s: parameters as in English, plurals complete', (locale) => {
		const tr = read(locale);
		const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
		const problems: string[] = [];
		for (const key of keys) {
			const msg = tr[key];
			if (msg === undefined) continue;
			if (JSON.stringify(params(msg)) !== JSON.stringify(params(en[key])))
				problems.push(`${key}: parameters ${params(msg)} (English: ${params(en[key])})`);
			if (typeof msg === 'string') {
				if (typeof en[key] !== 'string') problems.push(`${key}: English is a plural message`);
				continue;
			}
			const [{ declarations, selectors, match }] = msg;
			const declared = new Set(declarations.map((d) => d.split(/\s+/)[1]));
			for (const c of categories)
				if (!(`${selectors[0]}=${c}` in match))
					problems.push(`${key}: no variant for the plural category "${c}"`);
			for (const [variant, text] of Object.entries(match)) {
				if (!text.trim()) problems.push(`${key}: empty variant ${variant}`);
				for (const p of placeholders(text))
					if (!declared.has(p)) problems.push(`${key}: ${variant} uses undeclared {${p}}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
