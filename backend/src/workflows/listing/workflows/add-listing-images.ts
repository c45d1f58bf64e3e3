import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { ensureListingWorkflow } from "./ensure-listing"
import { updateListingWorkflow } from "./update-listing"

/** A file as received, its content in base64 as Medusa's file workflows take it. */
export type ListingImageFile = { filename: string; mimeType: string; content: string }

export type AddListingImagesWorkflowInput = { product_id: string; member_id: string; files: ListingImageFile[] }

export const addListingImagesWorkflowId = "add-listing-images"

/**
 * Uploads photos through Medusa's file module and adds them after the listing's images, as an
 * update: shown at once on a draft or rejected listing, proposed as a revision on a live one
 * (after the images its pending revision already proposes). Checking the files' type and size is
 * the caller's job; if the update is refused, the uploaded files are deleted again.
 */
export const addListingImagesWorkflow = createWorkflow(addListingImagesWorkflowId, (input: AddListingImagesWorkflowInput) => {
  const loaded = ensureListingWorkflow.runAsStep({ input: { product_id: input.product_id } })
  const upload = transform({ input }, ({ input }) => ({ files: input.files.map((file) => ({ ...file, access: "public" as const })) }))
  const files = uploadFilesWorkflow.runAsStep({ input: upload })
  const update = transform({ input, loaded, files }, ({ input, loaded, files }) => {
    const current = loaded.listing.state === "live" ? (loaded.pending_revision?.changes.images ?? loaded.images) : loaded.images
    const uploaded = files.map((file) => file.url)
    return { product_id: input.product_id, member_id: input.member_id, changes: { images: [...current, ...uploaded] }, uploaded }
  })
  updateListingWorkflow.runAsStep({ input: update })
  return new WorkflowResponse(transform({ files }, ({ files }) => files.map((file) => ({ id: file.id, url: file.url }))))
})
