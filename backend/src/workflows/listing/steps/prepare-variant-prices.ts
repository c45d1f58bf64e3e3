import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CurrencyCode } from "@tiwizi/locale"
import { productVariants } from "../product-variants"

/** New amounts per currency, in the currency's main unit (dirhams, euros, dollars). */
export type VariantPrices = Partial<Record<CurrencyCode, number>>

export type PrepareVariantPricesStepInput = { product_id: string; variants: { id: string; prices: VariantPrices }[] }

/**
 * The full price list of each variant for `updateProductVariantsWorkflow`, which deletes every
 * price left out: the variant's current prices are kept by id, with the new amount where a
 * currency's base price changes; currencies it had no price in are added. Prices with rules
 * (set by staff for a region or a customer group) are kept as they are.
 */
export const prepareVariantPricesStep = createStep(
  "prepare-listing-variant-prices",
  async ({ product_id, variants }: PrepareVariantPricesStepInput, { container }) => {
    const rows = await productVariants(container, product_id, variants)
    const product_variants = rows.map((row, index) => {
      const wanted = new Map(Object.entries(variants[index].prices))
      const prices: { id?: string; currency_code: string; amount: number }[] = (row.prices ?? [])
        .filter((price) => !!price)
        .map((price) => {
          const base = !price.rules_count && wanted.has(price.currency_code)
          const amount = base ? wanted.get(price.currency_code)! : price.amount
          if (base) wanted.delete(price.currency_code)
          return { id: price.id, currency_code: price.currency_code, amount }
        })
      for (const [currency_code, amount] of wanted) prices.push({ currency_code, amount })
      return { id: row.id, prices }
    })
    return new StepResponse({ product_variants })
  },
)
