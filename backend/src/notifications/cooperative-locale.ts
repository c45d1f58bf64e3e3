import type { MedusaContainer } from "@medusajs/framework/types"
import { defaultLocale, type Locale } from "@tiwizi/locale"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"

/**
 * The language a cooperative's messages go out in: the one its owner last used the portal in
 * (the first owner's, when there are several), else the shop's default, French.
 */
export async function cooperativeLocale(container: MedusaContainer, cooperativeId: string): Promise<Locale> {
  const [owner] = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperativeMembers({ cooperative_id: cooperativeId, role: "owner" }, { select: ["locale"], order: { created_at: "ASC" }, take: 1 })
  return owner?.locale ?? defaultLocale
}
