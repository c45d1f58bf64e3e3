import type { SearchTypes } from "@medusajs/framework/types"

/** A leaf field of an index definition, addressed by its dotted path. */
export type LeafField = {
  path: string
  type: SearchTypes.SearchFieldKind
  /** Whether the document holds several values here, itself or through an array of objects. */
  isArray: boolean
  field: SearchTypes.SearchFieldDefinition
}

/** Leaf fields keyed by dotted path. */
export type FieldMap = Map<string, LeafField>

/**
 * The definition's leaf fields in declaration order. Object fields are containers: only their
 * leaves hold values Meilisearch can search, filter or sort, and an array of objects makes each
 * leaf below it an array, as Meilisearch's dotted paths read them.
 */
export function leafFields(fields: Record<string, SearchTypes.SearchFieldDefinition>): FieldMap {
  const leaves: FieldMap = new Map()
  const walk = (group: Record<string, SearchTypes.SearchFieldDefinition>, prefix: string, inArray: boolean) => {
    for (const [name, field] of Object.entries(group)) {
      const path = prefix ? `${prefix}.${name}` : name
      const isArray = inArray || field.array === true
      if (field.type === "object") {
        walk(field.fields ?? {}, path, isArray)
        continue
      }
      leaves.set(path, { path, type: field.type, isArray, field })
    }
  }
  walk(fields, "", false)
  return leaves
}

/** Whether free text is matched against the field. */
export function isSearchable(field: SearchTypes.SearchFieldDefinition): boolean {
  return field.searchable === true || typeof field.searchable === "object"
}

/** The field's searchable weight; Medusa's default is 1. */
export function searchWeight(field: SearchTypes.SearchFieldDefinition): number {
  return typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1
}

/** Whether the field can be faceted at all. */
export function isFacetable(field: SearchTypes.SearchFieldDefinition): boolean {
  return field.facetable === true || typeof field.facetable === "object"
}

/** Whether hits carry the field; vectors default to not, like Medusa's own rule. */
export function isRetrievable(field: SearchTypes.SearchFieldDefinition): boolean {
  return field.retrievable ?? field.type !== "vector"
}

/** Whether the field holds numbers Meilisearch can compare: numbers, and dates as epoch ms. */
export function isNumeric(type: SearchTypes.SearchFieldKind): boolean {
  return type === "integer" || type === "float" || type === "date"
}
