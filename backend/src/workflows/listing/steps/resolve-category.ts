import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The id of the active category with this handle, or null when no handle is given. Validators
 * check handles against the crafts vocabulary; this catches a category staff have not created
 * or have deactivated, as INVALID_DATA naming the field.
 */
export const resolveCategoryStep = createStep(
  "resolve-listing-category",
  async ({ handle }: { handle?: string | null }, { container }) => {
    if (!handle) return new StepResponse<string | null>(null)
    const [category] = await container
      .resolve(Modules.PRODUCT)
      .listProductCategories({ handle, is_active: true }, { select: ["id"], take: 1 })
    if (!category) throw new MedusaError(MedusaError.Types.INVALID_DATA, `category: the shop has no category "${handle}"`)
    return new StepResponse<string | null>(category.id)
  },
)
