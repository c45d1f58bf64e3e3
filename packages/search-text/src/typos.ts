import { distance } from "fastest-levenshtein"

/** Word lengths from which one, then two, typos are forgiven; Meilisearch's defaults. */
export const typoTolerance = { minWordSizeForOneTypo: 5, minWordSizeForTwoTypos: 9 } as const

/** How many typos a query word of this length may carry: none under 5 letters, 1 up to 8, 2 from 9. */
export function typoBudget(word: string): number {
  const length = [...word].length
  if (length < typoTolerance.minWordSizeForOneTypo) return 0
  return length < typoTolerance.minWordSizeForTwoTypos ? 1 : 2
}

/**
 * The candidate closest to `word` within its typo budget (edits: insert, delete, replace), or
 * `undefined`. Candidates come in order of preference, so the first of equally close ones wins.
 */
export function closestWithinTypos(word: string, candidates: readonly string[]): string | undefined {
  const budget = typoBudget(word)
  let best: { candidate: string; edits: number } | undefined
  for (const candidate of candidates) {
    const edits = distance(word, candidate)
    if (edits <= budget && (!best || edits < best.edits)) best = { candidate, edits }
  }
  return best?.candidate
}
