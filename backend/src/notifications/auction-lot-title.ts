import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Locale } from "@tiwizi/locale"

/** The title of a lot's product in `locale`, as the shop shows it (the Translation Module's, French otherwise). */
export async function lotTitle(container: MedusaContainer, productId: string, locale: Locale): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // The translation is applied by id: without "id" among the fields, the French title comes back.
  const { data } = await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productId } }, { locale })
  return data[0]?.title ?? ""
}
