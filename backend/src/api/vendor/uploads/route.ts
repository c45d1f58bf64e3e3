import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { ListingImageFile } from "../../../workflows/listing/workflows/add-listing-images"

/**
 * Stores photos (checked by `uploadImages`) through Medusa's file module, publicly readable, for
 * the cooperative's logo and cover: the portal then saves an address with `POST /vendor/cooperative`.
 */
export const POST = async (req: MedusaRequest<{ files: ListingImageFile[] }>, res: MedusaResponse) => {
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: { files: req.validatedBody.files.map((file) => ({ ...file, access: "public" as const })) },
  })
  res.json({ files: result.map((file) => ({ id: file.id, url: file.url })) })
}
