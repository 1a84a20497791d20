import type { RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { jsonData, jsonError } from '$lib/server/http';
import { recordWithRelations } from '$lib/server/record-json';
import { kindOfCollection } from '$lib/model/kinds';

/** GET /api/{kind}/{id}: one record with its relations; 404 JSON when unknown. */
export const GET: RequestHandler = ({ params }) => {
	const record = recordWithRelations(dataset(), params.collection, params.id);
	if (!record)
		return jsonError(
			404,
			`no ${kindOfCollection(params.collection)} with id ${JSON.stringify(params.id)}`
		);
	return jsonData(record);
};
