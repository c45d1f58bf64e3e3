import { words } from "./normalize"
import { stopWords } from "./stopwords"

/**
 * The words of a customer's query that must match, in normal form: stop words dropped, unless
 * the query holds nothing else ("de la" stays a query for "de la").
 */
export function queryWords(query: string): string[] {
  const all = words(query)
  const meaningful = all.filter((word) => !stopWords.has(word))
  return meaningful.length ? meaningful : all
}
