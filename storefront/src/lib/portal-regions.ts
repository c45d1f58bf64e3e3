/**
 * Morocco's twelve regions (2015 division), by the French names cooperatives are stored with;
 * `key` names each one's label in the messages (`Portal.regions.<key>`). Rabat-Salé-Kénitra
 * comes first: the shop is its regional platform, and most applicants are from there.
 */
export const moroccanRegions = [
  { key: "rabatSaleKenitra", name: "Rabat-Salé-Kénitra" },
  { key: "beniMellalKhenifra", name: "Béni Mellal-Khénifra" },
  { key: "casablancaSettat", name: "Casablanca-Settat" },
  { key: "dakhlaOuedEdDahab", name: "Dakhla-Oued Ed-Dahab" },
  { key: "draaTafilalet", name: "Drâa-Tafilalet" },
  { key: "fesMeknes", name: "Fès-Meknès" },
  { key: "guelmimOuedNoun", name: "Guelmim-Oued Noun" },
  { key: "laayouneSakiaElHamra", name: "Laâyoune-Sakia El Hamra" },
  { key: "marrakechSafi", name: "Marrakech-Safi" },
  { key: "oriental", name: "L'Oriental" },
  { key: "soussMassa", name: "Souss-Massa" },
  { key: "tangerTetouanAlHoceima", name: "Tanger-Tétouan-Al Hoceïma" },
] as const

/** Whether a value is one of the twelve regions' names. */
export function isMoroccanRegion(value: string): boolean {
  return moroccanRegions.some((region) => region.name === value)
}
