// Worker: builds the marker clusters off the main thread (cluster-index.ts) and answers view queries,
// so rebuilding 20,000 points while someone types never delays a key press or a frame.
import { createClusterIndex, type ClusterIndex, type ClusterRequest } from './cluster-index';

let index: ClusterIndex | null = null;
let gen = -1;

self.onmessage = (e: MessageEvent<ClusterRequest>) => {
	const msg = e.data;
	if (msg.type === 'load') {
		index = createClusterIndex(msg.input, msg.styles);
		gen = msg.gen;
	} else if (index && msg.gen === gen) {
		self.postMessage({ gen, seq: msg.seq, items: index.view(msg.bbox, msg.zoom) });
	}
};
