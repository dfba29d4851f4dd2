// The OCOP product index: one document per product shoppers may find (published, with a valid
// certificate in force, of an active producer), denormalized from product + ocop_certificate +
// producer, with every current and historic place name. Named "product" so that Medusa's own
// `POST /store/search` (entity "product") serves it too; our `GET /store/search` is the OCOP
// contract on top (src/api/store/search).
//
// Searchable texts are folded (accents off, đ→d, plural fold: see lib/text.ts) and weighted:
// title (vi + en) > producer and place names > tags and group names > description. On
// PostgreSQL the weights become tsvector labels A/B/C/D; on Meilisearch, the order of the
// searchable attributes.
//
// Freshness: the Search Module subscribes to `events` and calls `consume`, which maps each event
// to the products it touches (lib/sources.ts) and re-reads them; a product no longer findable is
// deleted from the index.

import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_GRAPH_FIELDS, type ProductGraphRow } from "./lib/document"
import { PRODUCT_INDEX } from "./lib/names"
import { INDEX_EVENTS, isProductDelete, productIdsForEvent, toDocuments } from "./lib/sources"

const fields = search.define({
  id: search.keyword().filterable().sortable(),
  handle: search.keyword().filterable(),
  title: search.keyword(),
  title_en: search.keyword(),
  thumbnail: search.keyword(),
  thumbnail_en: search.keyword(),
  status: search.keyword().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
  sales_channel_key: search.keyword().filterable().retrievable(false),
  price: search.float().filterable().sortable().facetable({ types: ["stats", "range"] }),
  price_max: search.float(),
  currency_code: search.keyword(),
  stars: search.integer().filterable().sortable().facetable({ types: ["value", "range"] }),
  group: search.keyword().filterable().facetable(),
  sub_group: search.keyword().filterable().facetable(),
  commune_code: search.keyword().filterable().facetable(),
  commune_name: search.keyword(),
  producer_handle: search.keyword().filterable().facetable(),
  producer_name: search.keyword(),
  certificate_expires_at: search.date().filterable().retrievable(false),
  created_at: search.date().filterable().sortable(),
  rating_average: search.float().filterable().sortable(),
  rating_count: search.integer().filterable().sortable(),
  search_title: search.text().searchable({ weight: 3 }).retrievable(false),
  search_names: search.text().searchable({ weight: 2 }).retrievable(false),
  search_tags: search.text().searchable({ weight: 1.5 }).retrievable(false),
  search_body: search.text().searchable({ weight: 1 }).retrievable(false),
})

export default defineSearchIndex({
  name: PRODUCT_INDEX,
  entity: "product",
  fields,
  settings: {
    // Meilisearch: its edit-distance typo tolerance with these word sizes. PostgreSQL: pg_trgm
    // word similarity when a query asks for typo_tolerance (Medusa's POST /store/search may);
    // GET /store/search corrects spelling against the catalog's vocabulary instead, which stays
    // fast as the catalog grows (lib/spelling.ts).
    typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
  },
  events: INDEX_EVENTS,
  consume: graphConsume<typeof fields, ProductGraphRow>({
    fields: PRODUCT_GRAPH_FIELDS,
    resolve_ids: (event, context) => productIdsForEvent(event, context.container.query),
    is_delete: isProductDelete,
    transform: (rows, context) => toDocuments(rows, context.container.query),
  }),
  seed: graphSeed<typeof fields, ProductGraphRow>({
    fields: PRODUCT_GRAPH_FIELDS,
    // Reading the links costs per query more than per row: big pages rebuild 2–3 times faster.
    batch_size: 1000,
    transform: (rows, context) => toDocuments(rows, context.container.query, { reportProgress: true }),
  }),
})
