import sharp from "sharp"

/** A complete, valid new product for `POST /vendor/products`; each test changes only what it is about. */
export function newProduct(overrides: Record<string, unknown> = {}) {
  return {
    title: { fr: "Tapis zayane à losanges", ar: "زربية زيانية بالمعينات", en: "Zayane diamond rug" },
    subtitle: { fr: "Laine de M'rirt, teintures végétales" },
    description: { fr: "Noué main pendant six semaines par les tisserandes d'Aghbalou.", en: "Hand-knotted over six weeks." },
    category: "tapis-zayane",
    option_title: { fr: "Dimensions", ar: "المقاس", en: "Size" },
    variants: [{ title: "150 × 240 cm", prices: { mad: 4800, eur: 450, usd: 490 }, stock: 1, weight_grams: 9000 }],
    provenance: {
      weaver_names: ["Itto Ouhammou"],
      weaver_consent: true,
      village: "Aghbalou",
      technique: "hand-knotted-pile",
      materials: ["wool"],
      dye_kind: "natural",
      dyes: ["madder", "undyed-ivory"],
      width_cm: 150,
      length_cm: 240,
      work_hours: 320,
      one_of_a_kind: true,
    },
    ...overrides,
  }
}

/** A file as a phone sends it. */
export type Photo = { name: string; type: string; bytes: Buffer }

/** A `multipart/form-data` body with `photos` in `field`, as the portal uploads them. */
export function form(photos: Photo[], field = "files"): FormData {
  const body = new FormData()
  for (const photo of photos) body.append(field, new Blob([new Uint8Array(photo.bytes)], { type: photo.type }), photo.name)
  return body
}

/** A small real PNG, so uploads pass the check of their bytes. */
export async function pngPhoto(name = "tapis.png"): Promise<Photo> {
  return { name, type: "image/png", bytes: await sharp({ create: { width: 8, height: 8, channels: 3, background: "#a33b2b" } }).png().toBuffer() }
}
