import type { ComparedField, CooperativeStatus, CraftLabels, ListingState } from "./types"

/** Staff work in French (Rabat): every label of our pages, in one place. */

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const cooperativeStatusLabels: Record<CooperativeStatus, { label: string; color: BadgeColor }> = {
  pending: { label: "En attente", color: "orange" },
  approved: { label: "Approuvée", color: "green" },
  suspended: { label: "Suspendue", color: "red" },
  rejected: { label: "Refusée", color: "grey" },
}

export const listingStateLabels: Record<ListingState, { label: string; color: BadgeColor }> = {
  draft: { label: "Brouillon", color: "grey" },
  in_review: { label: "En revue", color: "orange" },
  live: { label: "En ligne", color: "green" },
  rejected: { label: "Refusée", color: "red" },
  archived: { label: "Archivée", color: "grey" },
}

export const roleLabels = { owner: "Propriétaire", member: "Membre" } as const

export const fieldLabels: Record<ComparedField, string> = {
  title: "Titre",
  subtitle: "Sous-titre",
  description: "Description",
  category: "Catégorie",
  images: "Photos",
  provenance: "Provenance",
  variants: "Variantes, prix et stock",
}

export const languageLabels = { fr: "Français", ar: "Arabe", en: "Anglais" } as const

export const provenanceLabels: Record<string, string> = {
  weaver_names: "Artisanes",
  weaver_consent: "Noms publiés (consentement)",
  village: "Village",
  technique: "Technique",
  materials: "Matières",
  dye_kind: "Teinture",
  dyes: "Teintures",
  knot_density: "Densité (nœuds/dm²)",
  pile_height_mm: "Hauteur du velours (mm)",
  width_cm: "Largeur (cm)",
  length_cm: "Longueur (cm)",
  work_hours: "Heures de travail",
  one_of_a_kind: "Pièce unique",
  made_to_order: "Sur commande",
  labels: "Labels",
}

const dyeKindLabels: Record<string, string> = { natural: "Naturelle", undyed: "Laine non teinte", synthetic: "Synthétique" }

/** A category handle as staff read it in the shop's menus, or the handle while the names load. */
export function categoryLabel(handle: unknown, crafts: CraftLabels | undefined): string {
  return crafts?.categories[String(handle)] ?? String(handle)
}

/**
 * A provenance value in words: craft codes become their French names (the codes themselves while
 * the names load, or for a code unknown here), flags "Oui"/"Non".
 */
export function provenanceValue(field: string, value: unknown, crafts: CraftLabels | undefined): string {
  if (value === null || value === undefined || (Array.isArray(value) && !value.length)) return "—"
  if (typeof value === "boolean") return value ? "Oui" : "Non"
  const name = (list: keyof CraftLabels, code: unknown) => crafts?.[list][String(code)] ?? String(code)
  switch (field) {
    case "technique":
      return name("techniques", value)
    case "materials":
      return (value as string[]).map((code) => name("materials", code)).join(", ")
    case "dyes":
      return (value as string[]).map((code) => name("dyes", code)).join(", ")
    case "dye_kind":
      return dyeKindLabels[String(value)] ?? String(value)
    default:
      return Array.isArray(value) ? value.join(", ") : String(value)
  }
}

/** A date and time as staff in Rabat read it. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—"
  return new Intl.DateTimeFormat("fr-MA", { dateStyle: "medium", timeStyle: "short", timeZone: "Africa/Casablanca" }).format(new Date(value))
}
