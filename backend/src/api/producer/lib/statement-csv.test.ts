import { describe, expect, it } from "vitest"
import { statementCsv, vietnamTime, type Statement } from "./orders"

describe("statement CSV", () => {
  it("writes order times in Vietnam's time, not UTC", () => {
    expect(vietnamTime("2026-11-30T17:30:00.000Z")).toBe("2026-12-01 00:30")
    const statement: Statement = {
      month: "2026-12",
      producer: { id: "p", handle: "h", legal_name: "HTX", tax_code: null },
      currency_code: "vnd",
      commission_rate: 0.1,
      order_count: 1,
      gross_sales: 100_000,
      commission: 10_000,
      net_payable: 90_000,
      lines: [
        { order_id: "o", display_id: 7, created_at: "2026-11-30T17:30:00.000Z", item_id: "i", title: "Mật ong", variant_title: null, sku: null, quantity: 1, unit_price: 100_000, total: 100_000 },
      ],
    }
    const csv = statementCsv(statement)
    expect(csv).toContain("Placed at (Vietnam time, UTC+7)")
    expect(csv).toContain("#7,2026-12-01 00:30,Mật ong")
    expect(csv).not.toContain("2026-11-30T17:30")
  })
})
