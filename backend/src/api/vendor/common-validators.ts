import { z } from "@medusajs/framework/zod"

/**
 * Field schemas the vendor routes share. Each message names its field: the generic messages of
 * format checks do not, and a person on a phone needs to know which box to fix.
 */

/** Lower-cased, since emails are logins and compared as such. */
export const emailField = (field: string) =>
  z.email(`${field} must be an email address such as nom@exemple.ma`).transform((email) => email.toLowerCase())

/** Spaces, dots and dashes, as people type numbers, are dropped: "+212 6 12-34-56-78" → "+212612345678". */
export const phoneField = (field: string) =>
  z
    .string()
    .transform((phone) => phone.replace(/[\s.-]/g, ""))
    .pipe(z.string().regex(/^\+?\d{9,15}$/, `${field} must be a phone number such as +212 6 12 34 56 78`))

/** Trimmed text of bounded length; `min` 1 refuses blanks. */
export const textField = (max: number, min = 1) => z.string().trim().min(min).max(max)

/** A whole number of people, `min` or more. */
export const countField = (min: number) => z.number().int().min(min).max(100_000)

/** An image address, as returned by the file upload. */
export const imageUrlField = (field: string) =>
  z.url({ protocol: /^https?$/, error: `${field} must be an http(s) address` }).max(2_000)

/** Routes with no body (submit, withdraw, archive, ending sessions) still refuse one with fields in it. */
export const EmptyBody = z.object({}).strict()
