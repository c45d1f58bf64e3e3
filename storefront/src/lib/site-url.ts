/** The storefront's own address when none is configured (`npm run dev`). */
export const defaultSiteUrl = "http://localhost:8000"

/**
 * The shop's public address, for absolute links (canonical URLs, the sitemap, structured data,
 * share links). Read from `STOREFRONT_URL`, the variable the backend reads for CORS, so one
 * setting names the shop everywhere.
 */
export function siteUrl(): string {
  return (process.env.STOREFRONT_URL || defaultSiteUrl).replace(/\/+$/, "")
}
