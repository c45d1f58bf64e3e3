import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import type { ListingImageFile } from "../../../workflows/listing/workflows/add-listing-images"
import { MAX_IMAGES } from "../../../workflows/listing/steps/check-listing-edit"

/** Photos from a phone are a few MB; 10 MB leaves room for a good camera and keeps uploads sane. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024

type ImageType = { mime: string; extension: string; matches: (bytes: Buffer) => boolean }

/** The formats browsers show everywhere, recognised by their first bytes, not by what the client claims. */
const imageTypes: ImageType[] = [
  { mime: "image/jpeg", extension: "jpg", matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: "image/png",
    extension: "png",
    matches: (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mime: "image/webp",
    extension: "webp",
    matches: (b) => b.length > 12 && b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP",
  },
]

type UploadedFile = { fieldname: string; originalname: string; mimetype: string; buffer: Buffer; size: number }
type MulterError = Error & { code: string; field?: string }

// In memory, as Medusa's own upload route does: Medusa's file workflows take the content as base64.
// The limits make multer stop reading a file past 10 MB instead of buffering all of it.
const receive = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_IMAGES } }).array(
  "files",
  MAX_IMAGES,
)

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * Multer's and its parser's refusals (limits, a malformed multipart body), which would otherwise
 * reach the error handler as unknown errors (500): they are the client's, so 400.
 */
function explain(error: MulterError): MedusaError {
  switch (error.code) {
    case "LIMIT_FILE_SIZE":
      return invalid(`files: each photo must be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`)
    case "LIMIT_FILE_COUNT":
    case "LIMIT_UNEXPECTED_FILE":
      return error.field && error.field !== "files"
        ? invalid(`files: send the photos in the "files" field, not "${error.field}"`)
        : invalid(`files: at most ${MAX_IMAGES} photos at a time`)
    default:
      return invalid(`files: the upload could not be read (${error.message})`)
  }
}

/** A safe name with the extension of the real format, so a file is never served as anything else. */
function fileName(original: string, type: ImageType): string {
  const stem = original.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60)
  return `${stem || "photo"}.${type.extension}`
}

/**
 * Receives `multipart/form-data` photos in the `files` field and checks each one: JPEG, PNG or
 * WebP by its actual bytes, and declared as one of them (a text file named `.jpg` and declared
 * `image/jpeg` is refused; the stored type and extension are the ones the bytes show),
 * at most 10 MB, at most {@link MAX_IMAGES} at a time. Sets `req.validatedBody` to the files
 * ready for the file module; any refusal is a 400 naming the field and the file.
 */
export function uploadImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req, res, (error?: unknown) => {
    if (error) return next(explain(error as MulterError))
    const files = ((req as MedusaRequest & { files?: UploadedFile[] }).files ?? []) as UploadedFile[]
    if (!files.length) return next(invalid('files: send one or more photos as multipart/form-data in the "files" field'))
    const accepted: ListingImageFile[] = []
    for (const file of files) {
      const type = imageTypes.find((candidate) => candidate.matches(file.buffer))
      // The declared type must be an image too: a browser that calls a file text/plain means it.
      if (!type || !imageTypes.some((candidate) => candidate.mime === file.mimetype.toLowerCase())) {
        return next(invalid(`files: "${file.originalname}" is not a JPEG, PNG or WebP photo`))
      }
      accepted.push({ filename: fileName(file.originalname, type), mimeType: type.mime, content: file.buffer.toString("base64") })
    }
    req.validatedBody = { files: accepted }
    next()
  })
}
