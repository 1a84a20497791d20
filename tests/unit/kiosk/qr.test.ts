import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrDataUrl, qrMatrix, qrSvg } from '../../../src/lib/kiosk/qr';

/** Rasterises the matrix (4 px a module, 4-module quiet zone) and decodes it with jsqr. */
function decode(text: string): string | null {
	const { size, isDark } = qrMatrix(text);
	const scale = 4;
	const side = (size + 8) * scale;
	const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let y = 0; y < side; y++) {
		for (let x = 0; x < side; x++) {
			const mx = Math.floor(x / scale) - 4;
			const my = Math.floor(y / scale) - 4;
			if (mx >= 0 && my >= 0 && mx < size && my < size && isDark(mx, my)) {
				const i = (y * side + x) * 4;
				pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
			}
		}
	}
	return jsQR(pixels, side, side)?.data ?? null;
}

describe('qr', () => {
	it.each([
		'https://cities.example.eu/cities/malmo',
		'http://127.0.0.1:4313/?q=malm%C3%B6&country=SE',
		'https://www.example.org/a/very/long/path/with?query=1&and=more&more=stuff#fragment'
	])('encodes %s so that a decoder reads it back', (url) => {
		expect(decode(url)).toBe(url);
	});

	it('draws an SVG of one path with no text content and a data: URL of it', () => {
		const svg = qrSvg('https://x.eu/<script>');
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).not.toContain('<script');
		expect(qrDataUrl('https://x.eu').startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).toBe(
			true
		);
	});
});
