import { describe, expect, it } from "vitest";
import { parseSearchResponse } from "./search-map";

describe("parseSearchResponse", () => {
  it("maps hits of the OCOP search contract", () => {
    const page = parseSearchResponse({
      hits: [
        {
          id: "prod_1",
          handle: "tra-hoa-vang",
          title: "Trà hoa vàng",
          thumbnail: "https://cdn.example/t.jpg",
          price: { amount: 650000, currency_code: "vnd" },
          ocop: { stars: 5, group: "food", producer_name: "Lâm sản Đạp Thanh" },
        },
      ],
      count: 31,
      limit: 24,
      offset: 24,
      facets: {},
    });
    expect(page).toEqual({
      products: [
        {
          id: "prod_1",
          handle: "tra-hoa-vang",
          title: "Trà hoa vàng",
          thumbnail: "https://cdn.example/t.jpg",
          price: { amount: 650000, currencyCode: "vnd" },
          ocop: { stars: 5, groupSlug: "food" },
          producerName: "Lâm sản Đạp Thanh",
        },
      ],
      count: 31,
      limit: 24,
      offset: 24,
    });
  });

  it("drops malformed hits and uncertified stars", () => {
    const page = parseSearchResponse({
      hits: [{ id: "x" }, { id: "p", handle: "h", title: "T", price: null, ocop: { stars: 2 } }],
      count: 2,
    });
    expect(page?.products).toHaveLength(1);
    expect(page?.products[0]).toMatchObject({ price: null, ocop: null, producerName: null });
  });

  it("rejects an answer without hits", () => {
    expect(parseSearchResponse({ products: [] })).toBeNull();
    expect(parseSearchResponse("Cannot GET /store/search")).toBeNull();
  });
});
