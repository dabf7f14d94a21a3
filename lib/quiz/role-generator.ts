import type { PersonFact } from "../extract/fact-schema.ts";
import { foldText } from "../story/text-fold.ts";
import type { StoryPerson } from "../story/story-schema.ts";
import { evidenceFor } from "./evidence.ts";
import { MIN_KEY_CONFIDENCE } from "./key-confidence.ts";
import { capitalize } from "./passage.ts";
import { questionId } from "./question-id.ts";
import type { Evidence, Question } from "./question-schema.ts";
import type { QuizContext } from "./quiz-context.ts";

/** Roles that say how someone relates to another person, not what position they hold. */
const RELATIONAL = /\b(?:counterpart|colleague|friend|wife|husband|son|daughter|mother|father|spouse|partner|brother|sister|widow|fianc[ée]e?|boyfriend|girlfriend|aide to|ally)\b/i;
/** Roles that say whether their holder is a man or a woman. */
const GENDERED = /\b(?:spokes|chair|business|congress|council|police|fire|fisher|anchor|ombuds|alder|assembly|news|states|sales|committee|camera|fresh|fore|middle)(?:wo)?m[ae]n\b|\b(?:actress|waitress|hostess|king|queen|prince|princess|duke|duchess|lady|dame)\b/i;
/** What may follow a whole role: punctuation, the name, or the verb ("Chief executive Laura Benedetti", "the analyst, said"). */
const ROLE_END = /^(?:$|[\s]*[,;:.)—–-]|\s+(?:\p{Lu}|said\b|says\b|told\b|and\b|who\b|at\b|for\b|of\s+\p{Lu}))/u;
/** A role cut from its sentence: it starts with a pronoun or carries an honorific ("his deputy", "Dr. director"). */
const FRAGMENT = /^(?:his|her|their|its|our|my|your|this|that)\b|\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s/i;
/** Words a title never ends with: a role cut mid-phrase. */
const DANGLING = /\b(?:of|for|at|the|and|to|in|on|a|an)$/i;

/** A person with the role the question asks about and the sentence that states it. */
interface RoleHolder {
  person: StoryPerson;
  role: string;
  evidence: Evidence;
}

/**
 * "Who is Karoline Leavitt?" with the roles of other people in the story as
 * wrong choices. Only a role the article states next to the person's name
 * (the evidence sentence holds both), never a relation ("counterpart"), and
 * never a choice that another role of the same person could make right.
 */
export function roleQuestions(context: QuizContext): Question[] {
  const holders = context.story.people.map((p) => roleHolder(context, p)).filter((h): h is RoleHolder => h !== null);
  const out: Question[] = [];
  for (const holder of holders) {
    const own = holder.person.roles.map((r) => foldText(r.role));
    // "Who is X? – Director" when another person is a director too: the key names no one in particular.
    if (holders.some((h) => h !== holder && h.person.roles.some((r) => overlaps([foldText(holder.role)], foldText(r.role))))) continue;
    const id = questionId("role", [holder.person.id]);
    // A gendered role ("spokeswoman") beside a man's name is ruled out by the name: offer only neutral wrong roles.
    const others = holders.filter((h) => h !== holder && !overlaps(own, foldText(h.role)) && !GENDERED.test(h.role));
    const wrong: string[] = [];
    for (const other of context.random(id).shuffle(others)) {
      if (wrong.length >= 3) break;
      if (wrong.some((w) => overlaps([foldText(w)], foldText(other.role)))) continue;
      wrong.push(other.role);
    }
    // Three wrong roles: with two, two role questions of one quiz answer each other by elimination.
    if (wrong.length < 3) continue;
    const label = context.sourceLabel(holder.evidence.article);
    out.push({
      id,
      kind: "role",
      prompt: `Who is ${holder.person.name}?`,
      choices: [holder.role, ...wrong].map(capitalize),
      answer: capitalize(holder.role),
      explanation: `${capitalize(label)} names ${holder.person.name} as ${holder.role}; the other roles belong to other people in the story.`,
      evidence: holder.evidence,
      difficulty: 1,
      factIds: [holder.person.id],
    });
  }
  return out;
}

/** The person's clearest role with the sentence that states it, when a confident fact gives one. */
function roleHolder(context: QuizContext, person: StoryPerson): RoleHolder | null {
  // A full name, first name and surname: a single capitalised word may be a place or a body read as a person.
  if (!/^\p{Lu}\S*(?:\s+\S+)*\s+\p{Lu}\S+$/u.test(person.name)) return null;
  // A "name" that runs on into more capitals ("Online Safety Act", "Smith Foundation") is part of another name.
  if (person.facts.some((ref) => partOfLongerName(context, ref.slug, ref.factId))) return null;
  const candidates = person.roles
    .map((r) => r.role.trim())
    .filter((role) => role.split(/\s+/).length <= 8 && !RELATIONAL.test(role) && !DANGLING.test(role) && /\p{L}{3}/u.test(role) && !FRAGMENT.test(role))
    .sort((a, b) => b.length - a.length);
  for (const role of candidates) {
    for (const ref of person.facts) {
      const fact = context.fact(ref.slug, ref.factId);
      if (fact?.type !== "person" || fact.confidence < MIN_KEY_CONFIDENCE) continue;
      const evidence = roleSentence(context, ref.slug, fact, role);
      if (evidence) return { person, role, evidence };
    }
  }
  return null;
}

/** Whether some mention of a person fact is followed by a capitalised word that continues the name ("… Act"). */
function partOfLongerName(context: QuizContext, slug: string, factId: string): boolean {
  const fact = context.fact(slug, factId);
  const body = context.article(slug)?.body ?? "";
  return fact?.type === "person" && fact.mentions.some((m) => /^\s\p{Lu}\p{Ll}/u.test(body.slice(m.end, m.end + 3)) && !/^\s(?:[A-Z][a-z]+ )?(?:said|says|told|added)\b/.test(body.slice(m.end, m.end + 20)));
}

/** The first sentence that holds both a mention of the person and the role as written. */
function roleSentence(context: QuizContext, slug: string, fact: PersonFact, role: string): Evidence | null {
  for (const mention of fact.mentions) {
    const sentence = evidenceFor(context, slug, mention.start, mention.end);
    const at = sentence?.text.toLowerCase().indexOf(role.toLowerCase()) ?? -1;
    // The role as written ends where the sentence says so: "director of public" cut from "director of public health" is no role.
    if (sentence && at >= 0 && ROLE_END.test(sentence.text.slice(at + role.length))) return sentence;
  }
  return null;
}

/** Two roles that could both be right: equal, or one inside the other ("President" and "U.S. President"). */
function overlaps(roles: readonly string[], other: string): boolean {
  return roles.some((r) => r === other || r.includes(other) || other.includes(r));
}
