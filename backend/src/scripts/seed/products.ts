import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { materialOf } from "@tiwizi/crafts"
import type { SeedProduct } from "./catalogue"
import { renderProductImages } from "./images"
import { progressBar } from "./progress"
import type { Taxonomy } from "./categories"
import { seedTranslations, type TranslatedRecord } from "./translations"

type Context = Taxonomy & { salesChannelId: string; locationId: string; shippingProfileId: string }

/** Products created per workflow run: big enough to be quick, small enough to show progress. */
const BATCH = 8

/**
 * Creates the catalogue's products that do not exist yet (matched by handle): their generated
 * images, variants with prices in MAD, EUR and USD, stock at the warehouse and their texts in
 * Arabic and English. Returns how many it created.
 */
export async function seedProducts(container: MedusaContainer, products: SeedProduct[], context: Context): Promise<number> {
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = new Set(
    (await productModule.listProducts({ handle: products.map((p) => p.handle) }, { select: ["handle"], take: null })).map((p) => p.handle),
  )
  const missing = products.filter((product) => !existing.has(product.handle))
  if (!missing.length) return 0
  const tagIds = await ensureTags(container, missing)
  const bar = progressBar("products", missing.length)
  for (let start = 0; start < missing.length; start += BATCH) {
    const batch = missing.slice(start, start + BATCH)
    const images = await Promise.all(batch.map((product) => uploadImages(container, product)))
    const { result } = await createProductsWorkflow(container).run({
      input: { products: batch.map((product, index) => toMedusaProduct(product, images[index], tagIds, context)) },
    })
    await stockUp(container, batch, context.locationId)
    await seedTranslations(container, result.flatMap((created, index) => translationsOf(batch[index], created)))
    batch.forEach(() => bar.tick())
  }
  bar.stop()
  return missing.length
}

async function uploadImages(container: MedusaContainer, product: SeedProduct): Promise<string[]> {
  const files = await renderProductImages(product)
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: files.map((file) => ({
        filename: file.filename,
        mimeType: file.mimeType,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return result.map((file) => file.url)
}

function toMedusaProduct(product: SeedProduct, imageUrls: string[], tagIds: Record<string, string>, context: Context) {
  const first = product.variants[0]
  return {
    title: product.title.fr,
    subtitle: product.subtitle.fr,
    description: product.description.fr,
    handle: product.handle,
    status: ProductStatus.PUBLISHED,
    thumbnail: imageUrls[0],
    images: imageUrls.map((url) => ({ url })),
    category_ids: [context.categoryIds[product.category]],
    collection_id: product.collections.length ? context.collectionIds[product.collections[0]] : undefined,
    tag_ids: product.tags.map((tag) => tagIds[tag]),
    sales_channels: [{ id: context.salesChannelId }],
    shipping_profile_id: context.shippingProfileId,
    material: materialsText(product, "fr"),
    origin_country: "ma",
    weight: first.weightGrams,
    width: product.widthCm,
    length: product.lengthCm,
    height: product.heightCm,
    options: [{ title: product.option.fr, values: product.variants.map((variant) => variant.value) }],
    variants: product.variants.map((variant) => ({
      title: variant.value,
      sku: variant.sku,
      manage_inventory: true,
      weight: variant.weightGrams,
      options: { [product.option.fr]: variant.value },
      prices: [
        { currency_code: "mad", amount: variant.prices.mad },
        { currency_code: "eur", amount: variant.prices.eur },
        { currency_code: "usd", amount: variant.prices.usd },
      ],
    })),
  }
}

function materialsText(product: SeedProduct, locale: "fr" | "ar" | "en"): string {
  return product.materials.map((code) => materialOf(code).label[locale]).join(", ")
}

/** Puts each new variant's stock at the warehouse. */
async function stockUp(container: MedusaContainer, batch: SeedProduct[], locationId: string): Promise<void> {
  const inventory = container.resolve(Modules.INVENTORY)
  const variants = batch.flatMap((product) => product.variants)
  const items = await inventory.listInventoryItems({ sku: variants.map((variant) => variant.sku) }, { select: ["id", "sku"] })
  const stockOf = new Map(variants.map((variant) => [variant.sku, variant.stock]))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        inventory_item_id: item.id,
        location_id: locationId,
        stocked_quantity: stockOf.get(item.sku ?? "") ?? 0,
      })),
    },
  })
}

function translationsOf(product: SeedProduct, created: { id: string; options?: { id: string }[] | null }): TranslatedRecord[] {
  const records: TranslatedRecord[] = [
    {
      reference: "product",
      id: created.id,
      texts: {
        title: product.title,
        subtitle: product.subtitle,
        description: product.description,
        material: { fr: materialsText(product, "fr"), ar: materialsText(product, "ar"), en: materialsText(product, "en") },
      },
    },
  ]
  const option = created.options?.[0]
  if (option) records.push({ reference: "product_option", id: option.id, texts: { title: product.option } })
  return records
}

/** Creates the product tags the new products use; returns every tag's id by value. */
async function ensureTags(container: MedusaContainer, products: SeedProduct[]): Promise<Record<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const values = [...new Set(products.flatMap((product) => product.tags))]
  const ids: Record<string, string> = {}
  for (const tag of await productModule.listProductTags({ value: values }, { select: ["id", "value"] })) ids[tag.value] = tag.id
  const missing = values.filter((value) => !ids[value])
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(container).run({ input: { product_tags: missing.map((value) => ({ value })) } })
    for (const tag of result) ids[tag.value] = tag.id
  }
  return ids
}
