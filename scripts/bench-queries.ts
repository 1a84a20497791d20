// Query sets for `npm run bench`: what people type, keystroke by keystroke, and a labelled set
// (query -> the record a person means) that guards search quality while speed is tuned.

/** Final strings; each is typed one keystroke at a time ("m", "mu", "mun", ...). */
export const TYPED = [
	'munich', 'münchen', 'barcelona', 'thessaloniki', 'kraków', 'krakow', 'the hague', 'den haag',
	'copenhagen', 'københavn', 'lisbon', 'malmö', 'malmo', 'gothenburg', 'göteborg', 'vienna',
	'łódź', 'lodz', 'netzerocities', 'climaborough', 'up2030', 'technical university', 'university of porto',
	'city of munich', 'fraunhofer', 'eit climate-kic', 'energy agency', 'stadtwerke münchen', 'kyiv',
	'cluj-napoca', 'reykjavík', 'istanbul', 'zaragoza', 'valencia', 'helsinki', 'eindhoven', 'pilot lund',
	'sonderborg', 'aarhus university', 'mission label'
];

/** Whole queries as pasted or finished: exonyms, misspellings, no accents, acronyms, multi-word, junk. */
export const WHOLE = [
	// exonyms and other-language names
	'Munchen', 'Muenchen', 'Monaco di Baviera', 'Cracow', 'Krakau', 'Warschau', 'Varsovie', 'Lissabon',
	'Kopenhagen', 'Den Haag', "'s-Gravenhage", 'La Haye', 'Firenze', 'Florenz', 'Mailand', 'Torino', 'Roma',
	'Αθήνα', 'Athina', 'Салоника', 'Θεσσαλονίκη', 'Salonica', 'София', 'Breslau', 'Pressburg', 'Laibach',
	'Agram', 'Åbo', 'Helsingfors', 'Tammerfors', 'Esbo', 'Reichenberg', 'Fünfkirchen', 'Smyrna',
	'Constantinople', 'Antwerpen', 'Anvers', 'Bruxelles', 'Brüssel', 'Sevilla', 'Saragossa', 'Oporto',
	'Lisboa', 'Kolozsvár', 'Klausenburg', 'Göteborg', 'Dunkirk', 'Aix-la-Chapelle', 'Padua',
	// no accents / transliterations
	'Malmo', 'Umea', 'Gavle', 'Lodz', 'Wroclaw', 'Gdansk', 'Rzeszow', 'Plzen', 'Pisek', 'Pecs',
	'Kosice', 'Trencin', 'Jurmala', 'Liepaja', 'Birstonas', 'Taurage', 'Guimaraes', 'Constanta',
	'Krusevac', 'Alesund', 'Sonderborg', 'Reykjavik', 'Munster', 'La Louviere', 'Bucuresti',
	// misspellings
	'Barcellona', 'Barselona', 'Thesaloniki', 'Copenhagn', 'Amsterdm', 'Rotterdan', 'Lisbn', 'Stokholm',
	'Helsnki', 'Budapesht', 'Ljubliana', 'Bratslava', 'Zargoza', 'Valensia', 'Manheim', 'Heidelburg',
	'Dresdn', 'Leipzg', 'Frankfurt am Mein', 'Gotenburg', 'Uppsla', 'Tartuu', 'Vilnious', 'Eindhovn',
	'Fraunhoffer', 'Climaborogh', 'Netzerocitys',
	// acronyms and projects
	'NZC', 'TUM', 'NTNU', 'VTT', 'SWM', 'BSC', 'CEMR', 'ENoLL', 'KPI', 'UP2030', 'ASCEND', 'CrAFt',
	'SUN4Ukraine', 'TIPS4PED', 'GKEC', 'LC3', 'FLEX4U', 'WAKE UP', 'CoLAB', 'SCALE UP',
	// multi-word
	'university of applied sciences', 'city council', 'energy agency porto', 'technical university munich',
	'climate neutral cities', 'positive energy districts', 'city of helsinki', 'municipality of athens',
	'politecnico di milano', 'university college cork', 'bucharest sector 2', 'brussels capital region',
	'frankfurt am main', 'vitoria gasteiz', 'eindhoven helmond', 'nova gorica', 'alba iulia',
	// junk and hostile-looking text
	'xqzv', 'qwertyuiop', 'zzzzzz', 'asdf jkl', '12345', '!!!', '^munich$', "'munich", '=munich',
	'mun|ber', 'a', 'e', 'the', 'of', '   ', 'ü', '🙂', 'SELECT * FROM cities'
];

/** Facet filters a query is also run with (as the explorer does when filters are set). */
export const FILTER_SETS: { label: string; country?: string[]; kind?: string[]; theme?: string[] }[] = [
	{ label: 'no filter' },
	{ label: 'country=DE', country: ['DE'] },
	{ label: 'kind=partner', kind: ['partner'] },
	{ label: 'kind=mission-city', kind: ['mission-city'] },
	{ label: 'theme=mobility', theme: ['mobility'] },
	{ label: 'country=ES,IT&kind=partner', country: ['ES', 'IT'], kind: ['partner'] }
];

/** Every prefix of a string, as typed (the explorer searches on each keystroke). */
export function keystrokes(text: string): string[] {
	const chars = [...text];
	return chars.map((_, i) => chars.slice(0, i + 1).join('')).filter((s) => s.trim());
}

/** Query -> the record key a person typing it means (top-1 is what counts). */
export const LABELLED: [string, string][] = [
	['munich', 'city:munich'], ['München', 'city:munich'], ['Munchen', 'city:munich'], ['Muenchen', 'city:munich'],
	['Monaco di Baviera', 'city:munich'], ['Cracow', 'city:krakow'], ['Krakau', 'city:krakow'], ['krakow', 'city:krakow'],
	['Warschau', 'city:warsaw'], ['Varsovie', 'city:warsaw'], ['Warszawa', 'city:warsaw'], ['Lissabon', 'city:lisbon'],
	['Lisboa', 'city:lisbon'], ['Kopenhagen', 'city:copenhagen'], ['København', 'city:copenhagen'], ['Den Haag', 'city:the-hague'],
	["'s-Gravenhage", 'city:the-hague'], ['La Haye', 'city:the-hague'], ['Firenze', 'city:florence'], ['Mailand', 'city:milan'],
	['Torino', 'city:turin'], ['Roma', 'city:rome'], ['Αθήνα', 'city:athens'], ['Athina', 'city:athens'],
	['Θεσσαλονίκη', 'city:thessaloniki'], ['Salonica', 'city:thessaloniki'], ['София', 'city:sofia'], ['Breslau', 'city:wroclaw'],
	['Pressburg', 'city:bratislava'], ['Laibach', 'city:ljubljana'], ['Agram', 'city:zagreb'], ['Åbo', 'city:turku'],
	['Helsingfors', 'city:helsinki'], ['Tammerfors', 'city:tampere'], ['Smyrna', 'city:izmir'], ['Constantinople', 'city:istanbul'],
	['Antwerpen', 'city:antwerp'], ['Bruxelles', 'city:brussels-capital-region'], ['Sevilla', 'city:seville'],
	['Saragossa', 'city:zaragoza'], ['Oporto', 'city:porto'], ['Klausenburg', 'city:cluj-napoca'], ['Göteborg', 'city:gothenburg'],
	['Dunkirk', 'city:dunkerque'], ['Aix-la-Chapelle', 'city:aachen'], ['Padua', 'city:padova'],
	['Malmo', 'city:malmo'], ['Umea', 'city:umea'], ['Gavle', 'city:gavle'], ['Lodz', 'city:lodz'], ['Wroclaw', 'city:wroclaw'],
	['Gdansk', 'city:gdansk'], ['Rzeszow', 'city:rzeszow'], ['Plzen', 'city:plzen'], ['Pecs', 'city:pecs'], ['Kosice', 'city:kosice'],
	['Trencin', 'city:trencin'], ['Jurmala', 'city:jurmala'], ['Liepaja', 'city:liepaja'], ['Guimaraes', 'city:guimaraes'],
	['Constanta', 'city:constanta'], ['Alesund', 'city:alesund'], ['Sonderborg', 'city:sonderborg'], ['Reykjavik', 'city:reykjavik'],
	['Munster', 'city:munster'], ['La Louviere', 'city:la-louviere'],
	['Barcellona', 'city:barcelona'], ['Barselona', 'city:barcelona'], ['Thesaloniki', 'city:thessaloniki'],
	['Copenhagn', 'city:copenhagen'], ['Amsterdm', 'city:amsterdam'], ['Rotterdan', 'city:rotterdam'], ['Stokholm', 'city:stockholm'],
	['Helsnki', 'city:helsinki'], ['Ljubliana', 'city:ljubljana'], ['Bratslava', 'city:bratislava'], ['Zargoza', 'city:zaragoza'],
	['Manheim', 'city:mannheim'], ['Heidelburg', 'city:heidelberg'], ['Leipzg', 'city:leipzig'], ['Gotenburg', 'city:gothenburg'],
	['Uppsla', 'city:uppsala'], ['Eindhovn', 'city:eindhoven-helmond'],
	['NetZeroCities', 'project:netzerocities'], ['climaborough', 'project:climaborough'], ['UP2030', 'project:up2030'],
	['SUN4Ukraine', 'project:sun4ukraine'], ['TIPS4PED', 'project:tips4ped'], ['Fraunhofer-Gesellschaft', 'partner:fraunhofer-gesellschaft'],
	['EIT Climate-KIC', 'partner:eit-climate-kic'], ['Stadtwerke München', 'partner:stadtwerke-munchen-swm'],
	['politecnico di milano', 'partner:politecnico-di-milano'], ['university college cork', 'partner:university-college-cork'],
	['Bucharest Sector 2', 'city:bucharest-2nd-district'], ['frankfurt am main', 'city:frankfurt-am-main'],
	['vitoria gasteiz', 'city:vitoria-gasteiz'], ['nova gorica', 'city:nova-gorica'], ['alba iulia', 'city:alba-iulia'],
	['CoLAB', 'pilot:c1-colab'], ['FLEX4U', 'pilot:c2-copenhagen-flex4u']
];
