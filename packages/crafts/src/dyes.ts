import type { Translated } from "@tiwizi/locale"
import { entryOf, guardFor } from "./code-list"

/** The colours of wool and fibre. A `readonly` tuple so validators can write `z.enum(dyeCodes)`. */
export const dyeCodes = [
  "madder",
  "cochineal",
  "henna",
  "saffron",
  "pomegranate",
  "indigo",
  "indigo-pomegranate",
  "walnut",
  "undyed-ivory",
  "undyed-grey",
  "undyed-brown",
  "undyed-black",
  "synthetic-red",
  "synthetic-orange",
  "synthetic-yellow",
  "synthetic-pink",
  "synthetic-purple",
  "synthetic-blue",
  "synthetic-turquoise",
  "synthetic-green",
] as const

export type DyeCode = (typeof dyeCodes)[number]

/** Natural dyes come from plants or insects; undyed is the fleece's own colour. */
export const dyeKinds = ["natural", "undyed", "synthetic"] as const
export type DyeKind = (typeof dyeKinds)[number]

export type Dye = {
  code: DyeCode
  kind: DyeKind
  /** A representative colour of dyed wool, `#rrggbb`; the product image generator paints with it. */
  hex: string
  /** The dye itself, as listed in a filter. */
  label: Translated
  /** The colour it gives, lower case, to be written inside a sentence ("rouge garance"). */
  shade: Translated
}

const definitions: Record<DyeCode, Omit<Dye, "code">> = {
  madder: {
    kind: "natural",
    hex: "#a3282a",
    label: { fr: "Garance", ar: "الفوة", en: "Madder" },
    shade: { fr: "rouge garance", ar: "أحمر الفوة", en: "madder red" },
  },
  cochineal: {
    kind: "natural",
    hex: "#8e1b3f",
    label: { fr: "Cochenille", ar: "القرمز", en: "Cochineal" },
    shade: { fr: "cramoisi de cochenille", ar: "القرمزي", en: "cochineal crimson" },
  },
  henna: {
    kind: "natural",
    hex: "#c0622b",
    label: { fr: "Henné", ar: "الحناء", en: "Henna" },
    shade: { fr: "orange henné", ar: "برتقالي الحناء", en: "henna orange" },
  },
  saffron: {
    kind: "natural",
    hex: "#dca22a",
    label: { fr: "Safran", ar: "الزعفران", en: "Saffron" },
    shade: { fr: "jaune safran", ar: "أصفر الزعفران", en: "saffron yellow" },
  },
  pomegranate: {
    kind: "natural",
    hex: "#b39b45",
    label: { fr: "Écorce de grenade", ar: "قشر الرمان", en: "Pomegranate rind" },
    shade: { fr: "jaune de grenade", ar: "أصفر قشر الرمان", en: "pomegranate yellow" },
  },
  indigo: {
    kind: "natural",
    hex: "#27406b",
    label: { fr: "Indigo", ar: "النيلة", en: "Indigo" },
    shade: { fr: "bleu indigo", ar: "أزرق النيلة", en: "indigo blue" },
  },
  "indigo-pomegranate": {
    kind: "natural",
    hex: "#4a6b3a",
    label: { fr: "Indigo sur grenade", ar: "النيلة على قشر الرمان", en: "Indigo over pomegranate" },
    shade: { fr: "vert olive", ar: "الأخضر الزيتوني", en: "olive green" },
  },
  walnut: {
    kind: "natural",
    hex: "#5b4030",
    label: { fr: "Brou de noix", ar: "قشر الجوز", en: "Walnut husk" },
    shade: { fr: "brun de noix", ar: "بني الجوز", en: "walnut brown" },
  },
  "undyed-ivory": {
    kind: "undyed",
    hex: "#e9e0cc",
    label: { fr: "Écru naturel (non teint)", ar: "أبيض طبيعي (غير مصبوغ)", en: "Natural ivory (undyed)" },
    shade: { fr: "écru naturel", ar: "الأبيض الطبيعي", en: "natural ivory" },
  },
  "undyed-grey": {
    kind: "undyed",
    hex: "#9a948a",
    label: { fr: "Gris naturel (non teint)", ar: "رمادي طبيعي (غير مصبوغ)", en: "Natural grey (undyed)" },
    shade: { fr: "gris naturel", ar: "الرمادي الطبيعي", en: "natural grey" },
  },
  "undyed-brown": {
    kind: "undyed",
    hex: "#6a5140",
    label: { fr: "Brun naturel (non teint)", ar: "بني طبيعي (غير مصبوغ)", en: "Natural brown (undyed)" },
    shade: { fr: "brun naturel", ar: "البني الطبيعي", en: "natural brown" },
  },
  "undyed-black": {
    kind: "undyed",
    hex: "#2b2623",
    label: { fr: "Noir naturel (non teint)", ar: "أسود طبيعي (غير مصبوغ)", en: "Natural black (undyed)" },
    shade: { fr: "noir naturel", ar: "الأسود الطبيعي", en: "natural black" },
  },
  "synthetic-red": {
    kind: "synthetic",
    hex: "#c62828",
    label: { fr: "Rouge (teinture synthétique)", ar: "أحمر (صباغة اصطناعية)", en: "Red (synthetic dye)" },
    shade: { fr: "rouge vif", ar: "الأحمر الزاهي", en: "bright red" },
  },
  "synthetic-orange": {
    kind: "synthetic",
    hex: "#ec6a1c",
    label: { fr: "Orange (teinture synthétique)", ar: "برتقالي (صباغة اصطناعية)", en: "Orange (synthetic dye)" },
    shade: { fr: "orange vif", ar: "البرتقالي الزاهي", en: "bright orange" },
  },
  "synthetic-yellow": {
    kind: "synthetic",
    hex: "#f2c523",
    label: { fr: "Jaune (teinture synthétique)", ar: "أصفر (صباغة اصطناعية)", en: "Yellow (synthetic dye)" },
    shade: { fr: "jaune vif", ar: "الأصفر الزاهي", en: "bright yellow" },
  },
  "synthetic-pink": {
    kind: "synthetic",
    hex: "#dd4d8c",
    label: { fr: "Rose (teinture synthétique)", ar: "وردي (صباغة اصطناعية)", en: "Pink (synthetic dye)" },
    shade: { fr: "rose", ar: "الوردي", en: "pink" },
  },
  "synthetic-purple": {
    kind: "synthetic",
    hex: "#6b3fa0",
    label: { fr: "Violet (teinture synthétique)", ar: "بنفسجي (صباغة اصطناعية)", en: "Purple (synthetic dye)" },
    shade: { fr: "violet", ar: "البنفسجي", en: "purple" },
  },
  "synthetic-blue": {
    kind: "synthetic",
    hex: "#1f6bb5",
    label: { fr: "Bleu (teinture synthétique)", ar: "أزرق (صباغة اصطناعية)", en: "Blue (synthetic dye)" },
    shade: { fr: "bleu vif", ar: "الأزرق الزاهي", en: "bright blue" },
  },
  "synthetic-turquoise": {
    kind: "synthetic",
    hex: "#1fa39c",
    label: { fr: "Turquoise (teinture synthétique)", ar: "فيروزي (صباغة اصطناعية)", en: "Turquoise (synthetic dye)" },
    shade: { fr: "turquoise", ar: "الفيروزي", en: "turquoise" },
  },
  "synthetic-green": {
    kind: "synthetic",
    hex: "#3a9a4a",
    label: { fr: "Vert (teinture synthétique)", ar: "أخضر (صباغة اصطناعية)", en: "Green (synthetic dye)" },
    shade: { fr: "vert vif", ar: "الأخضر الزاهي", en: "bright green" },
  },
}

/** Every dye, in the order of `dyeCodes`. */
export const dyes: readonly Dye[] = dyeCodes.map((code) => ({ code, ...definitions[code] }))

export const isDye = guardFor(dyeCodes)

/** The dye with this code; throws a RangeError for an unknown one. */
export function dyeOf(code: string): Dye {
  return entryOf(dyes, code, "dye")
}

/**
 * Whether every colour of a piece is natural or undyed. An empty list says nothing about the
 * piece, so it is not "naturally dyed"; an unknown code throws a RangeError.
 */
export function isNaturallyDyed(codes: readonly string[]): boolean {
  return codes.length > 0 && codes.every((code) => dyeOf(code).kind !== "synthetic")
}
