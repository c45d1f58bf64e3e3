import { normalizeText, words } from "./normalize"
import { synonymList } from "./synonyms"

/** The synonym groups in normal form, each member split into its words. */
export const synonymGroups: readonly (readonly string[][])[] = synonymList.map((group) =>
  group.map((member) => words(member)),
)

// Arabic attaches the article and some prepositions to the word (الزربية, بالصوف, وزربية):
// a document word carrying one of them still names the member.
const ARABIC_PROCLITICS = ["وال", "بال", "فال", "كال", "ال", "لل", "و", "ب"]
const LATIN_PLURALS = ["s", "x"]
const ARABIC = /[\u0600-\u06FF]/

function namesWord(word: string, member: string): boolean {
  if (word === member) return true
  if (ARABIC.test(member)) return ARABIC_PROCLITICS.some((prefix) => word === prefix + member)
  return LATIN_PLURALS.some((suffix) => word === member + suffix)
}

function containsPhrase(text: string[], phrase: string[]): boolean {
  for (let start = 0; start + phrase.length <= text.length; start++) {
    if (phrase.every((word, i) => namesWord(text[start + i], word))) return true
  }
  return false
}

/**
 * The synonyms a document's text brings in, in normal form: every member of every group one of
 * whose members the text names (`الزربية` names `زربيه`, `tapis` names `rug`). Indexed beside
 * the text, they let a query in any of the group's words find the document with exact matching,
 * which keeps queries on the index rather than on per-query rewrites.
 */
export function expandSynonyms(text: string): string[] {
  const textWords = words(text)
  const found = new Set<string>()
  for (const group of synonymGroups) {
    if (group.some((member) => containsPhrase(textWords, member))) {
      for (const member of group) found.add(member.join(" "))
    }
  }
  return [...found]
}

/** The groups as Meilisearch's `synonyms` setting expects them: each word maps to the others. */
export function synonymMap(): Record<string, string[]> {
  const map: Record<string, string[]> = {}
  for (const group of synonymList) {
    const members = [...new Set(group.map(normalizeText))]
    for (const member of members) {
      map[member] = [...new Set([...(map[member] ?? []), ...members.filter((other) => other !== member)])]
    }
  }
  return map
}
