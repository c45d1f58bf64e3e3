import type { SeedCollection } from "./types"

/** The staff's curated collections; products name the handles of those they belong to. */
export const collections: SeedCollection[] = [
  {
    handle: "pieces-uniques-khenifra",
    title: { fr: "Pièces uniques de Khénifra", ar: "قطع فريدة من خنيفرة", en: "One-of-a-kind pieces from Khénifra" },
    description: {
      fr: "Des tapis qui n'existent qu'en un exemplaire, noués et tissés par les tisserandes d'Aghbalou, Kaf En-Nsour, M'rirt, Moulay Bouazza et Tighassaline.",
      ar: "زرابي لا توجد منها إلا نسخة واحدة، عقدتها ونسجتها نساجات أغبالو وكاف النسور ومريرت ومولاي بوعزة وتيغسالين.",
      en: "Rugs that exist only once, knotted and woven by the weavers of Aghbalou, Kaf En-Nsour, M'rirt, Moulay Bouazza and Tighassaline.",
    },
  },
  {
    handle: "nouveautes",
    title: { fr: "Nouveautés", ar: "وصل حديثا", en: "New arrivals" },
    description: {
      fr: "Les dernières pièces sorties des métiers, des fours et des ruchers de nos coopératives.",
      ar: "آخر ما خرج من مناسج تعاونياتنا وأفرانها ومناحلها.",
      en: "The latest pieces off our cooperatives' looms, out of their kilns and from their hives.",
    },
  },
  {
    handle: "cadeaux-du-terroir",
    title: { fr: "Cadeaux du terroir", ar: "هدايا من المنتوجات المجالية", en: "Terroir gifts" },
    description: {
      fr: "Huile d'argan, miels, safran et coffrets à offrir, expédiés depuis les coopératives qui les produisent.",
      ar: "زيت الأركان والعسل والزعفران وعلب للإهداء، ترسل من التعاونيات التي تنتجها.",
      en: "Argan oil, honeys, saffron and gift boxes, shipped from the cooperatives that make them.",
    },
  },
  {
    handle: "teintures-naturelles",
    title: { fr: "Teintures naturelles", ar: "أصباغ طبيعية", en: "Natural dyes" },
    description: {
      fr: "Laine teinte à la garance, au henné, à l'indigo ou laissée dans la couleur de la toison : aucune teinture chimique.",
      ar: "صوف مصبوغ بالفوة والحناء والنيلة أو متروك بلون الجزة: دون أي صباغة كيميائية.",
      en: "Wool dyed with madder, henna and indigo or left in the fleece's own colour: no chemical dye at all.",
    },
  },
]
