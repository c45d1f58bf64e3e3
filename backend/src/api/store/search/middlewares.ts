import { configureStoreSearch, type MiddlewareRoute } from "@medusajs/framework/http"

/**
 * `POST /store/search` answers for the product index only. Medusa narrows it to published
 * products of the publishable key's sales channels (the index holds `status` and
 * `sales_channel_ids`); the index itself holds only live products of approved cooperatives.
 */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/search", middlewares: [configureStoreSearch({ allowed_indexes: { product: true } })] },
]
