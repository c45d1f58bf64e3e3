import type { Translated } from "@tiwizi/locale"

type Province = { region: string; area: Translated }

/**
 * The provinces and prefectures our cooperatives work in, with their region and the way a
 * sentence names them ("province de Khénifra", "عمالة سلا"). Keys are the provinces' usual
 * French names, as stored on a cooperative.
 */
export const provinces = {
  Khénifra: {
    region: "Béni Mellal-Khénifra",
    area: { fr: "province de Khénifra", ar: "إقليم خنيفرة", en: "Khénifra province" },
  },
  "Béni Mellal": {
    region: "Béni Mellal-Khénifra",
    area: { fr: "province de Béni Mellal", ar: "إقليم بني ملال", en: "Béni Mellal province" },
  },
  Azilal: {
    region: "Béni Mellal-Khénifra",
    area: { fr: "province d'Azilal", ar: "إقليم أزيلال", en: "Azilal province" },
  },
  Rabat: {
    region: "Rabat-Salé-Kénitra",
    area: { fr: "préfecture de Rabat", ar: "عمالة الرباط", en: "Rabat prefecture" },
  },
  Salé: {
    region: "Rabat-Salé-Kénitra",
    area: { fr: "préfecture de Salé", ar: "عمالة سلا", en: "Salé prefecture" },
  },
  Kénitra: {
    region: "Rabat-Salé-Kénitra",
    area: { fr: "province de Kénitra", ar: "إقليم القنيطرة", en: "Kénitra province" },
  },
  Khémisset: {
    region: "Rabat-Salé-Kénitra",
    area: { fr: "province de Khémisset", ar: "إقليم الخميسات", en: "Khémisset province" },
  },
  "Sidi Kacem": {
    region: "Rabat-Salé-Kénitra",
    area: { fr: "province de Sidi Kacem", ar: "إقليم سيدي قاسم", en: "Sidi Kacem province" },
  },
  "Sidi Slimane": {
    region: "Rabat-Salé-Kénitra",
    area: { fr: "province de Sidi Slimane", ar: "إقليم سيدي سليمان", en: "Sidi Slimane province" },
  },
  "Chtouka-Aït Baha": {
    region: "Souss-Massa",
    area: { fr: "province de Chtouka-Aït Baha", ar: "إقليم اشتوكة آيت باها", en: "Chtouka-Aït Baha province" },
  },
  Taroudant: {
    region: "Souss-Massa",
    area: { fr: "province de Taroudant", ar: "إقليم تارودانت", en: "Taroudant province" },
  },
  Essaouira: {
    region: "Marrakech-Safi",
    area: { fr: "province d'Essaouira", ar: "إقليم الصويرة", en: "Essaouira province" },
  },
  Marrakech: {
    region: "Marrakech-Safi",
    area: { fr: "préfecture de Marrakech", ar: "عمالة مراكش", en: "Marrakech prefecture" },
  },
  Fès: {
    region: "Fès-Meknès",
    area: { fr: "préfecture de Fès", ar: "عمالة فاس", en: "Fez prefecture" },
  },
  Zagora: {
    region: "Drâa-Tafilalet",
    area: { fr: "province de Zagora", ar: "إقليم زاكورة", en: "Zagora province" },
  },
} satisfies Record<string, Province>

export type ProvinceName = keyof typeof provinces
