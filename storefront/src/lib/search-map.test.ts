import { describe, expect, it } from "vitest";
import { parseSearchFacets, parseSearchResponse } from "./search-map";
import type { SearchAnswer } from "./wire-types";

/** A partial or malformed answer of GET /store/search, as the mappers must survive it. */
const searchAnswer = (body: unknown) => body as SearchAnswer;

describe("parseSearchResponse", () => {
  it("maps hits of the OCOP search contract", () => {
    const page = parseSearchResponse(searchAnswer({
      hits: [
        {
          id: "prod_1",
          handle: "tra-hoa-vang",
          title: "Trà hoa vàng",
          thumbnail: "https://cdn.example/t.jpg",
          price: { amount: 650000, currency_code: "vnd", varies: true },
          ocop: { stars: 5, group: "food", producer_name: "Lâm sản Đạp Thanh" },
        },
      ],
      count: 31,
      limit: 24,
      offset: 24,
      facets: {},
    }));
    expect(page).toEqual({
      products: [
        {
          id: "prod_1",
          handle: "tra-hoa-vang",
          title: "Trà hoa vàng",
          thumbnail: "https://cdn.example/t.jpg",
          price: { amount: 650000, currencyCode: "vnd" },
          // Several prices: the card reads "from" (issue #23).
          priceVaries: true,
          ocop: { stars: 5, groupSlug: "food" },
          producerName: "Lâm sản Đạp Thanh",
          // No buyers' reviews in the hit: no rating on the card (issue #18).
          rating: null,
        },
      ],
      count: 31,
      limit: 24,
      offset: 24,
    });
  });

  it("drops malformed hits and uncertified stars", () => {
    const page = parseSearchResponse(searchAnswer({
      hits: [{ id: "x" }, { id: "p", handle: "h", title: "T", price: null, ocop: { stars: 2 } }],
      count: 2,
    }));
    expect(page?.products).toHaveLength(1);
    expect(page?.products[0]).toMatchObject({ price: null, ocop: null, producerName: null });
  });

  it("rejects an answer without hits", () => {
    expect(parseSearchResponse(searchAnswer({ products: [] }))).toBeNull();
    expect(parseSearchResponse(searchAnswer("Cannot GET /store/search"))).toBeNull();
  });
});

describe("parseSearchFacets", () => {
  it("reads the counts and the price range", () => {
    const facets = parseSearchFacets(searchAnswer({
      hits: [],
      facets: {
        stars: [{ value: 5, label: "5★", count: 3 }, { value: 2, label: "2★", count: 1 }],
        group: [{ value: "food", label: "Thực phẩm", count: 7 }],
        commune: [{ value: "06979", label: "Kỳ Thượng", count: 2 }, { value: "06652", count: 0 }],
        producer: [{ value: "htx-ba-che", label: "HTX Ba Chẽ", count: "4" }],
        price: { min: 45000, max: 1250000, currency_code: "vnd" },
      },
    }));
    expect(facets).toEqual({
      stars: [{ value: 5, label: "5★", count: 3 }],
      group: [{ value: "food", label: "Thực phẩm", count: 7 }],
      commune: [{ value: "06979", label: "Kỳ Thượng", count: 2 }],
      producer: [{ value: "htx-ba-che", label: "HTX Ba Chẽ", count: 4 }],
      price: { min: 45000, max: 1250000 },
    });
  });

  it("reads missing or malformed facets as empty", () => {
    expect(parseSearchFacets(searchAnswer({ hits: [] }))).toEqual({ stars: [], group: [], commune: [], producer: [], price: null });
    expect(parseSearchFacets(searchAnswer({ facets: { group: "food", price: { min: "x" } } })).price).toBeNull();
  });
});
