import type { VendorProduct } from "./listing-product"

/** A live carpet as `GET /vendor/products/:id` answers it, for the listing helpers' tests. */
export function testProduct(patch: Partial<VendorProduct> = {}): VendorProduct {
  return {
    id: "prod_01JTESTCARPET0000000000000",
    handle: "tapis-zayane-rouge",
    status: "published",
    thumbnail: "http://localhost:9000/static/a.webp",
    title: { fr: "Tapis zayane rouge", ar: "زربية زيانية حمراء" },
    subtitle: { fr: "Tapis zayane, 200 × 300 cm" },
    description: { fr: "Noué par Itto à Aghbalou." },
    category: "tapis-zayane",
    images: ["http://localhost:9000/static/a.webp", "http://localhost:9000/static/b.webp"],
    variants: [{ id: "variant_01JTESTVARIANT00000000000", title: "200 × 300 cm", sku: null, weight_grams: null, prices: { mad: 4500 }, stock: 1, reserved: 0 }],
    listing: {
      id: "lst_01JTEST",
      state: "live",
      rejection_reason: null,
      submitted_at: "2026-01-02T10:00:00.000Z",
      decided_at: "2026-01-03T10:00:00.000Z",
      first_live_at: "2026-01-03T10:00:00.000Z",
      archived_at: null,
    },
    revision: null,
    provenance: {
      technique: "hand-knotted-pile",
      materials: ["wool"],
      dye_kind: "natural",
      dyes: ["madder"],
      width_cm: 200,
      length_cm: 300,
      work_hours: 300,
      one_of_a_kind: true,
    },
    ...patch,
  }
}
