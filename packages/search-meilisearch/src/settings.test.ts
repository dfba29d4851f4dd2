import { describe, expect, it } from "vitest"
import { buildSettings, RANKING_RULES } from "./settings"
import { productDefinition } from "./test-fixtures"

describe("buildSettings", () => {
  const settings = buildSettings(productDefinition())

  it("orders searchable attributes by weight, heaviest first", () => {
    expect(settings.searchableAttributes).toEqual(["search_title", "search_names", "search_tags", "search_body"])
  })

  it("makes filters and facets filterable, dates through their millisecond copies", () => {
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(["id", "status", "sales_channel_ids", "price", "stars", "group", "in_stock", "_ms.created_at"])
    )
    expect(settings.filterableAttributes).not.toContain("title")
  })

  it("makes declared sortable fields sortable", () => {
    expect(settings.sortableAttributes).toEqual(["id", "price", "stars", "_ms.created_at"])
  })

  it("puts sort before relevance and carries typo tolerance over", () => {
    expect(settings.rankingRules).toEqual(RANKING_RULES)
    expect(settings.rankingRules?.[0]).toBe("sort")
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: [],
    })
  })

  it("applies provider_options.meilisearch last", () => {
    const custom = buildSettings(
      productDefinition({ settings: { provider_options: { meilisearch: { stopWords: ["va"] } } } })
    )
    expect(custom.stopWords).toEqual(["va"])
  })
})
