#!/usr/bin/env node
// Generates lib/extract/gazetteer-data.ts: a compact list of place names for
// the browser-safe place extractor. The big source packages (countries-list,
// city-timezones; both MIT, dev dependencies) stay out of the bundle; only
// the names we need ship, one place per line as "Canonical|alias|alias".
//
//   node scripts/build-gazetteer.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { countries, continents } = require("countries-list");
const cities = JSON.parse(readFileSync(require.resolve("city-timezones/data/cityMap.json"), "utf8"));

// Cities this size and up: enough for news (Yalta, Kursk) while keeping the
// module small; capitals are kept whatever their size.
const MIN_POPULATION = 50_000;

// Place names that are far more often an English word or a first name: a
// match on them would be wrong more often than right.
const NOT_PLACES = new Set(
  `Of Most Police Mobile Reading Nice Split Bath Mercedes Concordia Independence Victoria Troy Orange Gary Jackson
  Lincoln Hamilton Austin Florence Charlotte Laval Santa Clara Union March Sale Buy Goes Hove Brest Angers Deal
  Kennedy Temple Irving Carmel Lawrence Marion Eugene Albany Aurora Camden Durham Warren Columbia Paris Trump
  Sherman Clinton Franklin Madison Jefferson Washington Harrison Monroe Wayne Bloomington Gulf Ocean Center Central
  Eastern Western Northern Southern North South East West Capital District Federal Special Mecca Rome Georgia Jersey
  Chad Jordan Guinea Turkey Niger Chester Taylor Page Banner Marshall Young Lagos Hope Liberty Providence Faith Grace
  Joy Palm Bay Beach Valley Mountain River Lake Hill Springs Falls Point Harbor Port Haven Garden Grove Plains Rock
  Cambridge Oxford Venice Zug Bar Mary Anna Regina Norman Douglas Vernon Dallas Tyler Abilene Kansas Sumy Man Baja
  Wa Hull Poole York Cork Derry Armenia Gaza Leon Pau Lens Mons Ede Nancy Valence Colombo Salem Bergen Mandal`.split(/\s+/),
);
// Kept although listed above: the name is mostly the place in news text.
const KEEP = new Set(["Paris", "Rome", "Mecca", "Georgia", "Jersey", "Chad", "Jordan", "Guinea", "Turkey", "Niger",
  "Lagos", "Cambridge", "Oxford", "Venice", "Armenia", "Gaza", "Kansas", "Sumy", "York", "Cork", "Colombo", "Dallas", "Washington"]);
const usable = (name) => (name.length >= 3 || /^[A-Z]{2}$/.test(name)) && /^[\p{Lu}][\p{L}'’. -]*$/u.test(name) && (!NOT_PLACES.has(name) || KEEP.has(name));

// Transliterations and short forms news uses that the sources lack.
const ALIASES = {
  "United States": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
  "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
  "Türkiye": ["Turkey"], Czechia: ["Czech Republic"], "Ivory Coast": ["Côte d'Ivoire"], Myanmar: ["Burma"],
  "Democratic Republic of the Congo": ["DRC", "DR Congo"], "United Arab Emirates": ["UAE", "U.A.E."],
  Netherlands: ["Holland"], Palestine: ["Palestinian territories"], Eswatini: ["Swaziland"], "North Macedonia": ["Macedonia"],
  Kyiv: ["Kiev"], Odesa: ["Odessa"], Kharkiv: ["Kharkov"], Zaporizhzhia: ["Zaporizhzhya", "Zaporozhye"], Lviv: ["L'viv", "Lvov"],
  Donetsk: ["Donets'k"], Luhansk: ["Luhans'k", "Lugansk"], Dnipro: ["Dnipropetrovsk", "Dnipropetrovs'k"],
  Washington: ["Washington, D.C.", "Washington D.C.", "Washington DC"], Beijing: ["Peking"], Mumbai: ["Bombay"],
  "New York": ["New York City", "NYC"], "Tel Aviv-Yafo": ["Tel Aviv", "Tel Aviv-Jaffa"], "Al Hudaydah": ["Hodeidah", "Hudaydah"], "Ho Chi Minh City": ["Saigon"], Kolkata: ["Calcutta"], Chennai: ["Madras"],
};
// Hand-kept general lists: "|" separates places, "=" gives an alias.
const REGIONS = `Crimea|Donbas=Donbass|Kherson|Donetsk|Luhansk|Kursk|Belgorod|Bryansk|Kashmir|Tibet|Xinjiang|Darfur|Kurdistan
  Catalonia|Scotland|Wales|England|Northern Ireland|Flanders|Bavaria|Siberia|Chechnya|Sinai|Gaza=Gaza Strip|West Bank
  Golan Heights|Transnistria|Abkhazia|Nagorno-Karabakh|Balkans|Caucasus|Caribbean|Scandinavia|Middle East=Mideast|Sahel
  Horn of Africa|Persian Gulf|Latin America|Southeast Asia=South East Asia|Central Asia|East Asia|South Asia|Indo-Pacific|Arctic
  Antarctic|Patagonia|Silicon Valley|Midwest|New England|South East=South East England|Western Europe|Eastern Europe|Northern Europe|Southern Europe
  Home Counties|East Anglia|West Country|Midlands|West Midlands|East Midlands|Greater Manchester|Merseyside|Cotswolds
  Lake District|Surrey|Kent|Essex|Sussex|East Sussex|West Sussex|Hampshire|Berkshire|Hertfordshire|Buckinghamshire
  Oxfordshire|Cambridgeshire|Suffolk|Devon|Cornwall|Dorset|Somerset|Wiltshire|Gloucestershire|Lancashire|Yorkshire
  Cumbria|Northumberland|Lincolnshire|Nottinghamshire|Derbyshire|Leicestershire|Staffordshire|Shropshire|Cheshire
  Warwickshire|Northamptonshire|Cape of Good Hope|Americas|Alps|Swiss Alps|Andes|Himalayas=Himalaya|Rocky Mountains=Rockies|Pyrenees|Urals=Ural Mountains
  Carpathians=Carpathian Mountains|Appalachians=Appalachian Mountains|Atlas Mountains|Hindu Kush|Karakoram|Dolomites|Apennines
  Everest=Mount Everest|Kilimanjaro=Mount Kilimanjaro|Aconcagua|Mont Blanc|Matterhorn|Denali|Elbrus=Mount Elbrus|K2|Mount Fuji
  Barking and Dagenham|Barnet|Bexley|Brent|Bromley|Croydon|Ealing|Enfield|Greenwich|Hackney|Hammersmith and Fulham|Haringey|Havering
  Hillingdon|Hounslow|Islington|Kensington and Chelsea|Kingston upon Thames|Lambeth|Lewisham|Merton|Newham|Redbridge
  Richmond upon Thames|Southwark|Tower Hamlets|Waltham Forest|Wandsworth`;
// News places the city source lacks or lists below the population cut.
const CITIES = `Westminster|Rafah|Khan Younis=Khan Yunis|Bakhmut|Avdiivka|Benghazi`;
// Landmarks news names alone, without a head noun the site pattern could read.
const SITES = `Capitol=U.S. Capitol=Capitol Hill`;
const WATERS = `Black Sea|Baltic Sea|Mediterranean=Mediterranean Sea|Red Sea|Caspian Sea|North Sea|Sea of Azov|South China Sea
  East China Sea|Arabian Sea|Dead Sea|Adriatic=Adriatic Sea|Aegean=Aegean Sea|Atlantic=Atlantic Ocean|Pacific=Pacific Ocean
  Indian Ocean|Arctic Ocean|Southern Ocean|Gulf of Mexico|Gulf of Aden|Strait of Hormuz|Bosphorus|English Channel|Suez Canal
  Panama Canal|Taiwan Strait|Dnieper=Dnipro River|Danube|Nile|Amazon River|Rhine|Thames|Yangtze|Mississippi River|Rio Grande
  Lake Geneva|Great Lakes|Bay of Bengal|Kerch Strait|Bab el-Mandeb=Bab el-Mandeb Strait=Bab al-Mandab|Strait of Gibraltar
  Strait of Malacca|Gulf of Oman|Gulf of Guinea|Gulf of Thailand`;
const entries = (block) => block.split(/[|\n]/).map((s) => s.trim()).filter(Boolean).map((e) => e.split("="));

const lines = { country: new Map(), city: new Map(), region: new Map(), water: new Map(), continent: new Map(), site: new Map() };
// The domain of each place, for quiz distractors of the same domain: a
// city's or region's country (ISO 3166 alpha-2), a country's continent code.
// "--" where the sources do not say.
const domains = { country: new Map(), city: new Map(), region: new Map() };
const taken = new Set();
const CANONICAL = new Map(Object.entries(ALIASES).flatMap(([name, all]) => all.map((alias) => [alias, name])));
const countryOfCity = new Map(cities.map((c) => [c.city, c.iso2]));
function add(kind, sourceName, aliases = [], domain = "--") {
  const name = CANONICAL.get(sourceName) ?? sourceName;
  const names = [name, ...(ALIASES[name] ?? []), ...aliases].filter((n, i, all) => usable(n) && all.indexOf(n) === i);
  const fresh = names.filter((n) => !taken.has(n.toLowerCase()));
  if (!fresh.length || !names.includes(name)) return;
  fresh.forEach((n) => taken.add(n.toLowerCase()));
  lines[kind].set(name, fresh);
  domains[kind]?.set(name, /^[A-Z]{2}$/.test(domain ?? "") ? domain : "--");
}

for (const [code, c] of Object.entries(countries)) add("country", c.name, (c.alias ?? []).filter((a) => a.length > 3 || /^[A-Z.]+$/.test(a)), c.continent);
const countryCodes = new Map(Object.entries(countries).map(([code, c]) => [CANONICAL.get(c.name) ?? c.name, code]));
for (const name of Object.values(continents)) add("continent", name);
add("continent", "Africa"); add("continent", "Asia");
for (const [name, ...aliases] of entries(WATERS)) add("water", name, aliases);
for (const [name, ...aliases] of entries(REGIONS)) add("region", name, aliases);
for (const [name, ...aliases] of entries(SITES)) add("site", name, aliases);
const capitals = new Set(Object.values(countries).map((c) => c.capital.replace(/ D\.C\.$/, "")));
add("city", "Washington", [], "US");
for (const [name, ...aliases] of entries(CITIES)) add("city", name, aliases, countryOfCity.get(name));
for (const c of cities.filter((c) => c.pop >= MIN_POPULATION || capitals.has(c.city)).sort((a, b) => b.pop - a.pop)) {
  add("city", c.city, c.city_ascii !== c.city ? [c.city_ascii] : [], c.iso2);
}
const provinceCountry = new Map(cities.map((c) => [c.province, c.iso2]));
const usStates = new Set(cities.filter((c) => c.iso2 === "US" || c.iso2 === "CA" || c.iso2 === "AU" || c.iso2 === "IN").map((c) => c.province));
for (const state of [...usStates].sort()) add("region", state, [], provinceCountry.get(state));
// The first-level divisions of every other country ("Santa Fe", "Valais",
// "Mato Grosso do Sul", "Guangdong"), less the generic words and English
// words some of them are named with ("Central", "Delta", "Batman").
const NOT_REGIONS = new Set(
  `Central Centre Centro Coast Coastal Delta Plateau Plateaux Rivers Lakes Upper Lower Highland Highlands Islands Island Capital
  Border Borders Interior Northwest Southwest Northeast Southeast Maritime Littoral Sud Nord Est Ouest Savanes Orange Victoria
  Grand Atlantique Bay Chin Bong Bet Balkan Colonia Clare Bender Batman Berea Bari Moron Donga Distrito Federal Kara North West
  Western Eastern Northern Southern Upper East Upper West Lakes Equateur Oriental Occidental Paris Mid Mayo Down Antrim Armagh
  Tyrone Fermanagh Kent Essex Durham Lincoln Bedford Norfolk`.split(/\s+/),
);
const provinces = new Set(cities.filter((c) => !usStates.has(c.province) && c.province && !NOT_REGIONS.has(c.province)).map((c) => c.province));
// A city of the same name wins, however it is accented ("São Paulo" the state, "Sao Paulo" the city).
const plain = (name) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const takenPlain = new Set([...taken].map(plain));
for (const province of [...provinces].sort()) if (province.length >= 4 && !takenPlain.has(plain(province))) add("region", province, [], provinceCountry.get(province));

const body = Object.entries(lines)
  .map(([kind, map]) => `/** ${kind} names, one place a line: canonical name first, then aliases. */\nexport const ${kind.toUpperCase()}_NAMES = ${JSON.stringify([...map.values()].map((n) => n.join("|")).join("\n"))};\n`)
  .join("\n");
const domainBody = Object.entries(domains)
  .map(([kind, map]) => `/** For each line of ${kind.toUpperCase()}_NAMES in order, two letters: ${kind === "country" ? "its continent code" : "its country's ISO code"}, "--" when unknown. */\nexport const ${kind.toUpperCase()}_DOMAINS = ${JSON.stringify([...lines[kind].keys()].map((name) => map.get(name) ?? "--").join(""))};\n`)
  .join("\n");
const codeBody = `/** For each line of COUNTRY_NAMES in order, its ISO 3166 alpha-2 code ("--" when unknown): the domain of its cities and regions. */\nexport const COUNTRY_CODES = ${JSON.stringify([...lines.country.keys()].map((name) => countryCodes.get(name) ?? "--").join(""))};\n`;
writeFileSync(
  new URL("../lib/extract/gazetteer-data.ts", import.meta.url),
  `// Generated by scripts/build-gazetteer.mjs from countries-list and city-timezones (MIT); do not edit by hand.\n\n${body}\n${domainBody}\n${codeBody}`,
);
console.log(Object.entries(lines).map(([k, m]) => `${k}=${m.size}`).join(" "));
