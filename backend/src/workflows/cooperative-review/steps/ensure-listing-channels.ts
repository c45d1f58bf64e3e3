import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The channel the shop sells through and the one that holds a suspended cooperative's products. */
export type ListingChannels = { shop_id: string; holding_id: string }

/**
 * Found by name: staff see it in Medusa Admin under this name, and renaming it there would make
 * the next suspension create a new one (products held in the old one would then have to be moved
 * back by hand).
 */
export const HOLDING_CHANNEL_NAME = "Coopératives suspendues"

/**
 * The shop's sales channel (the store's default one, which the storefront's publishable key
 * serves) and the holding channel, created on the first suspension. The holding channel is
 * disabled and has no publishable key, so nothing in it can be seen or bought; the compensation
 * deletes it only if this step created it.
 */
export const ensureListingChannelsStep = createStep(
  "ensure-listing-channels",
  async (_: void, { container }) => {
    const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] })
    if (!store?.default_sales_channel_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no default sales channel to list cooperatives' products in")
    }
    const salesChannels = container.resolve(Modules.SALES_CHANNEL)
    const [holding] = await salesChannels.listSalesChannels({ name: HOLDING_CHANNEL_NAME }, { select: ["id"], take: 1 })
    if (holding) return new StepResponse<ListingChannels, string | null>({ shop_id: store.default_sales_channel_id, holding_id: holding.id }, null)
    const created = await salesChannels.createSalesChannels({
      name: HOLDING_CHANNEL_NAME,
      description: "Produits retirés de la boutique pendant la suspension de leur coopérative",
      is_disabled: true,
    })
    return new StepResponse<ListingChannels, string | null>({ shop_id: store.default_sales_channel_id, holding_id: created.id }, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve(Modules.SALES_CHANNEL).deleteSalesChannels(createdId)
  },
)
