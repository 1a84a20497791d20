// The parts of autocannon's programmatic API that scripts/bench-server.ts and bench-cluster.ts use (it ships no types).
declare module 'autocannon' {
	interface Histogram {
		average: number;
		p50: number;
		p99: number;
		max: number;
	}
	interface Result {
		requests: Histogram;
		latency: Histogram;
		throughput: Histogram;
		errors: number;
		timeouts: number;
		non2xx: number;
		'1xx': number;
		'2xx': number;
		'3xx': number;
		'4xx': number;
		'5xx': number;
	}
	interface Options {
		url: string;
		connections?: number;
		duration?: number;
		timeout?: number;
		headers?: Record<string, string>;
		requests?: {
			method?: string;
			path?: string;
			setupRequest?: (req: Record<string, unknown>) => Record<string, unknown>;
			/** Called with each response (the body as text), for checks of what was answered. */
			onResponse?: (
				status: number,
				body: string,
				context: unknown,
				headers: Record<string, string>
			) => void;
		}[];
	}
	function autocannon(options: Options): Promise<Result>;
	export default autocannon;
}
