// The PostgreSQL text-search language of the OCOP search index. The Search Module's PostgreSQL
// provider reads `language` from its options and uses the configuration `medusa_search_<language>`,
// which this module's migration creates.
export const OCOP_SEARCH_LANGUAGE = "ocop_vi"
export const OCOP_TEXT_SEARCH_CONFIG = `medusa_search_${OCOP_SEARCH_LANGUAGE}`
