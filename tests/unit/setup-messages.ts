// Unit tests read messages as the server does: every language, the request's (here the base, English).
import * as allMessages from '../../src/lib/paraglide/messages/_index.js';
import { useCatalog } from '../../src/lib/messages/catalog';

useCatalog(() => allMessages);
