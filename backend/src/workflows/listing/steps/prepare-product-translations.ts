import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { defaultLocale, locales } from "@tiwizi/locale"
import type { ListingChanges } from "../../../modules/listing/changes"

export type PrepareProductTranslationsStepInput = { product_id: string; texts: Pick<ListingChanges, "title" | "subtitle" | "description"> }

type Create = { reference: string; reference_id: string; locale_code: string; translations: Record<string, string> }
type Update = { id: string; translations: Record<string, string> }

const fields = ["title", "subtitle", "description"] as const

/**
 * Turns a product's texts in Arabic and English into the Translation Module's writes: an update
 * of the locale's existing translation, merged field by field so a new Arabic title keeps the
 * Arabic description, or a new translation. French is the product's own fields, not a translation.
 */
export const prepareProductTranslationsStep = createStep(
  "prepare-product-translations",
  async ({ product_id, texts }: PrepareProductTranslationsStepInput, { container }) => {
    const wanted = locales
      .filter((locale) => locale !== defaultLocale)
      .map((locale) => ({
        locale,
        translations: Object.fromEntries(
          fields.flatMap((field) => (texts[field]?.[locale] !== undefined ? [[field, texts[field]![locale]!]] : [])),
        ) as Record<string, string>,
      }))
      .filter(({ translations }) => Object.keys(translations).length > 0)
    if (!wanted.length) return new StepResponse({ create: [] as Create[], update: [] as Update[] })
    const existing = await container
      .resolve(Modules.TRANSLATION)
      .listTranslations(
        { reference: "product", reference_id: product_id, locale_code: wanted.map(({ locale }) => locale) },
        { select: ["id", "locale_code", "translations"] },
      )
    const create: Create[] = []
    const update: Update[] = []
    for (const { locale, translations } of wanted) {
      const found = existing.find((translation) => translation.locale_code === locale)
      if (found) update.push({ id: found.id, translations: { ...(found.translations as Record<string, string>), ...translations } })
      else create.push({ reference: "product", reference_id: product_id, locale_code: locale, translations })
    }
    return new StepResponse({ create, update })
  },
)
