import { describe, expect, it } from "vitest"
import {
  freeReferralCode,
  normalizeReferralCode,
  referralCodeBase,
  settle,
} from "./rules"

describe("partner rules", () => {
  it("makes referral codes from Vietnamese names and keeps them unique", () => {
    expect(referralCodeBase("Du thuyền Vịnh Hạ Long (dữ liệu mẫu)")).toBe("DUTHUYENVINH")
    expect(referralCodeBase("Đà")).toBe("PARTNERDA")
    expect(freeReferralCode("HALONG", new Set(["HALONG", "HALONG2"]))).toBe("HALONG3")
    expect(normalizeReferralCode(" halongbay ")).toBe("HALONGBAY")
    expect(normalizeReferralCode("x;drop")).toBeNull()
    expect(normalizeReferralCode(42)).toBeNull()
  })

  it("settles orders: pending, earned on delivery, void on cancel or full refund, reduced by partial refunds", () => {
    const order = { status: "pending", item_total: 1_000_000, total: 1_030_000, refunded: 0, delivered: false }
    expect(settle(order, 0.05)).toEqual({ status: "pending", amount: 1_000_000, commission: 50_000 })
    expect(settle({ ...order, delivered: true }, 0.05)).toEqual({ status: "earned", amount: 1_000_000, commission: 50_000 })
    expect(settle({ ...order, status: "canceled" }, 0.05).status).toBe("void")
    expect(settle({ ...order, refunded: 1_030_000 }, 0.05).status).toBe("void")
    expect(settle({ ...order, refunded: 200_000, delivered: true }, 0.05)).toEqual({ status: "earned", amount: 800_000, commission: 40_000 })
  })
})
