/**
 * Handles go into URLs and login addresses: lower-case ASCII letters and digits joined by
 * single hyphens. Accents are folded ("Coopérative" → "cooperative"); scripts with no Latin
 * form, such as Arabic, leave nothing, so callers need a fallback.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

// The word every cooperative's name starts with says nothing in its URL.
const COOPERATIVE_WORD = /^(cooperative|cooperativa|taawuniya|taawuniyat)-/

/**
 * The handles to try for a new cooperative, best first: its name and commune, as the seeded
 * cooperatives read ("tifawin-aghbalou"), then the same with a number. The caller picks the
 * first that is free.
 */
export function handleCandidates(name: string, commune: string, count = 5): string[] {
  const base = [slugify(name).replace(COOPERATIVE_WORD, ""), slugify(commune)].filter(Boolean).join("-") || "cooperative"
  return [base, ...Array.from({ length: count - 1 }, (_, i) => `${base}-${i + 2}`)]
}
