import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep, createTranslationsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { currencies, defaultLocale, locales } from "@tiwizi/locale"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import { LISTING_MODULE } from "../../../modules/listing"
import type { TranslatedText } from "../../../modules/listing/changes"
import { slugify } from "../../cooperative/handle"
import { ListingEvents } from "../events"
import { baseText } from "../product-texts"
import { createListingStep } from "../steps/create-listing"
import { generateProductHandleStep } from "../steps/generate-product-handle"
import { prepareStockLevelsStep } from "../steps/prepare-stock-levels"
import type { VariantPrices } from "../steps/prepare-variant-prices"
import { resolveCategoryStep } from "../steps/resolve-category"
import { resolveSellingContextStep } from "../steps/resolve-selling-context"
import { saveProvenanceStep, type SaveProvenanceStepInput } from "../steps/save-provenance"
import { setStockLevelsStep } from "../steps/set-stock-levels"

/** One way the product is sold (a size, a weight), with its prices and stock. */
export type NewListingVariant = { title: string; sku?: string | null; prices: VariantPrices; stock: number; weight_grams?: number | null }

/** A new product as a member describes it; each text in at least one language (see `baseText`). */
export type NewListingProduct = {
  title: TranslatedText
  subtitle: TranslatedText
  description: TranslatedText
  /** A leaf category handle from `@tiwizi/crafts`. */
  category: string
  /** What the variants differ by ("Dimensions", "Poids"); the variants' titles are its values. */
  option_title?: TranslatedText
  variants: NewListingVariant[]
  provenance: NonNullable<SaveProvenanceStepInput["provenance"]>
}

export type CreateListingWorkflowInput = { cooperative_id: string; member_id: string; product: NewListingProduct }

// Medusa needs an option for variants; a member selling one piece should not have to name it.
const DEFAULT_OPTION_TITLE: TranslatedText = { fr: "Modèle", ar: "النموذج", en: "Model" }

export const createListingWorkflowId = "create-listing"

/**
 * The Arabic and English texts of one record, as the Translation Module stores them. A text
 * given only in Arabic is also the product's own field (`baseText`) and still stored here, so
 * the shop in Arabic shows it as a translation and the portal can tell it was not French.
 */
function translationsOf(referenceId: string, reference: string, texts: Record<string, TranslatedText | undefined>) {
  return locales
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => ({
      reference,
      reference_id: referenceId,
      locale_code: locale,
      translations: Object.fromEntries(
        Object.entries(texts).flatMap(([field, text]) => (text?.[locale] ? [[field, text[locale]]] : [])),
      ) as Record<string, string>,
    }))
    .filter((translation) => Object.keys(translation.translations).length > 0)
}

/**
 * A member of an approved cooperative creates a product: a draft product (through Medusa's
 * `createProductsWorkflow`, so out of the store) in the shop's sales channel, its variants priced
 * in MAD and optionally EUR and USD with stock at the shop's warehouse, linked to the member's
 * cooperative, with its provenance, its texts in the languages given (see `baseText`) and a
 * draft listing. Emits `listing.created`. Every part undoes itself if a later one fails.
 */
export const createListingWorkflow = createWorkflow(createListingWorkflowId, (input: CreateListingWorkflowInput) => {
  const context = resolveSellingContextStep()
  const categoryId = resolveCategoryStep(transform({ input }, ({ input }) => ({ handle: input.product.category })))
  // Arabic leaves nothing in a URL: the first Latin title, or the category ("tapis-zayane-2").
  const handle = generateProductHandleStep(
    transform({ input }, ({ input }) => {
      const { title, category } = input.product
      return { title: [title.fr, title.en].find((text) => text && slugify(text)) ?? category }
    }),
  )
  const products = transform({ input, context, categoryId, handle }, ({ input, context, categoryId, handle }) => {
    const { product } = input
    const option = baseText(product.option_title ?? DEFAULT_OPTION_TITLE)!
    return {
      products: [
        {
          title: baseText(product.title)!,
          subtitle: baseText(product.subtitle)!,
          description: baseText(product.description)!,
          handle,
          status: ProductStatus.DRAFT,
          category_ids: [categoryId!],
          sales_channels: [{ id: context.sales_channel_id }],
          shipping_profile_id: context.shipping_profile_id,
          origin_country: "ma",
          options: [{ title: option, values: product.variants.map((variant) => variant.title) }],
          variants: product.variants.map((variant) => ({
            title: variant.title,
            sku: variant.sku ?? undefined,
            manage_inventory: true,
            weight: variant.weight_grams ?? undefined,
            options: { [option]: variant.title },
            prices: currencies.flatMap((currency_code) =>
              variant.prices[currency_code] === undefined ? [] : [{ currency_code, amount: variant.prices[currency_code]! }],
            ),
          })),
        },
      ],
    }
  })
  const created = createProductsWorkflow.runAsStep({ input: products })
  const product = transform({ created }, ({ created }) => created[0])

  const stock = transform({ input, product }, ({ input, product }) => ({
    product_id: product.id,
    variants: input.product.variants.map((variant) => ({
      id: product.variants.find((candidate) => candidate.title === variant.title)!.id,
      stock: variant.stock,
    })),
  }))
  const levels = prepareStockLevelsStep(stock)
  setStockLevelsStep(transform({ context, levels }, ({ context, levels }) => ({ location_id: context.location_id, levels })))

  const listing = createListingStep({ state: "draft" })
  const links = transform({ input, product, listing }, ({ input, product, listing }): LinkDefinition[] => [
    { [Modules.PRODUCT]: { product_id: product.id }, [LISTING_MODULE]: { listing_id: listing.id } },
    { [Modules.PRODUCT]: { product_id: product.id }, [COOPERATIVE_MODULE]: { cooperative_id: input.cooperative_id } },
  ])
  createRemoteLinkStep(links)
  saveProvenanceStep(transform({ input, product }, ({ input, product }) => ({ product_id: product.id, provenance: input.product.provenance })))

  const translations = transform({ input, product }, ({ input, product }) => {
    const { title, subtitle, description, option_title } = input.product
    const option = product.options?.[0]
    return [
      ...translationsOf(product.id, "product", { title, subtitle, description }),
      ...(option ? translationsOf(option.id, "product_option", { title: option_title ?? DEFAULT_OPTION_TITLE }) : []),
    ]
  })
  when("translate-product", { translations }, ({ translations }) => translations.length > 0).then(() => {
    createTranslationsWorkflow.runAsStep({ input: { translations } })
  })

  const event = transform({ input, product, listing }, ({ input, product, listing }) => ({
    eventName: ListingEvents.CREATED,
    data: { id: product.id, listing_id: listing.id, cooperative_id: input.cooperative_id },
  }))
  emitEventStep(event)
  return new WorkflowResponse(transform({ product, listing }, ({ product, listing }) => ({ product_id: product.id, listing_id: listing.id })))
})
