import { categories, dyes, isCategoryHandle, leafCategoryHandles, materials, rootOf, techniques } from "@tiwizi/crafts"
import type { Locale, Translated } from "@tiwizi/locale"
import { isListingFamily, type ListingFamily } from "./listing-questions"

export type CodeOption = { code: string; label: string }
export type CategoryOption = { handle: string; family: ListingFamily; label: string; labels: Translated }

/**
 * The choices of the listing wizard, labelled in the page's language. Built on the server and
 * handed to the wizard as plain data, so the browser never loads the crafts vocabulary in three
 * languages with its descriptions; a category keeps its label in every language because the
 * proposed subtitle is written in the member's writing language.
 */
export type WizardOptions = {
  categories: CategoryOption[]
  techniques: (CodeOption & { family: ListingFamily })[]
  materials: (CodeOption & { kind: string })[]
  dyes: (CodeOption & { kind: string; hex: string })[]
}

/** The family (top-level category) of a leaf category a product may name; `null` for anything else. */
export function familyOf(category: string): ListingFamily | null {
  if (!isCategoryHandle(category) || !leafCategoryHandles.includes(category)) return null
  const root = rootOf(category)
  return isListingFamily(root) ? root : null
}

/** Every choice of the wizard, in `@tiwizi/crafts`'s order, labelled in `locale`. */
export function wizardOptions(locale: Locale): WizardOptions {
  return {
    categories: categories.flatMap((category) => {
      const family = familyOf(category.handle)
      return family ? [{ handle: category.handle, family, label: category.label[locale], labels: category.label }] : []
    }),
    techniques: techniques.flatMap((technique) =>
      isListingFamily(technique.category) ? [{ code: technique.code, family: technique.category, label: technique.label[locale] }] : [],
    ),
    materials: materials.map((material) => ({ code: material.code, kind: material.kind, label: material.label[locale] })),
    dyes: dyes.map((dye) => ({ code: dye.code, kind: dye.kind, hex: dye.hex, label: dye.label[locale] })),
  }
}
