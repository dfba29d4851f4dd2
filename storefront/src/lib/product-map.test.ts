import { describe, expect, it } from "vitest";
import { certificateInForce, cheapestVariant, producerName, toProductDetail, toProductSummary, toUnavailableProduct, variantStock, type CatalogProduct } from "./product-map";
import type { OcopProductAnswer } from "./wire-types";

/** A partial or malformed answer of GET /store/ocop-products/:handle, as the mapper must survive it. */
const ocopProduct = (body: unknown) => body as OcopProductAnswer;

const NOW = new Date("2026-11-29T00:00:00Z");

function variant(overrides: Record<string, unknown> = {}) {
  return {
    id: "var_1",
    title: "Hộp 50 g",
    sku: "THV-50",
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: 5,
    calculated_price: { id: "p", calculated_amount: 650000, original_amount: 650000, currency_code: "vnd" },
    ...overrides,
  };
}

function product(overrides: Record<string, unknown> = {}): CatalogProduct {
  return {
    id: "prod_1",
    handle: "tra-hoa-vang",
    title: "Trà hoa vàng",
    thumbnail: null,
    images: [],
    metadata: null,
    variants: [variant()],
    ...overrides,
  } as unknown as CatalogProduct;
}

const certificate = { stars: 5, group: "food", decision_number: "377/QĐ-BNN-VPĐP", decision_date: "2025-01-17T00:00:00.000Z", status: "valid" };

describe("toProductSummary", () => {
  it("takes the lowest variant price, in whole đồng", () => {
    const summary = toProductSummary(
      product({
        variants: [
          variant({ id: "a", calculated_price: { calculated_amount: 1250000, currency_code: "vnd" } }),
          variant({ id: "b", calculated_price: { calculated_amount: 650000, currency_code: "vnd" } }),
          variant({ id: "c", calculated_price: null }),
        ],
      }),
      NOW,
    );
    expect(summary.price).toEqual({ amount: 650000, currencyCode: "vnd" });
  });

  it("has no price when no variant is priced in the region", () => {
    expect(toProductSummary(product({ variants: [variant({ calculated_price: null })] }), NOW).price).toBeNull();
  });

  it("falls back to the first image for the thumbnail", () => {
    const summary = toProductSummary(product({ images: [{ id: "i", url: "https://cdn.example/a.jpg", rank: 0 }] }), NOW);
    expect(summary.thumbnail).toBe("https://cdn.example/a.jpg");
  });

  it("shows the OCOP mark only while the certificate is in force", () => {
    expect(toProductSummary(product({ ocop_certificate: certificate }), NOW).ocop).toEqual({ stars: 5, groupSlug: "food" });
    const expired = { ...certificate, decision_date: "2021-06-01T00:00:00.000Z" };
    expect(toProductSummary(product({ ocop_certificate: expired }), NOW).ocop).toBeNull();
  });
});

describe("certificateInForce", () => {
  it("gives the last valid day, 36 months after signing", () => {
    expect(certificateInForce(product({ ocop_certificate: certificate }), NOW)).toMatchObject({
      stars: 5,
      decisionNumber: "377/QĐ-BNN-VPĐP",
      expiresOn: "2028-01-17",
      expiringSoon: false,
    });
  });

  it("flags certificates in their last 90 days", () => {
    const late = { ...certificate, decision_date: "2024-01-10T00:00:00.000Z" };
    expect(certificateInForce(product({ ocop_certificate: late }), NOW)?.expiringSoon).toBe(true);
  });

  it("refuses revoked, uncertifiable or undated certificates", () => {
    expect(certificateInForce(product({ ocop_certificate: { ...certificate, status: "revoked" } }), NOW)).toBeNull();
    expect(certificateInForce(product({ ocop_certificate: { ...certificate, stars: 2 } }), NOW)).toBeNull();
    expect(certificateInForce(product({ ocop_certificate: { ...certificate, decision_date: null } }), NOW)).toBeNull();
    expect(certificateInForce(product(), NOW)).toBeNull();
  });
});

describe("producerName", () => {
  it("prefers the producer link's display name, then metadata", () => {
    expect(producerName(product({ producer: { display_name: "Ngọc trai Hạ Long", legal_name: "CTCP Ngọc trai Hạ Long" } }))).toBe(
      "Ngọc trai Hạ Long",
    );
    expect(producerName(product({ metadata: { producer_name: "HTX Đình Trung" } }))).toBe("HTX Đình Trung");
    expect(producerName(product())).toBeNull();
  });
});

describe("variantStock", () => {
  it("reads Medusa's inventory flags", () => {
    type V = Parameters<typeof variantStock>[0];
    expect(variantStock(variant() as unknown as V)).toEqual({ kind: "in_stock", quantity: 5 });
    expect(variantStock(variant({ inventory_quantity: 0 }) as unknown as V)).toEqual({ kind: "out_of_stock" });
    expect(variantStock(variant({ inventory_quantity: 0, allow_backorder: true }) as unknown as V)).toEqual({ kind: "backorder" });
    expect(variantStock(variant({ manage_inventory: false }) as unknown as V)).toEqual({ kind: "untracked" });
    expect(variantStock(variant({ manage_inventory: undefined, inventory_quantity: undefined }) as unknown as V)).toEqual({
      kind: "unknown",
    });
  });
});

describe("toProductDetail", () => {
  it("reads each photo's WebP sizes and alt texts from the image's metadata", () => {
    const sizes = { thumb: "https://cdn.example/a-200.webp", card: "https://cdn.example/a-600.webp", large: "https://cdn.example/a-1200.webp" };
    const detail = toProductDetail(
      product({ images: [{ id: "a", url: sizes.large, rank: 0, metadata: { sizes, alt_vi: "Hộp trà", alt_en: " " } }] }),
      NOW,
    );
    expect(detail.images[0]).toEqual({
      id: "a",
      url: sizes.large,
      thumbUrl: sizes.thumb,
      cardUrl: sizes.card,
      alt: { vi: "Hộp trà", en: null },
    });
  });

  it("orders images by rank and lists every variant", () => {
    const detail = toProductDetail(
      product({
        images: [
          { id: "b", url: "https://cdn.example/b.jpg", rank: 1 },
          { id: "a", url: "https://cdn.example/a.jpg", rank: 0 },
        ],
        variants: [variant({ id: "x" }), variant({ id: "y", title: null, sku: "SKU-Y" })],
      }),
      NOW,
    );
    expect(detail.images.map((i) => i.id)).toEqual(["a", "b"]);
    expect(detail.images[0]).toMatchObject({ thumbUrl: "https://cdn.example/a.jpg", alt: { vi: null, en: null } });
    expect(detail.variants.map((v) => v.title)).toEqual(["Hộp 50 g", "SKU-Y"]);
  });
});

describe("the certificate's facts and the origin", () => {
  const full = {
    ...certificate,
    id: "ocert_01",
    score: 92,
    sub_group: "tea",
    issuing_level: "national",
    issuing_authority: "Bộ Nông nghiệp và Phát triển nông thôn",
    commune_code: "06979",
    historic_locality: "xã Đạp Thanh, huyện Ba Chẽ",
    sample_data: false,
  };

  it("carries every field the certificate has, with the score band of its stars", () => {
    expect(certificateInForce(product({ ocop_certificate: full }), NOW)).toEqual({
      id: "ocert_01",
      stars: 5,
      groupSlug: "food",
      subGroupSlug: "tea",
      communeCode: "06979",
      historicLocality: "xã Đạp Thanh, huyện Ba Chẽ",
      score: 92,
      scoreBand: { min: 90, max: 100 },
      decisionNumber: "377/QĐ-BNN-VPĐP",
      decisionDate: "2025-01-17",
      issuingLevel: "national",
      issuingAuthority: "Bộ Nông nghiệp và Phát triển nông thôn",
      sampleData: false,
      expiresOn: "2028-01-17",
      expiringSoon: false,
    });
  });

  it("gives cards the commune the product comes from", () => {
    expect(toProductSummary(product({ ocop_certificate: full }), NOW).ocop).toEqual({ stars: 5, groupSlug: "food", communeCode: "06979" });
  });
});

describe("toUnavailableProduct", () => {
  const body = {
    product: {
      id: "prod_9",
      handle: "ruou-mo-yen-tu",
      title: "Rượu mơ Yên Tử",
      subtitle: null,
      description: "Quả mơ rừng Yên Tử ngâm rượu nếp.",
      thumbnail: "https://cdn.example/mo.svg",
      images: [],
      on_sale: false,
      not_on_sale: { reason_code: "certificate_expired", expired_on: "2026-07-12" },
      certificate: { stars: 3, group: "beverage", decision_number: "2145/QĐ-UBND" },
      producer: { handle: "thuong-yen-cong", display_name: "Nông lâm sản Thượng Yên Công" },
    },
  };

  it("reads why a product is not on sale, and what it was certified as", () => {
    expect(toUnavailableProduct(ocopProduct(body))).toEqual({
      handle: "ruou-mo-yen-tu",
      title: "Rượu mơ Yên Tử",
      subtitle: null,
      description: "Quả mơ rừng Yên Tử ngâm rượu nếp.",
      images: [
        {
          id: "thumbnail",
          url: "https://cdn.example/mo.svg",
          thumbUrl: "https://cdn.example/mo.svg",
          cardUrl: "https://cdn.example/mo.svg",
          alt: { vi: null, en: null },
        },
      ],
      producerName: "Nông lâm sản Thượng Yên Công",
      producerHandle: "thuong-yen-cong",
      reason: "certificate_expired",
      expiredOn: "2026-07-12",
      stars: 3,
      groupSlug: "beverage",
      decisionNumber: "2145/QĐ-UBND",
    });
  });

  it("is null for a product on sale or an answer of another shape; an unknown reason reads as not offered", () => {
    expect(toUnavailableProduct(ocopProduct({ product: { ...body.product, on_sale: true } }))).toBeNull();
    expect(toUnavailableProduct(ocopProduct({ nothing: true }))).toBeNull();
    expect(toUnavailableProduct(ocopProduct({ product: { ...body.product, not_on_sale: { reason_code: "drop table" } } }))?.reason).toBe("not_offered");
  });
});

describe("one price truth: the card's price is the page's preselected variant", () => {
  const v = (id: string, amount: number, stock: import("./types").StockState = { kind: "in_stock", quantity: 3 }) => ({
    id,
    price: { amount, currencyCode: "vnd" },
    stock,
  });
  it("opens on the cheapest variant even when it is listed third", () => {
    expect(cheapestVariant([v("7-8mm", 1_850_000), v("8-9mm", 2_400_000), v("6-7mm", 1_250_000)])?.id).toBe("6-7mm");
  });
  it("prefers an available variant among those at the lowest price", () => {
    expect(cheapestVariant([v("a", 100, { kind: "out_of_stock" }), v("b", 100), v("c", 90, { kind: "out_of_stock" })])?.id).toBe("c");
    expect(cheapestVariant([v("a", 100, { kind: "out_of_stock" }), v("b", 100)])?.id).toBe("b");
  });
  it("has nothing to open on without prices", () => {
    expect(cheapestVariant([{ id: "x", price: null, stock: { kind: "untracked" } }])).toBeNull();
  });
});
