// Words ranked by strength on one axis each, to flag `sharpened` / `softened` wording between a report and its
// source (lib/verdict/strength.ts compares them).
//
// Each scale is a family of words on one axis with an integer strength; `baseline` is the strength of saying
// nothing on that axis (plain "said", a plain verb, no adverb). A side with no word of a scale counts as the
// baseline, so adding "slammed" or "only" sharpens, dropping "completely" softens, and dropping a hedge
// ("may") sharpens. Verb scales match by stemWord keys, so inflections count ("slams", "slammed"); adverb
// scales match the exact word, because Porter maps many adverbs onto unrelated words ("totally" → "total",
// "continually" → "continu", "likely" → "like", "categorically" → "categor"). Phrases are matched word by
// word ("lashed out", "not conducive") and the longest phrase wins, so "not only" is not a restriction.
//
// Sources for the rankings:
// - reporting verbs: the wire style guides' advice to write the neutral "said" (AP Stylebook, "said"; Reuters
//   Handbook of Journalism, "said"; BBC News style guide, "claim"): "stressed", "insisted", "warned" add force;
//   "noted", "pointed out", "acknowledged", "revealed" present the statement as fact; "claimed", "alleged",
//   "suggested" cast doubt on it; "slammed", "blasted", "lashed out" are headline words for criticism
//   stronger than "criticized".
// - hedges and boosters: Hyland, "Hedging in Scientific Research Articles" (1998) and Holmes, "Hedging your
//   bets and sitting on the fence" (1984): modal verbs and adverbs ranked possible < probable < certain.
// - intensifiers and downtoners: Quirk et al., "A Comprehensive Grammar of the English Language" (1985),
//   §8.104ff: downtoners < boosters < maximizers.
// "clearly" and "obviously" are left out with "of course" and "frankly": spoken boosters that never change a claim.
// Left out because they are common words in other senses: "state" (a country), "attack" (cyberattacks),
// "show", "demonstrate", "question", "object", "protest", "maintain", "appear" and "just" (temporal: "has just
// said"). "note" (a diplomatic note) and "blast" (an explosion) stay: they are the style guides' own examples.

/** One word or phrase and its strength. The phrase is lower-case words separated by single spaces. */
export type StrengthEntry = readonly [phrase: string, strength: number];

/** One axis of strength. */
export interface StrengthScale {
  /** Short id, shown in flag messages and tests (`criticism`, `harm`). */
  name: string;
  /** What the axis measures, in words. */
  description: string;
  /** Strength of a side that has no word of this scale. */
  baseline: number;
  /**
   * Scales of one family describe the same slot of a sentence (the reporting verb, the effect verb); a message
   * may show a word of a sibling scale as the counterpart (`"said" → "slammed"`).
   */
  family: string;
  /** `stem`: words match by stemWord key (verbs); `exact`: by the lower-case word itself (adverbs, modals). */
  match: 'stem' | 'exact';
  entries: readonly StrengthEntry[];
}

/** Words that share a stem with a scale word but mean something else: `critics`, `critical` ~ `criticize`. */
export const FALSE_FRIENDS: ReadonlySet<string> = new Set(['critic', 'critics', 'critical', 'critically']);

export const STRENGTH_SCALES: readonly StrengthScale[] = [
  {
    name: 'speech',
    description: 'how forcefully the speaker is said to speak',
    baseline: 0,
    family: 'reporting',
    match: 'stem',
    entries: [
      ['say', 0],
      ['said', 0],
      ['tell', 0],
      ['told', 0],
      ['add', 0],
      ['reply', 0],
      ['respond', 0],
      ['answer', 0],
      ['comment', 0],
      ['remark', 0],
      ['mention', 0],
      ['explain', 0],
      ['describe', 0],
      ['speak', 0],
      ['spoke', 0],
      ['declare', 1],
      ['assert', 1],
      ['affirm', 1],
      ['reiterate', 1],
      ['argue', 1],
      ['contend', 1],
      ['stress', 2],
      ['emphasize', 2],
      ['emphasise', 2],
      ['underline', 2],
      ['underscore', 2],
      ['insist', 2],
      ['warn', 2],
      ['urge', 2],
      ['vow', 2],
    ],
  },
  {
    name: 'credence',
    description: 'how far the reporting verb presents the statement as fact',
    baseline: 0,
    family: 'reporting',
    match: 'stem',
    entries: [
      ['suggest', -1],
      ['hint', -1],
      ['imply', -1],
      ['claim', -1],
      ['allege', -1],
      ['purport', -1],
      ['note', 1],
      ['point out', 1],
      ['acknowledge', 1],
      ['admit', 1],
      ['confirm', 1],
      ['reveal', 1],
    ],
  },
  {
    name: 'criticism',
    description: 'how harshly the speaker is said to criticize',
    baseline: 0,
    family: 'reporting',
    match: 'stem',
    entries: [
      ['disagree', 1],
      ['regret', 1],
      ['criticize', 2],
      ['criticise', 2],
      ['criticism', 2],
      ['reject', 2],
      ['accuse', 2],
      ['blame', 2],
      ['rebuke', 2],
      ['censure', 2],
      ['reproach', 2],
      ['deplore', 2],
      ['condemn', 3],
      ['denounce', 3],
      ['decry', 3],
      ['slam', 3],
      ['blast', 3],
      ['lambaste', 3],
      ['lambast', 3],
      ['lash out', 3],
      ['hit out', 3],
      ['rail against', 3],
      ['excoriate', 3],
      ['berate', 3],
      ['castigate', 3],
      ['assail', 3],
    ],
  },
  {
    name: 'harm',
    description: 'how much damage an effect is said to do',
    baseline: 0,
    family: 'effect',
    match: 'stem',
    entries: [
      ['not conducive', 1],
      ['not helpful', 1],
      ['unhelpful', 1],
      ['not beneficial', 1],
      ['hinder', 2],
      ['hamper', 2],
      ['impede', 2],
      ['obstruct', 2],
      ['hold back', 2],
      ['harm', 3],
      ['harmful', 3],
      ['damage', 3],
      ['damaging', 3],
      ['hurt', 3],
      ['weaken', 3],
      ['erode', 3],
      ['impair', 3],
      ['disrupt', 3],
      ['jeopardize', 3],
      ['jeopardise', 3],
      ['endanger', 3],
      ['threaten', 3],
      ['undermine', 4],
      ['sabotage', 4],
      ['wreck', 4],
      ['cripple', 4],
      ['ruin', 4],
      ['destroy', 5],
      ['devastate', 5],
      ['annihilate', 5],
      ['obliterate', 5],
      ['wipe out', 5],
    ],
  },
  {
    name: 'certainty',
    description: 'how sure the statement is said to be (hedges below the plain statement, boosters above)',
    baseline: 0,
    family: 'modality',
    match: 'exact',
    entries: [
      ['may', -2],
      ['might', -2],
      ['could', -2],
      ['possibly', -2],
      ['perhaps', -2],
      ['maybe', -2],
      ['apparently', -1],
      ['reportedly', -1],
      ['allegedly', -1],
      ['seemingly', -1],
      ['supposedly', -1],
      ['seem', -1],
      ['seems', -1],
      ['seemed', -1],
      ['could not', 0],
      ['must not', 0],
      ['will', 0],
      ['would', 0],
      // Probability goes with the plain forecast: news style writes "will" for a briefer's "will likely", and
      // FLAGS.md's certainty step is "may" → "will", not "will likely" → "will".
      ['likely', 0],
      ['probably', 0],
      ['must', 1],
      ['certainly', 1],
      ['definitely', 1],
      ['surely', 1],
      ['undoubtedly', 1],
      ['inevitably', 1],
      ['no doubt', 1],
    ],
  },
  {
    name: 'intensity',
    description: 'degree adverbs: downtoners below the plain verb, boosters and maximizers above',
    baseline: 0,
    family: 'degree',
    match: 'exact',
    entries: [
      ['slightly', -1],
      ['somewhat', -1],
      ['partly', -1],
      ['partially', -1],
      ['relatively', -1],
      ['fairly', -1],
      ['a bit', -1],
      ['to some extent', -1],
      ['very', 1],
      ['really', 1],
      ['highly', 1],
      ['deeply', 1],
      ['seriously', 1],
      ['gravely', 1],
      ['severely', 1],
      ['strongly', 1],
      ['firmly', 1],
      ['resolutely', 1],
      ['fully', 1],
      ['extremely', 2],
      ['completely', 2],
      ['totally', 2],
      ['entirely', 2],
      ['absolutely', 2],
      ['utterly', 2],
      ['thoroughly', 2],
      ['wholly', 2],
      ['categorically', 2],
      ['vehemently', 2],
    ],
  },
  {
    name: 'restriction',
    description: 'restrictive focus ("only serves") that narrows or belittles what follows',
    baseline: 0,
    family: 'degree',
    match: 'exact',
    entries: [
      ['not only', 0],
      ['only', 1],
      ['merely', 1],
      ['solely', 1],
      ['purely', 1],
      ['nothing but', 1],
    ],
  },
  {
    name: 'distancing',
    description: 'words by which the writer distances itself from a name',
    baseline: 0,
    family: 'distancing',
    match: 'exact',
    entries: [
      ['so called', 1],
      ['self styled', 1],
      ['self proclaimed', 1],
    ],
  },
  {
    name: 'frequency',
    description: 'how often something is said to happen',
    baseline: 0,
    family: 'frequency',
    match: 'exact',
    entries: [
      ['sometimes', -1],
      ['occasionally', -1],
      ['often', 1],
      ['frequently', 1],
      ['repeatedly', 1],
      ['constantly', 1],
      ['continually', 1],
      ['persistently', 1],
      ['time and again', 1],
      ['always', 2],
      ['invariably', 2],
    ],
  },
];
