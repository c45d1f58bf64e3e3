import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Where cooperatives' products are sold, shipped from and stocked. */
export type SellingContext = { sales_channel_id: string; shipping_profile_id: string; location_id: string }

function missing(what: string): never {
  // A shop set up without it is a server fault, not the member's: UNEXPECTED_STATE answers 500.
  throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The shop has no ${what} for cooperatives' products`)
}

/**
 * The store's default sales channel (the one the storefront's key serves), the default shipping
 * profile and the stock location of that channel. Every order ships from the shop's warehouse,
 * so cooperatives' stock is counted there.
 */
export const resolveSellingContextStep = createStep("resolve-selling-context", async (_: void, { container }) => {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"], take: 1 })
  const salesChannelId = store?.default_sales_channel_id ?? missing("default sales channel")
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_channel",
    fields: ["stock_locations.id"],
    filters: { id: salesChannelId },
  })
  const locationId = data[0]?.stock_locations?.find((location) => !!location)?.id ?? missing("stock location")
  const [profile] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: "default" }, { select: ["id"], take: 1 })
  return new StepResponse<SellingContext>({
    sales_channel_id: salesChannelId,
    shipping_profile_id: profile?.id ?? missing("default shipping profile"),
    location_id: locationId,
  })
})
