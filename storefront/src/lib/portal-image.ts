/** The pictures the backend takes (`POST /vendor/uploads`): JPEG, PNG or WebP of 10 MB at most. */
export const imageTypes: readonly string[] = ["image/jpeg", "image/png", "image/webp"]
export const maxImageBytes = 10 * 1024 * 1024

/**
 * The size of a picture scaled down to fit `maxSide` on its longer side, keeping its proportions;
 * a picture already small enough keeps its size (never scaled up).
 */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const longer = Math.max(width, height)
  if (longer <= maxSide) return { width, height }
  const scale = maxSide / longer
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** A picture's file name for another format: `IMG_2041.HEIC` → `IMG_2041.jpg`. */
export function renamedFor(name: string, type: "image/jpeg" | "image/png"): string {
  const base = name.replace(/\.[^./\\]+$/, "") || "photo"
  return `${base}.${type === "image/png" ? "png" : "jpg"}`
}
