import type { RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { jsonData, jsonError } from '$lib/server/http';
import { synergyAnswer } from '$lib/data/synergies';

/** GET /api/synergies/{cityId}: the Pilot Cities to learn from and, for a Pilot City, the Mission
 * Cities on its themes, as data (ids, scores, reasons); 404 JSON for an unknown city. */
export const GET: RequestHandler = ({ params }) => {
	const d = dataset();
	const answer = synergyAnswer(d.data, d.relations, params.id);
	if (!answer) return jsonError(404, `no city with id ${JSON.stringify(params.id)}`);
	return jsonData(answer);
};
