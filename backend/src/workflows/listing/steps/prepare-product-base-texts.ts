import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingChanges } from "../../../modules/listing/changes"
import { baseText, readTexts, translatedField } from "../product-texts"

export type PrepareProductBaseTextsStepInput = { product_id: string; texts: Pick<ListingChanges, "title" | "subtitle" | "description"> }

type BaseTexts = Partial<Record<"title" | "subtitle" | "description", string>>

const fields = ["title", "subtitle", "description"] as const

/**
 * The product's own text fields after a change (see `baseText`): French when the change or the
 * product has it; otherwise the new Arabic (or English) text, so a product written in Arabic
 * shows its corrected Arabic in every locale, not the first version. Returns only the fields
 * whose own value changes; reads, writes nothing.
 */
export const prepareProductBaseTextsStep = createStep(
  "prepare-product-base-texts",
  async ({ product_id, texts }: PrepareProductBaseTextsStepInput, { container }) => {
    const changed = fields.filter((field) => texts[field])
    if (!changed.length) return new StepResponse({} as BaseTexts)
    const [product, translations] = await Promise.all([
      container.resolve(Modules.PRODUCT).retrieveProduct(product_id, { select: ["id", ...changed] }),
      container
        .resolve(Modules.TRANSLATION)
        .listTranslations({ reference: "product", reference_id: product_id }, { select: ["locale_code", "translations"] }),
    ])
    const update: BaseTexts = {}
    for (const field of changed) {
      const own = product[field] as string | null
      const next = baseText({ ...readTexts(own, translatedField(translations, field)), ...texts[field] })
      if (next !== undefined && next !== own) update[field] = next
    }
    return new StepResponse(update)
  },
)
