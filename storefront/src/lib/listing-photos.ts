/**
 * Photos are made small in the browser before they travel: a phone's 12-megapixel photo weighs
 * 3–6 MB, which a slow mobile connection takes minutes to send, while 1600 px on the longest
 * side is more than the shop ever shows. WebP at 0.82 keeps a carpet's knots sharp at a tenth
 * of the weight; browsers that cannot encode WebP (older Safari) get JPEG.
 */
export const maxPhotoSide = 1600
export const photoQuality = 0.82

/** The size of a `width` × `height` picture scaled down (never up) to fit `max` on its longest side. */
export function fitWithin(width: number, height: number, max = maxPhotoSide): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

const sentTypes = ["image/webp", "image/jpeg", "image/png"]

/** The name a photo is sent under: its place and the extension of its format (`photo-2.webp`). */
export function photoFileName(index: number, type: string): string {
  const extension = type === "image/webp" ? "webp" : type === "image/png" ? "png" : "jpg"
  return `photo-${index + 1}.${extension}`
}

function encode(canvas: HTMLCanvasElement, type: string): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, photoQuality))
}

/**
 * The photo resized to {@link maxPhotoSide} and re-encoded, turned upright as the camera held
 * it. A photo that is already small enough in a format the backend takes is kept as it is when
 * re-encoding would not make it lighter. Rejects when the browser cannot read the file (not a
 * picture, or a format it does not decode).
 */
export async function compressPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" })
  const size = fitWithin(bitmap.width, bitmap.height)
  const resized = size.width !== bitmap.width || size.height !== bitmap.height
  const canvas = document.createElement("canvas")
  canvas.width = size.width
  canvas.height = size.height
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0, size.width, size.height)
  bitmap.close()
  // A browser that cannot write WebP hands back a PNG instead: heavy, so JPEG is asked next.
  const webp = await encode(canvas, "image/webp")
  const encoded = webp?.type === "image/webp" ? webp : await encode(canvas, "image/jpeg")
  if (!encoded) throw new Error("the photo could not be encoded")
  if (!resized && sentTypes.includes(file.type) && file.size <= encoded.size) return file
  return encoded
}
