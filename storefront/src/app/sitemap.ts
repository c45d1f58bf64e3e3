import type { MetadataRoute } from "next"
import { connection } from "next/server"
import { defaultLocale } from "@tiwizi/locale"
import { listCategoryHandles } from "@/lib/data/categories"
import { listCollections } from "@/lib/data/collections"
import { listAllCooperatives } from "@/lib/data/cooperatives"
import { listProductPaths } from "@/lib/data/products"
import { sitemapEntries, type SitemapPage } from "@/lib/sitemap-entries"
import { siteUrl } from "@/lib/site-url"

/**
 * Every page worth indexing, in French, Arabic and English, each with its translations:
 * home, the cooperatives' list, the auctions, categories, collections, cooperatives and products.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Rendered on request, never at build time: a Docker image is built with no backend to ask.
  // The catalogue reads below are cached by their data functions.
  await connection()
  const [categories, collections, cooperatives, products] = await Promise.all([
    listCategoryHandles(),
    listCollections(defaultLocale, 100),
    listAllCooperatives(defaultLocale),
    listProductPaths(),
  ])
  const pages: SitemapPage[] = [
    { path: "/" },
    { path: "/cooperatives" },
    { path: "/auctions" },
    ...categories.map((handle) => ({ path: `/categories/${handle}` })),
    ...collections.map((collection) => ({ path: `/collections/${collection.handle}` })),
    ...cooperatives.map((cooperative) => ({ path: `/cooperatives/${cooperative.handle}` })),
    ...products.map((product) => ({ path: `/products/${product.handle}`, ...(product.updated_at && { lastModified: product.updated_at }) })),
  ]
  return sitemapEntries(siteUrl(), pages)
}
