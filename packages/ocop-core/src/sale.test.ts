import { describe, expect, it } from "vitest";
import { isSaleBlock, saleStatus } from "./sale";

const valid = { status: "valid", expires_at: "2028-01-17" };

describe("saleStatus", () => {
  it("sells a product with a valid certificate in force and an active producer", () => {
    expect(saleStatus({ certificate: valid, producer: { status: "active" } }, "2026-12-03")).toEqual({ on_sale: true });
  });

  it("sells a product of no producer on its certificate alone", () => {
    expect(saleStatus({ certificate: valid }, "2026-12-03")).toEqual({ on_sale: true });
  });

  it("is still on sale on the last day in force and off the day after", () => {
    expect(saleStatus({ certificate: valid }, "2028-01-17").on_sale).toBe(true);
    expect(saleStatus({ certificate: valid }, "2028-01-18")).toEqual({
      on_sale: false,
      reason_code: "certificate_expired",
      expired_on: "2028-01-17",
    });
  });

  it("keeps an expired certificate off sale whatever the date", () => {
    expect(saleStatus({ certificate: { status: "expired", expires_at: "2026-07-12" } }, "2026-01-01")).toMatchObject({
      on_sale: false,
      reason_code: "certificate_expired",
      expired_on: "2026-07-12",
    });
  });

  it("names the first reason: no certificate, revoked, awaiting verification", () => {
    expect(saleStatus({ certificate: null }, "2026-12-03")).toEqual({ on_sale: false, reason_code: "no_certificate" });
    expect(saleStatus({ certificate: { ...valid, status: "revoked" } }, "2026-12-03")).toEqual({
      on_sale: false,
      reason_code: "certificate_revoked",
    });
    expect(saleStatus({ certificate: { ...valid, status: "pending_verification" } }, "2026-12-03")).toEqual({
      on_sale: false,
      reason_code: "certificate_pending",
    });
  });

  it("takes a suspended or pending producer's products off sale", () => {
    for (const status of ["suspended", "pending"]) {
      expect(saleStatus({ certificate: valid, producer: { status } }, "2026-12-03")).toEqual({
        on_sale: false,
        reason_code: "producer_inactive",
      });
    }
  });

  it("accepts Dates for the expiry (their UTC day)", () => {
    expect(saleStatus({ certificate: { status: "valid", expires_at: new Date("2028-01-17T00:00:00Z") } }, "2028-01-17").on_sale).toBe(true);
  });
});

describe("isSaleBlock", () => {
  it("knows the reason codes", () => {
    expect(isSaleBlock("certificate_revoked")).toBe(true);
    expect(isSaleBlock("sold_out")).toBe(false);
  });
});
