// @ocop/search-meilisearch: a Meilisearch provider for Medusa's Search Module.
//
// medusa-config.ts:
//   { key: Modules.SEARCH, resolve: "@medusajs/medusa/search", options: {
//       providers: [{ resolve: "@ocop/search-meilisearch", id: "meilisearch",
//                     options: { host: process.env.MEILISEARCH_HOST, apiKey: process.env.MEILISEARCH_API_KEY } }],
//       default_provider: "meilisearch" } }

import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProvider } from "./service"

export { MeilisearchSearchProvider }
export type { MeilisearchClientLike, MeilisearchProviderOptions } from "./service"
export { buildSettings, RANKING_RULES } from "./settings"
export { compileFilter, quote } from "./filters"
export { buildFieldPlan } from "./fields"

export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchProvider] })
