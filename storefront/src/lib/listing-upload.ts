import type { VendorProduct } from "./listing-product"
import type { UploadOutcome } from "./listing-retry"

/** What the upload route answers on success: the uploaded files and the product after them. */
export type UploadAnswer = { files: { id: string; url: string }[]; product: VendorProduct }

/** A photo that has not finished after two minutes is stuck: the try ends and may be retried. */
const timeoutMs = 120_000

/**
 * Sends one photo to the portal's upload route (which forwards it with the member's token) with
 * XMLHttpRequest, the one browser API that reports upload progress. `onProgress` gets the share
 * sent, from 0 to 1. Never rejects: every ending is an {@link UploadOutcome}.
 */
export function sendPhoto(productId: string, photo: Blob, name: string, onProgress: (share: number) => void): Promise<UploadOutcome<UploadAnswer>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open("POST", `/api/cooperative/products/${encodeURIComponent(productId)}/images`)
    request.responseType = "json"
    request.timeout = timeoutMs
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve({ kind: "done", value: request.response as UploadAnswer })
      else resolve({ kind: "refused", status: request.status, body: request.response })
    }
    request.onerror = () => resolve({ kind: "network" })
    request.ontimeout = () => resolve({ kind: "timeout" })
    request.onabort = () => resolve({ kind: "aborted" })
    const form = new FormData()
    form.append("files", photo, name)
    request.send(form)
  })
}
