import { createHash } from "node:crypto"

/**
 * `count` decimal digits derived from a text: the same in every seed and independent of the
 * catalogue's order, so made-up registration, phone and bank numbers stay unique and stable.
 */
export function digitsOf(text: string, count: number): string {
  const hex = createHash("sha256").update(text).digest("hex")
  return BigInt(`0x${hex}`).toString().slice(-count).padStart(count, "0")
}
