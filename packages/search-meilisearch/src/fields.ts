// The fields of a search index definition, flattened to dotted paths, as Meilisearch sees them.

import type { SearchTypes } from "@medusajs/framework/types"

export type PlannedField = {
  /** Dotted path in the document, e.g. `variants.sku`. */
  path: string
  type: SearchTypes.SearchFieldDefinition["type"]
  /** Holds several values (declared `.array()`, or under an array of objects). */
  isArray: boolean
  field: SearchTypes.SearchFieldDefinition
}

export type FieldPlan = {
  primaryKey: string
  fields: Map<string, PlannedField>
}

/** Root of the epoch-millisecond copies of date fields, which Meilisearch can filter and sort. */
export const DATE_SHADOW_ROOT = "_ms"

/** The attribute Meilisearch filters and sorts a field by: dates by their millisecond copy. */
export function attributeFor(planned: PlannedField): string {
  return planned.type === "date" ? `${DATE_SHADOW_ROOT}.${planned.path}` : planned.path
}

export function buildFieldPlan(definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields" | "primary_key">): FieldPlan {
  const fields = new Map<string, PlannedField>()
  const walk = (group: Record<string, SearchTypes.SearchFieldDefinition>, prefix: string, inArray: boolean) => {
    for (const [name, field] of Object.entries(group)) {
      const path = prefix ? `${prefix}.${name}` : name
      const isArray = inArray || field.array === true
      if (field.type === "object") {
        if (field.fields) walk(field.fields, path, isArray)
        continue
      }
      fields.set(path, { path, type: field.type, isArray, field })
    }
  }
  walk(definition.fields, "", false)
  return { primaryKey: definition.primary_key, fields }
}

export function isSearchable(field: SearchTypes.SearchFieldDefinition): boolean {
  return field.searchable === true || typeof field.searchable === "object"
}

export function searchWeight(field: SearchTypes.SearchFieldDefinition): number {
  return typeof field.searchable === "object" && field.searchable.weight !== undefined ? field.searchable.weight : 1
}

export function isFacetable(field: SearchTypes.SearchFieldDefinition): boolean {
  return field.facetable === true || typeof field.facetable === "object"
}

export function isNumeric(planned: PlannedField): boolean {
  return planned.type === "integer" || planned.type === "float" || planned.type === "date"
}
