import type { UpdateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchTranslationsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ListingChanges } from "../../../modules/listing/changes"
import { prepareProductBaseTextsStep } from "../steps/prepare-product-base-texts"
import { prepareProductTranslationsStep } from "../steps/prepare-product-translations"
import { resolveCategoryStep } from "../steps/resolve-category"
import { saveProvenanceStep } from "../steps/save-provenance"

export type ApplyListingChangesWorkflowInput = { product_id: string; changes: ListingChanges }

export const applyListingChangesWorkflowId = "apply-listing-changes"

/**
 * Writes a listing's changes to its product: texts (French, or the language the product was
 * written in, see `baseText`), category and images (the first one is the thumbnail) on the
 * product itself, Arabic and English texts through the Translation Module, provenance on the
 * linked record. Used for drafts edited in place and for approved revisions; each part undoes
 * itself if a later one fails.
 */
export const applyListingChangesWorkflow = createWorkflow(applyListingChangesWorkflowId, (input: ApplyListingChangesWorkflowInput) => {
  const handle = transform({ input }, ({ input }) => ({ handle: input.changes.category }))
  const categoryId = resolveCategoryStep(handle)
  const texts = transform({ input }, ({ input }) => ({
    product_id: input.product_id,
    texts: { title: input.changes.title, subtitle: input.changes.subtitle, description: input.changes.description },
  }))
  // Read before anything is written: the product's own texts follow its current translations.
  const baseTexts = prepareProductBaseTextsStep(texts)
  const update = transform({ input, categoryId, baseTexts }, ({ input, categoryId, baseTexts }) => {
    const { images } = input.changes
    const fields: UpdateProductWorkflowInputDTO = { ...baseTexts }
    if (categoryId) fields.category_ids = [categoryId]
    if (images) Object.assign(fields, { images: images.map((url) => ({ url })), thumbnail: images[0] ?? null })
    return { selector: { id: input.product_id }, update: fields }
  })
  when("update-product-fields", { update }, ({ update }) => Object.keys(update.update).length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: update })
  })
  const translations = prepareProductTranslationsStep(texts)
  when("write-translations", { translations }, ({ translations }) => translations.create.length + translations.update.length > 0).then(() => {
    const batch = transform({ translations }, ({ translations }) => ({ ...translations, delete: [] as string[] }))
    batchTranslationsWorkflow.runAsStep({ input: batch })
  })
  const provenance = transform({ input }, ({ input }) => ({ product_id: input.product_id, provenance: input.changes.provenance }))
  saveProvenanceStep(provenance)
  return new WorkflowResponse(input.product_id)
})
