import { describe, expect, it } from "vitest";
import { localizeLineTitles } from "./line-titles-map";
import type { CartLineView } from "./types";

const money = { amount: 650000, currencyCode: "vnd" };
function line(over: Partial<CartLineView>): CartLineView {
  return { id: "l1", productId: "prod_1", variantId: "var_1", productHandle: "tra-hoa-vang", productTitle: "Trà hoa vàng", variantTitle: "Hộp 50 g", thumbnail: null, quantity: 1, unitPrice: money, total: money, ...over };
}
const cards = { generated_image: { vi: "http://f/ocop-tra.svg", en: "http://f/ocop-tra-en.svg" } };
const titles = { products: { prod_1: "Golden camellia tea" }, variants: { var_1: "Box 50 g" }, metadata: { prod_1: cards } };

describe("localizeLineTitles", () => {
  it("names a line after its product and variant in the page's language, whatever it was added in", () => {
    const [l] = localizeLineTitles([line({})], titles, "en");
    expect(l).toMatchObject({ productTitle: "Golden camellia tea", variantTitle: "Box 50 g" });
  });
  it("keeps the stored names of a product no longer listed, and no variant name where there was none", () => {
    const [gone, single] = localizeLineTitles([line({ productId: "prod_gone", variantId: "var_gone" }), line({ id: "l2", variantTitle: null })], titles, "en");
    expect(gone).toMatchObject({ productTitle: "Trà hoa vàng", variantTitle: "Hộp 50 g" });
    expect(single).toMatchObject({ productTitle: "Golden camellia tea", variantTitle: null });
  });
  it("shows the product's generated card in the page's language, a producer's photo as it is", () => {
    const [card, photo] = localizeLineTitles([line({ thumbnail: "http://f/ocop-tra.svg" }), line({ id: "l2", thumbnail: "http://f/photo.jpg" })], titles, "en");
    expect(card!.thumbnail).toBe("http://f/ocop-tra-en.svg");
    expect(photo!.thumbnail).toBe("http://f/photo.jpg");
  });
  it("drops a variant name that only repeats the product's", () => {
    const [l] = localizeLineTitles([line({})], { products: { prod_1: "Box" }, variants: { var_1: "Box" }, metadata: {} }, "en");
    expect(l!.variantTitle).toBeNull();
  });
});
