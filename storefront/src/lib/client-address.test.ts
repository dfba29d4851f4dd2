import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addressFromChain, clientAddressHeaders } from "./client-address";

describe("the shopper's address vouched for to the backend", () => {
  it("without trusted proxies is the last entry (the TCP peer Next wrote), with them the first untrusted from the right", () => {
    expect(addressFromChain("203.0.113.9", undefined)).toBe("203.0.113.9");
    expect(addressFromChain("::ffff:127.0.0.1", "")).toBe("127.0.0.1");
    expect(addressFromChain("1.2.3.4, 203.0.113.9", undefined)).toBe("203.0.113.9");
    expect(addressFromChain("1.2.3.4, 203.0.113.9, 10.0.0.2", "10.0.0.2")).toBe("203.0.113.9");
    expect(addressFromChain("not-an-address, 10.0.0.2", "10.0.0.2")).toBe("10.0.0.2");
    expect(addressFromChain(null, undefined)).toBeNull();
  });

  it("is signed with the secret shared with the backend, and not sent without it", () => {
    const headers = clientAddressHeaders("198.51.100.7", { OCOP_STOREFRONT_SECRET: "s3cret" });
    expect(headers).toEqual({
      "x-ocop-client-address": "198.51.100.7",
      "x-ocop-client-signature": createHmac("sha256", "s3cret").update("ocop-client-address:198.51.100.7").digest("base64url"),
    });
    expect(clientAddressHeaders("198.51.100.7", {})).toEqual({});
    expect(clientAddressHeaders("", { OCOP_STOREFRONT_SECRET: "s3cret" })).toEqual({});
  });
});
