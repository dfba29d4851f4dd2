// A small index definition shaped like the OCOP product index, for the unit tests.
import type { SearchTypes } from "@medusajs/framework/types"
import { search } from "@medusajs/framework/utils"

const fields = search
  .define({
    id: search.keyword().filterable().sortable(),
    title: search.keyword(),
    status: search.keyword().filterable().retrievable(false),
    sales_channel_ids: search.keyword().array().filterable().retrievable(false),
    price: search.float().filterable().sortable().facetable({ types: ["stats", "range"] }),
    stars: search.integer().filterable().sortable().facetable({ types: ["value", "range"] }),
    group: search.keyword().filterable().facetable(),
    in_stock: search.boolean().filterable(),
    created_at: search.date().filterable().sortable(),
    search_title: search.text().searchable({ weight: 3 }).retrievable(false),
    search_names: search.text().searchable({ weight: 2 }).retrievable(false),
    search_body: search.text().searchable().retrievable(false),
    search_tags: search.text().searchable({ weight: 1.5 }).retrievable(false),
  })
  .toFields()

export function productDefinition(overrides: Partial<SearchTypes.ResolvedSearchIndexDefinition> = {}): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    name: "product",
    entity: "product",
    primary_key: "id",
    provider: "meilisearch",
    fields,
    settings: { typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 } },
    definition_hash: "test",
    physical_name: "product_v1",
    seed: async function* () {},
    ...overrides,
  }
}
