import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { BalancesQuery, PayoutBody, RefundBody, StatementQuery } from "./ledger-validators"

/**
 * Staff's routes over the cooperatives' ledger: balances, payouts, statements and refunds of
 * delivered parts. Medusa authenticates `/admin` as a staff user before these run; they only
 * validate queries and bodies.
 */
export const adminLedgerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/cooperative-balances", methods: ["GET"], middlewares: [validateAndTransformQuery(BalancesQuery, { defaults: [] })] },
  { matcher: "/admin/cooperatives/:id/payouts", methods: ["POST"], middlewares: [validateAndTransformBody(PayoutBody)] },
  { matcher: "/admin/cooperatives/:id/statement", methods: ["GET"], middlewares: [validateAndTransformQuery(StatementQuery, { defaults: [] })] },
  { matcher: "/admin/cooperative-orders/:id/refund", methods: ["POST"], middlewares: [validateAndTransformBody(RefundBody)] },
]
