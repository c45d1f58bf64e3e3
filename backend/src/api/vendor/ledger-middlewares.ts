import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { BalancesQuery, VendorStatementQuery } from "../admin/ledger-validators"
import { requireCooperative } from "./scope"

/**
 * What the member's cooperative is owed, behind the vendor scoping of `/vendor/*`: the routes
 * read the cooperative from the scope only, so no query can reach another cooperative's ledger.
 */
export const vendorLedgerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/vendor/balance", methods: ["GET"], middlewares: [requireCooperative, validateAndTransformQuery(BalancesQuery, { defaults: [] })] },
  {
    matcher: "/vendor/statement",
    methods: ["GET"],
    middlewares: [requireCooperative, validateAndTransformQuery(VendorStatementQuery, { defaults: [] })],
  },
]
