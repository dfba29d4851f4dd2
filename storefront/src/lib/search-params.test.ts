import { describe, expect, it } from "vitest";
import { hasFilters, parseSearchParams } from "./search-params";

describe("parseSearchParams", () => {
  it("reads a full query", () => {
    expect(
      parseSearchParams({ q: " trà hoa vàng ", group: "food", stars: ["5", "4,3"], sort: "price_asc", price_min: "100000", page: "2" }),
    ).toEqual({
      q: "trà hoa vàng",
      group: "food",
      stars: [3, 4, 5],
      sort: "price_asc",
      priceMin: 100000,
      priceMax: null,
      commune: null,
      producer: null,
      page: 2,
    });
  });

  it("drops unknown groups, uncertified stars, bad sorts and pages", () => {
    const query = parseSearchParams({ group: "weapons", stars: "2,6,x", sort: "cheapest", page: "0", price_max: "-5" });
    expect(query).toMatchObject({ group: null, stars: [], sort: "relevance", page: 1, priceMax: null });
    expect(hasFilters(query)).toBe(false);
  });

  it("treats a group or stars as filters", () => {
    expect(hasFilters(parseSearchParams({ group: "tourism" }))).toBe(true);
    expect(hasFilters(parseSearchParams({ q: "gốm" }))).toBe(false);
  });
});
