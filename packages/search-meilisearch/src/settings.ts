// Index settings for a search index definition.
// https://www.meilisearch.com/docs/reference/api/settings

import type { SearchTypes } from "@medusajs/framework/types"
import type { Settings } from "meilisearch"
import { notAllowed } from "./errors"
import { attributeFor, buildFieldPlan, isFacetable, isSearchable, searchWeight, type FieldPlan } from "./fields"

export type SettingsOptions = {
  /** Most hits a query may page through (Meilisearch's `pagination.maxTotalHits`). */
  maxTotalHits?: number
  /** Most values a value facet may return. */
  maxValuesPerFacet?: number
}

/**
 * "sort" before the relevance rules: an explicit sort (price, stars, newest) orders the results,
 * and without one relevance decides, as on the PostgreSQL provider.
 */
export const RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"]

/** Refuses what Meilisearch cannot hold; vector fields are left out (as on PostgreSQL's native engine). */
export function assertDefinitionSupported(definition: SearchTypes.ResolvedSearchIndexDefinition, plan: FieldPlan): string[] {
  const ignored: string[] = []
  for (const planned of plan.fields.values()) {
    if (planned.type === "geo") notAllowed(`The Meilisearch provider does not support geo fields ("${planned.path}")`)
    if (planned.type === "vector") ignored.push(planned.path)
  }
  for (const path of definition.settings?.typo_tolerance?.disabled_on_attributes ?? []) {
    if (!plan.fields.has(path)) notAllowed(`typo_tolerance.disabled_on_attributes names unknown field "${path}"`)
  }
  return ignored
}

/**
 * Searchable attributes heaviest first (Meilisearch ranks by attribute order: the `attribute`
 * rule), filterable and sortable ones (dates through their millisecond copies), facets (which
 * Meilisearch needs filterable), typo tolerance and distinct from the definition's settings, and
 * the definition's `provider_options.meilisearch` on top.
 */
export function buildSettings(definition: SearchTypes.ResolvedSearchIndexDefinition, options: SettingsOptions = {}): Settings {
  const plan = buildFieldPlan(definition)
  const fields = [...plan.fields.values()].filter((f) => f.type !== "vector")

  const searchable = fields
    .filter((f) => isSearchable(f.field))
    .map((f, order) => ({ path: f.path, weight: searchWeight(f.field), order }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((f) => f.path)

  const filterable = new Set<string>([plan.primaryKey])
  for (const f of fields) {
    if (f.field.filterable || isFacetable(f.field)) filterable.add(attributeFor(f))
    // Value facets on dates count the original values.
    if (f.type === "date" && isFacetable(f.field)) filterable.add(f.path)
  }
  const distinct = definition.settings?.distinct_attribute
  if (distinct) filterable.add(distinct)

  const sortable = fields.filter((f) => f.field.sortable).map((f) => attributeFor(f))

  const typo = definition.settings?.typo_tolerance
  const settings: Settings = {
    searchableAttributes: searchable.length ? searchable : ["*"],
    filterableAttributes: [...filterable],
    sortableAttributes: sortable,
    displayedAttributes: ["*"],
    rankingRules: RANKING_RULES,
    distinctAttribute: distinct ?? null,
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      ...(typo?.min_word_size_for_one_typo !== undefined || typo?.min_word_size_for_two_typos !== undefined
        ? {
            minWordSizeForTypos: {
              ...(typo?.min_word_size_for_one_typo !== undefined ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
              ...(typo?.min_word_size_for_two_typos !== undefined ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
            },
          }
        : {}),
      disableOnAttributes: typo?.disabled_on_attributes ?? [],
    },
    faceting: { maxValuesPerFacet: options.maxValuesPerFacet ?? 200 },
    pagination: { maxTotalHits: options.maxTotalHits ?? 20_000 },
  }
  const extra = definition.settings?.provider_options?.meilisearch as Settings | undefined
  return extra ? { ...settings, ...extra } : settings
}
