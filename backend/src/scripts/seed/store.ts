import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { locales } from "@tiwizi/locale"

const SALES_CHANNEL = "Boutique Tiwizi"
const KEY_TITLE = "Boutique Tiwizi"

/** What the rest of the seed builds on. */
export type ShopBasics = { salesChannelId: string; publishableKey: string }

/**
 * The store itself: name, currencies (MAD by default, prices tax included in MAD and EUR), the
 * Translation Module's locales `fr`, `ar`, `en`, the shop's sales channel and the storefront's
 * publishable API key. Finds each thing before creating it.
 */
export async function seedStore(container: MedusaContainer): Promise<ShopBasics> {
  const salesChannelId = await ensureSalesChannel(container)
  await ensureLocales(container)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { select: ["id"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Tiwizi",
        default_sales_channel_id: salesChannelId,
        supported_currencies: [
          { currency_code: "mad", is_default: true, is_tax_inclusive: true },
          { currency_code: "eur", is_tax_inclusive: true },
          { currency_code: "usd", is_tax_inclusive: true },
        ],
        supported_locales: locales.map((code) => ({ locale_code: code })),
      },
    },
  })
  return { salesChannelId, publishableKey: await ensurePublishableKey(container, salesChannelId) }
}

async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [found] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL }, { select: ["id"] })
  if (found) return found.id
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL, description: "La boutique en ligne des coopératives" }] },
  })
  return result[0].id
}

/** Medusa ships regional codes (fr-FR, ar-SA…); the shop asks for plain `fr`, `ar`, `en`. */
async function ensureLocales(container: MedusaContainer): Promise<void> {
  const translation = container.resolve(Modules.TRANSLATION)
  const existing = new Set((await translation.listLocales({ code: [...locales] }, { select: ["code"] })).map((l) => l.code))
  const names = { fr: "Français", ar: "العربية", en: "English" } as const
  const missing = locales.filter((code) => !existing.has(code))
  if (missing.length) await translation.createLocales(missing.map((code) => ({ code, name: names[code] })))
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "sales_channels.id"],
    filters: { title: KEY_TITLE, type: "publishable", revoked_at: null },
  })
  const key = data[0] ?? (await createKey(container))
  if (!key.sales_channels?.some((channel: { id: string } | null) => channel?.id === salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
  return key.token
}

async function createKey(container: MedusaContainer) {
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: KEY_TITLE, type: "publishable", created_by: "seed" }] },
  })
  return { ...result[0], sales_channels: [] }
}
