// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			errorId?: string;
			suggestions?: { name: string; url: string; kind: string }[];
		}
	}
}

export {};
