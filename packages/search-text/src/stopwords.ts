import { normalizeText } from "./normalize"

/**
 * Words a query can drop because they carry no meaning of their own: "tapis de laine" is about
 * `tapis` and `laine`. Only queries lose them; documents keep every word, so a quoted title still
 * matches. Kept short on purpose: a missing stop word costs a match, a wrong one costs meaning.
 */
const raw = [
  // French, with the elided forms "d'", "l'" that the normal form splits off
  "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "en", "au", "aux",
  "a", "pour", "avec", "sur", "par", "dans",
  // English
  "the", "an", "of", "and", "or", "for", "with", "in", "on", "by", "to",
  // Arabic
  "في", "من", "على", "عن", "مع", "الى", "إلى", "و", "او", "أو",
]

export const stopWords: ReadonlySet<string> = new Set(raw.map(normalizeText))
