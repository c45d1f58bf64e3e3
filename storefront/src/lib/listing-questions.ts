/**
 * The plain questions of the listing wizard's third step. Which ones a product gets depends on
 * its family (the top-level category of `@tiwizi/crafts`): a carpet has a size, colours and
 * hours of work; a jar of honey has none of these, and is never "one of a kind".
 */
export const listingQuestions = ["size", "technique", "materials", "dye", "workHours", "pieces"] as const
export type ListingQuestion = (typeof listingQuestions)[number]

/** The families of `@tiwizi/crafts`, by their top-level category handle. */
export const listingFamilies = ["tapis", "poterie", "vannerie", "textiles", "cuir", "terroir"] as const
export type ListingFamily = (typeof listingFamilies)[number]

export function isListingFamily(value: unknown): value is ListingFamily {
  return listingFamilies.includes(value as ListingFamily)
}

const questionsByFamily: Record<ListingFamily, readonly ListingQuestion[]> = {
  tapis: listingQuestions,
  textiles: listingQuestions,
  poterie: ["size", "technique", "materials", "workHours", "pieces"],
  vannerie: ["size", "technique", "materials", "workHours", "pieces"],
  cuir: ["size", "technique", "materials", "workHours", "pieces"],
  terroir: ["technique", "materials"],
}

/** The questions asked for a family, in the order the step shows them; none before a category is chosen. */
export function questionsFor(family: ListingFamily | null): readonly ListingQuestion[] {
  return family ? questionsByFamily[family] : []
}

/** Whether the step asks `question` for this family. */
export function asks(family: ListingFamily | null, question: ListingQuestion): boolean {
  return questionsFor(family).includes(question)
}

/**
 * The material kinds (`@tiwizi/crafts` `MaterialKind`) offered for a family, so that a weaver
 * is not asked to scroll past honey and clay: leather goods are often lined or stitched with
 * fibre, every other family keeps to its own kind.
 */
export const materialKindsByFamily: Record<ListingFamily, readonly string[]> = {
  tapis: ["fibre"],
  textiles: ["fibre"],
  poterie: ["earth"],
  vannerie: ["plant"],
  cuir: ["leather", "fibre"],
  terroir: ["food"],
}

/**
 * Which dyes (by their kind) a piece declared `natural`, `undyed` or `synthetic` may list, as
 * the backend checks it: natural pieces often mix dyed and undyed wool, an undyed piece has
 * only the fleece's colours, a piece with any synthetic colour is declared synthetic.
 */
export const dyeKindsAllowed: Record<string, readonly string[]> = {
  natural: ["natural", "undyed"],
  undyed: ["undyed"],
  synthetic: ["natural", "undyed", "synthetic"],
}
