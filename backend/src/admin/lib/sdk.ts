import Medusa from "@medusajs/js-sdk"

/**
 * The JS SDK for our admin pages, as Medusa's admin customization guide sets it up: same origin
 * as the dashboard (Medusa serves both), authenticated by the dashboard's session cookie.
 */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
