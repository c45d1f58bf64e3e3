import { z } from "@medusajs/framework/zod"

/** A query-string boolean: only the words `true` and `false`, so a typo is refused, not read as false. */
const queryBoolean = z.enum(["true", "false"]).transform((value) => value === "true")

/** `GET /store/cooperatives`: filters and pagination; anything else is refused by name. */
export const StoreListCooperativesParams = z
  .object({
    province: z.string().trim().min(1).max(100).optional(),
    women_led: queryBoolean.optional(),
    rural: queryBoolean.optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  })
  .strict()

export type StoreListCooperativesParamsType = z.infer<typeof StoreListCooperativesParams>

/** `GET /store/cooperatives/:handle` takes no query parameters besides the locale. */
export const StoreGetCooperativeParams = z.object({}).strict()
