import { describe, expect, it } from "vitest";
import { favouriteIds, MAX_FAVOURITES, refusedIds } from "./favourite-ids";

describe("favouriteIds", () => {
  it("keeps well-formed distinct ids and drops the rest", () => {
    expect(favouriteIds(["prod_1", "prod_1", "", "<script>", 7, "prod_2"])).toEqual(["prod_1", "prod_2"]);
  });
  it("answers nothing for what is not a list", () => {
    expect(favouriteIds("prod_1")).toEqual([]);
    expect(favouriteIds(null)).toEqual([]);
  });
  it("keeps at most the backend's limit", () => {
    expect(favouriteIds(Array.from({ length: 150 }, (_, i) => `prod_${i}`))).toHaveLength(MAX_FAVOURITES);
  });
});

describe("refusedIds", () => {
  it("reads the ids the backend named", () => {
    expect(refusedIds("product_id: no product on sale has the id prod_a, prod_b")).toEqual(["prod_a", "prod_b"]);
    expect(refusedIds("something else")).toEqual([]);
  });
});
