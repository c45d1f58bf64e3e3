import { z } from "@medusajs/framework/zod"

/** `GET /store/impact` takes no query parameters besides the locale; anything else is refused by name. */
export const StoreGetImpactParams = z.object({}).strict()
