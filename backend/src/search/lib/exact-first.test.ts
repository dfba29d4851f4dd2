import { describe, expect, it } from "vitest"
import { exactFirstPage, wantsExactFirst } from "./exact-first"

const hit = (id: string) => ({ id })

describe("whole-word hits first in a prefix search", () => {
  it("puts the whole-word hits before the other prefix hits, each in its own order, without doubles", () => {
    const exact = [hit("tra-hoa-vang"), hit("tra-giao-co-lam")]
    const all = [hit("tham-quan-trang-trai"), hit("tra-hoa-vang"), hit("trang-suc"), hit("tra-giao-co-lam")]
    expect(exactFirstPage(exact, all, 0, 3).map((h) => h.id)).toEqual(["tra-hoa-vang", "tra-giao-co-lam", "tham-quan-trang-trai"])
    expect(exactFirstPage(exact, all, 2, 3).map((h) => h.id)).toEqual(["tham-quan-trang-trai", "trang-suc"])
  })

  it("applies to a prefix query ranked by relevance only", () => {
    const base = { entity: "product", filters: { q: "tra" }, pagination: { order: { _score: "DESC" as const, id: "ASC" as const } } }
    expect(wantsExactFirst({ ...base, search_options: { match_strategy: "last" } })).toBe(true)
    expect(wantsExactFirst({ ...base, search_options: { match_strategy: "all" } })).toBe(false)
    expect(wantsExactFirst({ ...base, pagination: { order: { price: "ASC" } }, search_options: { match_strategy: "last" } })).toBe(false)
    expect(wantsExactFirst({ ...base, filters: {}, search_options: { match_strategy: "last" } })).toBe(false)
  })
})
