import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedShop } from "./seed/index"
import { demoAccounts } from "./seed/accounts"
import { demoBidders } from "./seed/auction-lots"
import { products } from "./seed/catalogue"
import { OWNER_EMAIL_PATTERN, ownerEmail } from "./seed/cooperative-owners"
import { writeStorefrontEnv } from "./seed/storefront-env"

/** `npm run seed`: the whole demo catalogue, then the storefront's connection settings. */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { publishableKey } = await seedShop(container, products, (message) => logger.info(`Seed: ${message}`), { auctions: true })
  const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${process.env.PORT ?? 9000}`
  const envFile = writeStorefrontEnv({ MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey })
  logger.info(
    [
      `Seed complete. Storefront settings written to ${envFile}.`,
      "Demo accounts (development only):",
      `  staff     ${demoAccounts.staff} / ${demoAccounts.password}  → ${backendUrl}/app`,
      `  customer  ${demoAccounts.customer} / ${demoAccounts.password}`,
      `  bidders   ${demoBidders.map((bidder) => bidder.email).join(", ")} / ${demoAccounts.password}`,
      `  owners    ${OWNER_EMAIL_PATTERN} / ${demoAccounts.password}  (one per cooperative, e.g. ${ownerEmail("tifawin-aghbalou")})`,
    ].join("\n"),
  )
}
