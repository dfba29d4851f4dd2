import { describe, expect, it } from "vitest"
import { buildFieldPlan } from "./fields"
import { compileFilter, primaryKeyIds, quote } from "./filters"
import { productDefinition } from "./test-fixtures"

const plan = buildFieldPlan(productDefinition())

describe("compileFilter", () => {
  it("compiles equality, lists and array membership", () => {
    expect(compileFilter({ status: "published" }, plan)).toBe('status = "published"')
    expect(compileFilter({ stars: [4, 5] }, plan)).toBe("stars IN [4, 5]")
    expect(compileFilter({ sales_channel_ids: ["sc_1"] }, plan)).toBe('sales_channel_ids = "sc_1"')
    expect(compileFilter({ group: { $in: ["food", "herbal"] } }, plan)).toBe('group IN ["food", "herbal"]')
  })

  it("ignores q and joins fields with AND", () => {
    expect(compileFilter({ q: "tra", status: "published", in_stock: true }, plan)).toBe(
      'status = "published" AND in_stock = true'
    )
  })

  it("compiles ranges on numbers, and dates through their millisecond copies", () => {
    expect(compileFilter({ price: { $gte: 100, $lte: 500 } }, plan)).toBe("(price >= 100 AND price <= 500)")
    expect(compileFilter({ created_at: { $gte: "2026-01-01T00:00:00.000Z" } }, plan)).toBe(
      `_ms.created_at >= ${Date.parse("2026-01-01T00:00:00.000Z")}`
    )
    expect(compileFilter({ created_at: { $lt: new Date(5) } }, plan)).toBe("_ms.created_at < 5")
  })

  it("compiles $ne, $nin, null and $exists the way the PostgreSQL provider reads them", () => {
    expect(compileFilter({ group: { $ne: "food" } }, plan)).toBe('NOT group = "food"')
    expect(compileFilter({ group: { $nin: ["food", "beverage"] } }, plan)).toBe('NOT group IN ["food", "beverage"]')
    expect(compileFilter({ group: null }, plan)).toBe("(group NOT EXISTS OR group IS NULL)")
    expect(compileFilter({ group: { $exists: true } }, plan)).toBe("(group EXISTS AND NOT group IS NULL)")
  })

  it("an empty list matches nothing, an empty exclusion everything", () => {
    expect(compileFilter({ group: [] }, plan)).toBe("id NOT EXISTS")
    expect(compileFilter({ group: { $nin: [] } }, plan)).toBe("id EXISTS")
  })

  it("compiles $and, $or and $not", () => {
    expect(compileFilter({ $or: [{ group: "food" }, { stars: 5 }], $not: { in_stock: false } }, plan)).toBe(
      '(group = "food" OR stars = 5) AND NOT (in_stock = false)'
    )
  })

  it("quotes strings so that a value can never break out of its literal", () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"')
    expect(compileFilter({ group: "x\" OR id EXISTS OR group = \"y" }, plan)).toBe(
      'group = "x\\" OR id EXISTS OR group = \\"y"'
    )
  })

  it("refuses what Meilisearch cannot express", () => {
    expect(() => compileFilter({ title: { $prefix: "Tra" } }, plan)).toThrow(/substring/)
    expect(() => compileFilter({ group: { $gt: "a" } }, plan)).toThrow(/numbers and dates/)
    expect(() => compileFilter({ sales_channel_ids: { $gt: 1 } }, plan)).toThrow(/array field/)
    expect(() => compileFilter({ nope: 1 }, plan)).toThrow(/Unknown filter field "nope"/)
    expect(() => compileFilter({ price: { $gt: "abc" } }, plan)).toThrow(/number/)
  })
})

describe("primaryKeyIds", () => {
  it("recognises deletes by id", () => {
    expect(primaryKeyIds({ id: ["a", "b"] }, "id")).toEqual(["a", "b"])
    expect(primaryKeyIds({ id: { $in: ["a"] } }, "id")).toEqual(["a"])
    expect(primaryKeyIds({ id: "a" }, "id")).toEqual(["a"])
    expect(primaryKeyIds({ id: ["a"], status: "x" }, "id")).toBeUndefined()
    expect(primaryKeyIds({ group: "food" }, "id")).toBeUndefined()
  })
})
