/**
 * A noun with its indefinite article, for messages that name a role or a kind from a
 * variable ("an editor", "a viewer"). By the first letter, with the words we know to be
 * said otherwise: "a user" (a "you" sound), "an hour" (a silent h).
 */
export function withArticle(noun: string): string {
  const word = noun.trim().toLowerCase();
  return `${startsWithVowelSound(word) ? "an" : "a"} ${noun.trim()}`;
}

const SAID_WITH_A = /^(uni(?!n)|use|usu|uti|eu|one\b|once)/;
const SAID_WITH_AN = /^(hour|honest|honou?r|heir)/;

function startsWithVowelSound(word: string): boolean {
  if (SAID_WITH_AN.test(word)) return true;
  if (SAID_WITH_A.test(word)) return false;
  return /^[aeiou]/.test(word);
}
