/**
 * One normal form for every text the shop searches, applied alike to documents when they are
 * indexed and to queries when they are run, by every provider. It folds what readers treat as the
 * same letter: Latin accents and ligatures (`Bérbère` → `berbere`), Arabic alef and hamza seats,
 * ta marbuta and alef maqsura, diacritics and tatweel (`الزَّرْبِيَّة`, `الزربيه` → `الزربيه`),
 * Arabic-Indic digits. Punctuation becomes a word break, so `flat-weave` is two words.
 */

// Harakat, shadda, sukun, superscript alef and Quranic marks; NFD also splits the hamza and madda
// off their seats (أ إ آ ؤ ئ), so dropping these marks leaves the bare seat.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g
const LATIN_MARKS = /[\u0300-\u036F]/g
const TATWEEL = /\u0640/g
const NON_WORD = /[^\p{L}\p{N}]+/gu

const LETTERS: Record<string, string> = {
  "\u0629": "\u0647", // ة → ه
  "\u0649": "\u064A", // ى → ي
  "\u0671": "\u0627", // ٱ → ا
  "œ": "oe",
  "æ": "ae",
  "ß": "ss",
}
const FOLDED = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g")

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to Latin ones, as the shop writes numbers. */
function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
}

/** `text` in the search normal form: lower case, folded, words separated by single spaces. */
export function normalizeText(text: string): string {
  return latinDigits(
    text
      .normalize("NFKC")
      .toLowerCase()
      .normalize("NFD")
      .replace(LATIN_MARKS, "")
      .replace(ARABIC_MARKS, "")
      .replace(TATWEEL, "")
      .replace(FOLDED, (letter) => LETTERS[letter]),
  )
    .replace(NON_WORD, " ")
    .trim()
}

/** The words of `text` in normal form. */
export function words(text: string): string[] {
  const normal = normalizeText(text)
  return normal ? normal.split(" ") : []
}
