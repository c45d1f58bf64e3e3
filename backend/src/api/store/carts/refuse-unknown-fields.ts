import { zodValidator } from "@medusajs/framework"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

type Body = Record<string, unknown>

/**
 * Refuses a body (or the part of it `select` picks) that the strict `schema` does not accept,
 * with Medusa's own validation error (400 `invalid_data`, "Unrecognized fields: 'unit_price'").
 * It only judges: Medusa's validator for the route still builds `req.validatedBody`.
 */
export function refuseUnknownFields(schema: z.ZodTypeAny, select: (body: Body) => unknown = (body) => body) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await zodValidator(schema, select((req.body ?? {}) as Body))
      next()
    } catch (error) {
      next(error)
    }
  }
}
