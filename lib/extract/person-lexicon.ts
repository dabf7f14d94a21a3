/**
 * Generic word lists for telling people from other capitalised words: titles
 * and roles, honorifics, common given names, and the words that mark a
 * capitalised phrase as a place, an organisation or a calendar word. They
 * are general English newsroom vocabulary, not names from any one story.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Nouns that head a role ("UK Foreign Secretary", "Kremlin spokesperson"). */
export const ROLE_HEADS = set(`
  president vice-president secretary minister spokesperson spokesman spokeswoman envoy chancellor
  premier ambassador governor senator congressman congresswoman mayor chief director commissioner
  chairman chairwoman chair ceo cfo leader king queen prince princess pope general admiral commander
  adviser advisor aide counterpart negotiator diplomat judge justice attorney prosecutor coach manager
  founder head speaker lawmaker legislator mp official representative rep chairperson emir sultan
  sheikh monarch dictator commissioner superintendent sheriff captain colonel lieutenant sergeant
  marshal deputy editor correspondent analyst economist professor researcher scientist spokesperson
  executive boss owner partner strategist pollster campaigner activist candidate nominee governor-general
  guard striker goalkeeper midfielder defender quarterback pitcher winger co-captain teammate player
  secretary-general director-general undersecretary treasurer chancellor-elect president-elect
  councillor councilor alderman alderwoman officer
  ministers officials spokespeople leaders presidents diplomats envoys aides advisers negotiators
`);

/** Words that qualify a role without being a place or a name ("deputy", "foreign"). */
export const ROLE_MODIFIERS = set(`
  deputy foreign press special vice former acting senior chief interior defence defense finance health
  prime state home trade economy energy education environment culture national security top first lead
  assistant executive managing principal junior shadow interim outgoing incoming newly-elected
  permanent associate general military foreign-affairs communications policy political regional
  central bank police opposition party union army fire city county federal local government company
  club team campaign financial operating technology medical marketing legal
`);

/** Lower-case nouns that complete a role after "of"/"for" ("chief of staff", "secretary of state"). */
export const ROLE_COMPLEMENTS = set(`
  staff state defence defense justice health finance affairs commerce the treasury energy homeland
  security education transportation labor labour agriculture interior
`);

/** Honorifics and courtesy titles, with the gender they imply where they imply one. */
export const HONORIFICS = new Map<string, "male" | "female" | null>([
  ...["mr", "mr.", "sir", "lord", "king", "prince", "father", "brother", "monsieur", "herr", "señor", "senor"].map((w) => [w, "male"] as const),
  ...["mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "sister", "madame", "mme", "frau", "señora", "senora"].map((w) => [w, "female"] as const),
  ...["dr", "dr.", "prof", "prof.", "rev", "rev.", "gen", "gen.", "col", "col.", "capt", "capt.", "sgt", "sgt.", "lt", "lt.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "hon", "hon.", "pres", "pres.", "adm", "adm.", "cr", "cr.", "cllr", "cllr.", "clr", "clr.", "coun", "coun."].map((w) => [w, null] as const),
]);

/** Common given names across many languages: a name starting with one is a person. */
export const GIVEN_NAMES = set(`
  aaron abdul abdullah abe abraham adam adrian ahmad ahmed aisha alan albert alberto alejandro alex
  alexander alexandra alexei alexey ali alice alicia alison amanda amy ana andrea andreas andrei andrew
  andrzej andy angela angelina anna anne annie anthony antonio arthur ashley barack barbara ben benjamin
  bernard bernie beth betty bill billy bob bonnie boris brad brandon brian bruce carl carlos carol
  caroline catherine charles charlie chris christian christina christine christopher claire claudia
  colin craig dan daniel danielle daria david dean deborah denis dennis diana diane dmitri dmitry
  dominic donald donna doug douglas ed eddie edward elena elizabeth ellen emily emma emmanuel eric erik
  ethan eva evan fatima felix fernando francesca francis francisco frank franklin fred frederick gabriel
  gary george georg gerald gina giorgia giovanni giuseppe gloria gordon grace greg gregory hakan hamid hans
  harold harry hassan heather helen henry hillary howard hugh hunter ian igor ilya isabel isabella ivan
  jack jacob jacques jake james jamie jan jane janet jared jason javier jean jeff jeffrey jennifer
  jeremy jerome jerry jessica jim jimmy joan joe joel johann john johnny jon jonathan jorge jose josef
  joseph josh joshua juan judith julia julian julie justin kamala karen karl kate katherine kathleen
  kathy keir keith kelly ken kenneth kevin kim kirill kristi larry laura lauren lee leo leon leonid
  linda lisa liz louis louise luca lucas lucy luis luke lynn magdalena mahmoud manuel marc marco
  marcus margaret maria marie marina mario mark martin mary matt matthew maxim melania michael michel
  michelle miguel mike mikhail mohamed mohammad mohammed muhammad nancy natalia natalie nathan neil
  nicholas nick nicola nicolas nigel nikita nikolai nina norman oleg olena olga oliver omar oscar
  otto pablo pam pamela patricia patrick paul paula pedro peter petro philip pierre piotr rachel rafael
  ralph ramon raymond rebecca richard rick rishi rob robert roberto roger ron ronald rosa ruth ryan
  sam samantha samuel sandra sara sarah scott sean sergei sergey sharon shinzo simon sophie stanley
  stephanie stephen steve steven susan tanya teresa theresa thomas tim timothy tina todd tom tony
  tulsi ursula valentina valery vanessa vera victor victoria viktor vincent vladimir volodymyr walter
  wang wei william willie winston xavier yaroslav yuri yulia zoe
`);

/** Capitalised words that never start or end a name: function words and sentence openers. */
export const NON_NAME_WORDS = set(`
  the a an in on at after before during as while despite although though but and or if when where why
  how what who whom whose which this that these those it he she they we i you his her their our my its
  there here asked ahead following with without from to for by of last next recent reports according
  however meanwhile also yet so then now today yesterday tomorrow tonight earlier later some many most
  all every each no not one two three several both other another such once since until unless because
  amid among under over into onto about above below between against through across toward towards
  upon within instead still even only just indeed instead perhaps maybe mr mrs ms dr sir
  read watch related source images photo video live breaking latest catch download subscribe click
  sign follow share more news update updates advertisement editor note copyright
`);

/** Weekday and month names and their abbreviations. */
export const CALENDAR_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec christmas easter
`);

/** Words that end an organisation's name ("White House", "Foreign Ministry"). */
export const ORGANISATION_HEADS = set(`
  house ministry office department council party commission committee agency government administration
  court parliament senate congress assembly army navy police bank university college school hospital
  center centre institute foundation union group company corporation inc corp ltd llc plc news times
  post journal media network service services forces guard fund organisation organization association
  federation league club team campaign app bureau board authority cabinet embassy mission secretariat
  tribunal press radio television tv channel magazine daily weekly herald tribune
  gazette review telegraph guardian observer express mirror standard chronicle updates events market
  markets rovers rangers wanderers athletic albion
`);

/** Words that start a place name ("Saudi Arabia", "Middle East", "New Zealand"); alone at a name's end they may be a surname ("Costa"). */
export const PLACE_PREFIXES = set(`
  north south east west new united saudi sri costa el san santa los las hong great northern southern
  eastern western central middle upper lower
`);

/** Words that end a place name ("South Africa", "Central Park"); some are also surnames ("Park", "Hall"). */
export const PLACE_WORDS = set(`
  arabia africa america korea zealand states kingdom republic emirates islands island city county valley
  street road avenue square bay sea ocean river lake mountains gulf strait coast province region district
  airport station park bridge peninsula desert canal plaza palace hall tower building stadium arena europe
  asia oblast krai east
`);

/** Personal pronouns that can stand for a speaker, with the gender they carry. */
export const SUBJECT_PRONOUNS = new Map<string, "male" | "female" | "plural" | "thing">([
  ["he", "male"],
  ["she", "female"],
  ["they", "plural"],
  ["it", "thing"],
]);

/** Plural nouns for anonymous groups of speakers ("officials said"). */
export const GROUP_NOUNS = set(`
  officials experts analysts critics sources residents witnesses diplomats leaders ministers lawmakers
  legislators spokespeople authorities investigators prosecutors protesters demonstrators activists
  observers economists scientists researchers doctors police organisers organizers campaigners
`);

/** Name particles that may sit inside a name ("Ursula von der Leyen", "Charles de Gaulle"). */
export const NAME_PARTICLES = set("de del della der di da dos du la le van von bin ibn al el ter ten");
