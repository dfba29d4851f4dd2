import { describe, expect, it } from "vitest";
import { hasFilters, isUntidy, parseSearchParams, searchUrlParams, withoutFilter, withoutFilters } from "./search-params";

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
      minRating: null,
      page: 2,
    });
  });

  it("reads the buyers' rating filter and sort, apart from OCOP stars", () => {
    const query = parseSearchParams({ min_rating: "4", sort: "rating_desc" });
    expect(query).toMatchObject({ minRating: 4, stars: [], sort: "rating_desc" });
    expect(hasFilters(query)).toBe(true);
    expect(searchUrlParams(query)).toEqual({ min_rating: "4", sort: "rating_desc" });
    expect(withoutFilter(query, "rating").minRating).toBeNull();
    expect(parseSearchParams({ min_rating: "6" }).minRating).toBeNull();
    expect(parseSearchParams({ min_rating: "0" }).minRating).toBeNull();
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

describe("the shareable search URL", () => {
  it("keeps only what narrows or orders the search", () => {
    const query = parseSearchParams({ q: "mat ong", group: "", stars: "5,4", commune: "06979", price_min: "", sort: "relevance", page: "1" });
    expect(searchUrlParams(query)).toEqual({ q: "mat ong", stars: "4,5", commune: "06979" });
  });

  it("drops unknown communes and malformed producer handles", () => {
    expect(parseSearchParams({ commune: "12345", producer: "Bad Handle" })).toMatchObject({ commune: null, producer: null });
    expect(parseSearchParams({ commune: "06979", producer: "htx-ba-che" })).toMatchObject({ commune: "06979", producer: "htx-ba-che" });
  });

  it("tells a tidy URL from one with empty or repeated fields", () => {
    const tidy = { q: "tra", stars: "5", price_max: "500000" };
    expect(isUntidy(tidy, parseSearchParams(tidy))).toBe(false);
    const untidy = { q: "tra", group: "", stars: ["5"], sort: "relevance" };
    expect(isUntidy(untidy, parseSearchParams(untidy))).toBe(true);
    expect(isUntidy({ commune: "nowhere" }, parseSearchParams({ commune: "nowhere" }))).toBe(true);
  });

  it("removes one filter, one star value, or all filters, back on page one", () => {
    const query = parseSearchParams({ q: "tra", group: "beverage", stars: "4,5", price_min: "1000", price_max: "9000", page: "3" });
    expect(searchUrlParams(withoutFilter(query, "stars", 4))).toEqual({ q: "tra", group: "beverage", stars: "5", price_min: "1000", price_max: "9000" });
    expect(searchUrlParams(withoutFilter(query, "price"))).toEqual({ q: "tra", group: "beverage", stars: "4,5" });
    expect(searchUrlParams(withoutFilters(query))).toEqual({ q: "tra" });
  });
});
