import { Module } from "@medusajs/framework/utils"
import OcopSearchTextService from "./service"

export const OCOP_SEARCH_TEXT_MODULE = "ocop_search_text"

/**
 * Installs the PostgreSQL text-search configuration `medusa_search_ocop_vi` (a copy of `simple`
 * mapped through `unaccent`) that the Search Module's PostgreSQL provider uses with
 * `language: "ocop_vi"`. Registered in medusa-config.ts beside the Search Module.
 */
export default Module(OCOP_SEARCH_TEXT_MODULE, { service: OcopSearchTextService })
