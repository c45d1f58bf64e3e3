import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLedgerMiddlewares } from "./admin/ledger-middlewares"
import { adminMiddlewares } from "./admin/middlewares"
import { adminMarketplaceMiddlewares } from "./admin/marketplace-middlewares"
import { vendorLedgerMiddlewares } from "./vendor/ledger-middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { echoRequestId, errorHandlerWithRequestId } from "./request-id"
import { hooksMiddlewares } from "./hooks/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"
import { vendorOrderMiddlewares } from "./vendor/orders/middlewares"
import { vendorProductMiddlewares } from "./vendor/products/middlewares"

/**
 * Medusa reads one middlewares file; each API area keeps its own list next to its routes and
 * is composed here. Medusa orders middlewares by path, wildcards before exact paths, so the
 * vendor scoping on `/vendor/*` runs before every other `/vendor` middleware wherever it is listed.
 */
export default defineMiddlewares({
  errorHandler: errorHandlerWithRequestId,
  routes: [{ matcher: "/*", middlewares: [echoRequestId] }, ...adminMiddlewares, ...adminMarketplaceMiddlewares, ...adminLedgerMiddlewares, ...authMiddlewares, ...hooksMiddlewares, ...vendorMiddlewares, ...vendorProductMiddlewares, ...vendorOrderMiddlewares, ...vendorLedgerMiddlewares, ...storeMiddlewares],
})
