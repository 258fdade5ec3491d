// Closed-class and calendar words of Ukrainian and Russian with their English counterparts: pronouns, negation,
// question words, a few conjunctions and adverbs of time, small numbers, months and weekdays. Without a dictionary
// the only evidence two Cyrillic and English sentences share is names, numbers and length, so two short
// neighbours of the same length ("They did it consciously." / "They knew they were disrupting it.") cannot be told
// apart; these words, which a translator renders nearly always, can. Each entry is one sense: words that stand for
// several (що "that / what", як "how / as", це "this / it is", так "so / yes") are left out, as are "and" and "a"
// (every sentence has them), and so is May (the English word is also the modal).
// Each concept becomes an item of its own (`=we`), on the features only: the word marks of a pair (cross-diff.ts)
// stay with names and numbers, since a language that drops its pronouns would leave every English one marked.

/** Concept → [English forms, Ukrainian forms, Russian forms]. */
const CONCEPTS: Record<string, [string, string, string]> = {
  i: [
    'i me my mine myself',
    'я мене мені мною мій моя моє мої мого моєї моєму моїй мою моїм моїх',
    'я меня мне мной мой моя моё мое мои моего моей моему мою моим моих',
  ],
  we: [
    'we us our ours ourselves',
    'ми нас нам нами наш наша наше наші нашого нашої нашому нашій нашу нашим наших нашими',
    'мы нас нам нами наш наша наше наши нашего нашей нашему нашу нашим наших нашими',
  ],
  you: [
    'you your yours yourself yourselves',
    'ви вас вам вами ваш ваша ваше ваші вашого вашої вашому вашій вашу ваших ти тебе тобі тобою твій твоя твоє твої',
    'вы вас вам вами ваш ваша ваше ваши вашего вашей вашему вашу ваших ты тебя тебе тобой твой твоя твоё твое твои',
  ],
  he: ['he him his himself', 'він йому нього', 'он ему него'],
  she: ['she her hers herself', 'вона її їй нею неї', 'она её ее ей ней неё нее'],
  they: ['they them their theirs themselves', 'вони їх їм них їхній їхня їхнє їхні', 'они их них'],
  not: [
    'not no never nobody nothing none neither nor cannot',
    'не ні немає ніхто ніщо ніколи жоден жодного жодної',
    'не нет ни никто ничто никогда никакой никакого никакие',
  ],
  who: ['who whom whose', 'хто кого кому', 'кто кого кому'],
  why: ['why', 'чому', 'почему'],
  when: ['when', 'коли', 'когда'],
  where: ['where', 'де куди', 'где куда'],
  if: ['if', 'якщо якби', 'если'],
  but: ['but however', 'але проте однак', 'но однако'],
  all: ['all every everyone everything', 'всі усі все усе весь вся всіх усіх', 'все всё весь вся всех'],
  also: ['also too', 'також теж', 'также тоже'],
  only: ['only', 'тільки лише', 'только лишь'],
  now: ['now', 'зараз тепер', 'сейчас теперь'],
  today: ['today', 'сьогодні', 'сегодня'],
  yesterday: ['yesterday', 'вчора учора', 'вчера'],
  tomorrow: ['tomorrow', 'завтра', 'завтра'],
  always: ['always', 'завжди', 'всегда'],
  day: ['day days', 'день дня днів дні добу', 'день дня дней дни сутки'],
  night: ['night nights tonight', 'ніч ночі', 'ночь ночи'],
  year: ['year years', 'рік року років роки', 'год года лет годы'],
  two: ['two', 'два дві двох', 'два две двух'],
  three: ['three', 'три трьох', 'три трёх трех'],
  four: ['four', 'чотири чотирьох', 'четыре четырёх четырех'],
  five: ['five', "п'ять п’ять", 'пять'],
  ten: ['ten', 'десять', 'десять'],
  hundred: ['hundred hundreds', 'сто сотні', 'сто сотни'],
  january: ['january', 'січень січня', 'январь января'],
  february: ['february', 'лютий лютого', 'февраль февраля'],
  march: ['march', 'березень березня', 'март марта'],
  april: ['april', 'квітень квітня', 'апрель апреля'],
  june: ['june', 'червень червня', 'июнь июня'],
  july: ['july', 'липень липня', 'июль июля'],
  august: ['august', 'серпень серпня', 'август августа'],
  september: ['september', 'вересень вересня', 'сентябрь сентября'],
  october: ['october', 'жовтень жовтня', 'октябрь октября'],
  november: ['november', 'листопад листопада', 'ноябрь ноября'],
  december: ['december', 'грудень грудня', 'декабрь декабря'],
  monday: ['monday', 'понеділок понеділка', 'понедельник'],
  tuesday: ['tuesday', 'вівторок вівторка', 'вторник'],
  wednesday: ['wednesday', 'середа середу', 'среда среду'],
  thursday: ['thursday', 'четвер четверга', 'четверг'],
  friday: ['friday', "п'ятниця п'ятницю п’ятниця п’ятницю", 'пятница пятницу'],
  saturday: ['saturday', 'субота суботу', 'суббота субботу'],
  sunday: ['sunday', 'неділя неділю', 'воскресенье'],
};

function table(side: 0 | 1 | 2): Map<string, string> {
  const map = new Map<string, string>();
  for (const [concept, forms] of Object.entries(CONCEPTS))
    for (const word of forms[side].split(' ')) map.set(word, `=${concept}`);
  return map;
}

const ENGLISH = table(0);
// One table for both Cyrillic languages: their forms of one concept never stand for another.
const CYRILLIC = new Map([...table(1), ...table(2)]);

const WORDS = /[\p{L}\p{M}'’]+/gu;

/** The closed-class concepts of a piece, one item per word that has one (English: "don't" holds a `not`). */
export function closedClassItems(piece: string, side: 'english' | 'cyrillic'): Set<string>[] {
  const lookup = side === 'english' ? ENGLISH : CYRILLIC;
  const out: Set<string>[] = [];
  for (const [word] of piece.matchAll(WORDS)) {
    const lower = word.toLowerCase();
    const concept = lookup.get(lower) ?? (side === 'english' && /n[’']t$/.test(lower) ? '=not' : undefined);
    if (concept) out.push(new Set([concept]));
  }
  return out;
}
