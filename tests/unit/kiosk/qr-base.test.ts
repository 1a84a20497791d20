import { describe, expect, it } from 'vitest';
import {
	isPrivateHost,
	isPrivateOrigin,
	originAtStart,
	qrBaseStatus
} from '../../../src/lib/kiosk/qr-base';

describe('isPrivateOrigin', () => {
	it.each([
		// IPv4: loopback, private, link-local, "this network", shared (CGNAT)
		['http://127.0.0.1:4313', true],
		['http://127.8.9.10', true],
		['http://10.0.0.5:3000', true],
		['http://172.16.0.1', true],
		['http://172.31.255.254', true],
		['http://192.168.1.20:3000/kiosk?x=1', true],
		['http://169.254.10.1', true],
		['http://0.0.0.0:3000', true],
		['http://100.64.1.2', true],
		// odd IPv4 spellings that URL normalises to 127.0.0.1
		['http://2130706433/', true],
		['http://0x7f.1/', true],
		// public IPv4, including the neighbours of the private ranges
		['http://172.15.255.255', false],
		['http://172.32.0.1', false],
		['http://192.169.1.1', false],
		['http://11.0.0.1', false],
		['http://100.128.0.1', false],
		['https://8.8.8.8', false],
		// IPv6
		['http://[::1]:3000', true],
		['http://[::]:3000', true],
		['http://[fc00::1]', true],
		['http://[fd12:3456:789a::1]', true],
		['http://[fe80::1]', true],
		['http://[febf::1]', true],
		['http://[::ffff:127.0.0.1]', true],
		['http://[::ffff:192.168.0.9]', true],
		['http://[::ffff:8.8.8.8]', false],
		['https://[2001:db8::1]', false],
		['https://[2a00:1450:4001::200e]', false],
		['http://[fe00::1]', false],
		// host names
		['http://localhost:3000', true],
		['http://LOCALHOST', true],
		['http://localhost.:3000', true],
		['http://app.localhost', true],
		['http://kiosk.local', true],
		['http://screen-1.lan', true],
		['http://printer.home.arpa', true],
		['http://kiosk-pc:3000', true],
		['https://explorer.example.org', false],
		['https://local.example.org', false],
		['https://localhost.example.org', false],
		['https://cities.eu/app', false],
		// not a URL: no claim
		['not a url', false],
		['', false]
	])('%s -> %s', (url, want) => {
		expect(isPrivateOrigin(url)).toBe(want);
	});

	it('accepts URL objects', () => {
		expect(isPrivateOrigin(new URL('http://192.168.0.2/kiosk'))).toBe(true);
	});
});

describe('isPrivateHost', () => {
	it.each([
		['[::1]', true],
		['::1', true],
		['FD00::1', true],
		['10.1.2.3', true],
		['', true],
		['example.org', false],
		['93.184.216.34', false]
	])('%s -> %s', (host, want) => {
		expect(isPrivateHost(host)).toBe(want);
	});
});

describe('qrBaseStatus', () => {
	it.each([
		[
			null,
			'http://127.0.0.1:4313',
			{ base: 'http://127.0.0.1:4313', configured: false, isPrivate: true }
		],
		[
			null,
			'https://explorer.example.org/',
			{ base: 'https://explorer.example.org', configured: false, isPrivate: false }
		],
		[
			'https://explorer.example.org',
			'http://127.0.0.1:3000',
			{ base: 'https://explorer.example.org', configured: true, isPrivate: false }
		],
		[
			'http://192.168.1.5:3000',
			'http://127.0.0.1:3000',
			{ base: 'http://192.168.1.5:3000', configured: true, isPrivate: true }
		]
	])('%s on %s', (configured, origin, want) => {
		expect(qrBaseStatus(configured, origin)).toEqual(want);
	});
});

describe('originAtStart', () => {
	it.each([
		[{ ORIGIN: 'http://127.0.0.1:4313' }, 'http://127.0.0.1:4313'],
		[
			{ ORIGIN: 'https://explorer.example.org/', HOST: '127.0.0.1' },
			'https://explorer.example.org'
		],
		[{ ORIGIN: 'junk' }, null],
		[{ HOST: '127.0.0.1', PORT: '3001' }, 'http://127.0.0.1:3001'],
		[{ HOST: 'localhost' }, 'http://localhost:3000'],
		[{ HOST: '::1', PORT: '8080' }, 'http://[::1]:8080'],
		[{ HOST: '0.0.0.0' }, null],
		[{ HOST: '::' }, null],
		[{}, null]
	])('%j -> %s', (env, want) => {
		expect(originAtStart(env)).toBe(want);
	});
});
