/**
 * Generic fallback distractors, used only when a story does not offer enough
 * of its own. They are general knowledge, not any story's cast, and every one
 * is still checked against the story's facts and bodies before it is shown.
 */

/** Heads of state and government, and officials of international bodies. */
export const BUNDLED_PEOPLE: readonly string[] = [
  "Angela Merkel", "Justin Trudeau", "Narendra Modi", "Xi Jinping", "Olaf Scholz", "António Guterres",
  "Jens Stoltenberg", "Ursula von der Leyen", "Giorgia Meloni", "Pedro Sánchez", "Cyril Ramaphosa",
  "Anthony Albanese", "Jacinda Ardern", "Fumio Kishida", "Shinzo Abe", "Theresa May", "Jacques Chirac",
  "Nelson Mandela", "Kofi Annan", "Lula da Silva", "Mette Frederiksen", "Sanna Marin", "Kamala Harris",
  "Hillary Clinton", "Antony Blinken", "Annalena Baerbock", "Josep Borrell", "Christine Lagarde",
];

/** International and national bodies that issue statements. */
export const BUNDLED_ORGANISATIONS: readonly string[] = [
  "United Nations", "European Commission", "World Health Organization", "International Monetary Fund",
  "World Bank", "Red Cross", "African Union", "Amnesty International", "World Trade Organization",
  "International Atomic Energy Agency", "Council of Europe", "OECD", "UNICEF", "Greenpeace",
];

/** Sovereign countries. */
export const BUNDLED_COUNTRIES: readonly string[] = [
  "Germany", "Italy", "Spain", "Poland", "Turkey", "China", "India", "Japan", "Brazil", "Canada",
  "Mexico", "Egypt", "Kenya", "Nigeria", "Australia", "Argentina", "Sweden", "Norway", "Finland",
  "Greece", "Portugal", "Austria", "Switzerland", "Indonesia", "Vietnam", "South Africa", "Chile",
];

/** Capital and other large cities. */
export const BUNDLED_CITIES: readonly string[] = [
  "Berlin", "Rome", "Madrid", "Warsaw", "Ankara", "Beijing", "Delhi", "Tokyo", "Ottawa", "Cairo",
  "Nairobi", "Sydney", "Buenos Aires", "Stockholm", "Oslo", "Helsinki", "Athens", "Lisbon", "Vienna",
  "Geneva", "Jakarta", "Hanoi", "Istanbul", "Brussels", "Prague", "Budapest", "Dublin", "Seoul",
];

/** Continents, for the rare question that asks for one. */
export const BUNDLED_CONTINENTS: readonly string[] = ["Africa", "Asia", "Europe", "North America", "South America", "Oceania"];
