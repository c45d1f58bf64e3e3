import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { slugify } from "../../cooperative/handle"

const CANDIDATES = 20
const MAX_LENGTH = 80

/**
 * A free product handle from the French title, as the seed's handles read ("tapis-zayane-a-losanges"),
 * numbered when taken ("-2", "-3"…). Past a few dozen namesakes, a random suffix: titles repeat
 * across cooperatives, and the member never chooses the URL.
 */
export const generateProductHandleStep = createStep("generate-product-handle", async ({ title }: { title: string }, { container }) => {
  const base = slugify(title).slice(0, MAX_LENGTH).replace(/-+$/, "") || "produit"
  const candidates = [base, ...Array.from({ length: CANDIDATES - 1 }, (_, index) => `${base}-${index + 2}`)]
  const taken = new Set(
    (await container.resolve(Modules.PRODUCT).listProducts({ handle: candidates }, { select: ["handle"], withDeleted: true })).map(
      (product) => product.handle,
    ),
  )
  const free = candidates.find((candidate) => !taken.has(candidate)) ?? `${base}-${Math.random().toString(36).slice(2, 8)}`
  return new StepResponse(free)
})
