// Pure: no DOM, no Svelte. Can a visitor's phone open the address the kiosk's QR codes point to?
// By default they point at the kiosk's own origin, which at a venue is often 127.0.0.1, localhost or a
// LAN address: the code scans, and the phone then shows "cannot connect". This tells operators early.

/**
 * True when an IPv4 address (dotted quad) is loopback, private, link-local, "this network" or shared
 * (carrier-grade NAT, also used by VPNs such as Tailscale): none of them can be reached from a phone
 * on mobile data.
 */
function isPrivateIpv4(host: string): boolean {
	const parts = host.split('.').map(Number);
	if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0 || n > 255))
		return false;
	const [a, b] = parts;
	return (
		a === 0 || // 0.0.0.0/8: "this network" (e.g. the HOST=0.0.0.0 a server listens on)
		a === 10 ||
		a === 127 ||
		(a === 100 && b >= 64 && b <= 127) || // 100.64.0.0/10: shared address space
		(a === 169 && b === 254) ||
		(a === 172 && b >= 16 && b <= 31) ||
		(a === 192 && b === 168)
	);
}

/** True for ::, ::1, fc00::/7 (unique local), fe80::/10 and fec0::/10 (link- and site-local), and an
 * IPv4-mapped address (::ffff:a.b.c.d, which URL writes as ::ffff:xxxx:xxxx) of a private IPv4. */
function isPrivateIpv6(host: string): boolean {
	const h = host.toLowerCase();
	if (h === '::' || h === '::1') return true;
	const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
	if (mapped) {
		const [hi, lo] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
		return isPrivateIpv4([hi >> 8, hi & 255, lo >> 8, lo & 255].join('.'));
	}
	const first = parseInt(h.split(':')[0] || '0', 16);
	return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0;
}

/** Names that only resolve on the machine itself or on the local network (RFC 6761, 6762, 8375). */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.lan', '.internal', '.home.arpa'];

/**
 * True when a host name or address is one a phone outside the venue network cannot reach: loopback,
 * private and link-local IPv4 and IPv6, `localhost`, mDNS `*.local`, and single-label intranet names.
 * Names are not resolved: a public-looking name that resolves to a LAN address is not caught.
 * @example isPrivateHost('192.168.1.20') // true
 * @example isPrivateHost('explorer.example.org') // false
 */
export function isPrivateHost(hostname: string): boolean {
	const host = hostname
		.trim()
		.toLowerCase()
		.replace(/^\[(.*)\]$/, '$1')
		.replace(/\.$/, '');
	if (!host) return true;
	if (host.includes(':')) return isPrivateIpv6(host);
	if (/^[\d.]+$/.test(host)) return isPrivateIpv4(host);
	if (host === 'localhost' || !host.includes('.')) return true;
	return LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/**
 * True when a URL's host is private (see `isPrivateHost`). WHATWG URL parsing first normalises odd
 * address forms (`http://2130706433/`, `http://0x7f.1/` are 127.0.0.1). A string that is not a URL
 * gives false: no claim is made about it.
 * @example isPrivateOrigin('http://127.0.0.1:3000') // true
 * @example isPrivateOrigin('https://explorer.example.org') // false
 */
export function isPrivateOrigin(url: string | URL): boolean {
	try {
		return isPrivateHost(new URL(url).hostname);
	} catch {
		return false;
	}
}

export interface QrBaseStatus {
	/** Where QR codes point (no trailing slash). */
	base: string;
	/** True when PUBLIC_BASE_URL set it; false when it is the kiosk's own origin. */
	configured: boolean;
	/** True when phones outside the venue network cannot open it. */
	isPrivate: boolean;
}

/**
 * Where QR codes point and whether a phone can open them.
 * @example qrBaseStatus(null, 'http://127.0.0.1:3000') // { base: 'http://127.0.0.1:3000', configured: false, isPrivate: true }
 */
export function qrBaseStatus(publicBase: string | null, origin: string): QrBaseStatus {
	const base = publicBase ?? origin.replace(/\/+$/, '');
	return { base, configured: publicBase !== null, isPrivate: isPrivateOrigin(base) };
}

/** Host values that mean "every interface": the origin then depends on how the screen reaches it. */
const ANY_HOST = new Set(['', '0.0.0.0', '::', '[::]']);

/**
 * The origin the kiosk will be served from, when it is known at start: `ORIGIN` (adapter-node then
 * uses it for every request), else a specific `HOST` (only that address answers). Null when the server
 * listens on every interface without `ORIGIN`: then the first kiosk request tells.
 * @example originAtStart({ HOST: '127.0.0.1', PORT: '3000' }) // 'http://127.0.0.1:3000'
 */
export function originAtStart(env: {
	ORIGIN?: string;
	HOST?: string;
	PORT?: string;
}): string | null {
	if (env.ORIGIN?.trim()) {
		try {
			return new URL(env.ORIGIN.trim()).origin;
		} catch {
			return null;
		}
	}
	const host = env.HOST?.trim() ?? '';
	if (ANY_HOST.has(host)) return null;
	const port = env.PORT?.trim() || '3000';
	return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
}
