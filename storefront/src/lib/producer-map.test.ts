import { describe, expect, it } from "vitest";
import { parseProducerList, parseProducerResponse } from "./producer-map";
import type { ProducerAnswer, ProducerListAnswer } from "./wire-types";

// Partial or malformed answers, as the mappers must survive them.
const producerAnswer = (body: unknown) => body as ProducerAnswer;
const producerList = (body: unknown) => body as ProducerListAnswer;

const producer = {
  handle: "ngoc-trai-ha-long",
  display_name: "Ngọc trai Hạ Long",
  legal_name: "CTCP Ngọc trai Hạ Long",
  kind: "company",
  commune_name: "Phường Hà Tu",
  historic_locality: "thành phố Hạ Long",
  story_vi: "Câu chuyện",
  story_en: null,
  website: "javascript:alert(1)",
  sample_data: true,
};
const product = {
  id: "prod_1",
  handle: "ngoc-trai-akoya",
  title: "Ngọc trai Akoya",
  thumbnail: null,
  price: { amount: 2500000, currency_code: "vnd" },
  ocop: { stars: 5, group: "handicraft", validity: "valid" },
};

describe("parseProducerResponse", () => {
  it("reads products nested in the producer, as the backend answers", () => {
    const view = parseProducerResponse(producerAnswer({ producer: { ...producer, products: [product, { id: "broken" }] } }));
    expect(view).toMatchObject({ handle: "ngoc-trai-ha-long", displayName: "Ngọc trai Hạ Long", kind: "company", sampleData: true });
    expect(view?.story).toEqual({ vi: "Câu chuyện", en: null });
    expect(view?.website).toBeNull();
    expect(view?.products).toEqual([
      {
        id: "prod_1",
        handle: "ngoc-trai-akoya",
        title: "Ngọc trai Akoya",
        thumbnail: null,
        price: { amount: 2500000, currencyCode: "vnd" },
        ocop: { stars: 5, groupSlug: "handicraft" },
        producerName: "Ngọc trai Hạ Long",
      },
    ]);
  });

  it("also reads products beside the producer, and hides expired marks", () => {
    const view = parseProducerResponse(producerAnswer({ producer, products: [{ ...product, ocop: { stars: 5, validity: "expired" } }] }));
    expect(view?.products[0]?.ocop).toBeNull();
  });

  it("rejects an answer without a producer", () => {
    expect(parseProducerResponse(producerAnswer({ products: [] }))).toBeNull();
  });
});

describe("parseProducerList", () => {
  it("reads producers with their product counts and skips entries without a handle", () => {
    const list = parseProducerList(producerList({
      producers: [
        { handle: "htx-ba-che", display_name: "HTX Ba Chẽ", kind: "cooperative", commune_name: "Xã Ba Chẽ", product_count: 3 },
        { display_name: "No handle" },
        { handle: "ho-ong-ba", legal_name: "HKD Ông Ba" },
      ],
      count: 3,
    }));
    expect(list).toEqual([
      { handle: "htx-ba-che", displayName: "HTX Ba Chẽ", kind: "cooperative", communeName: "Xã Ba Chẽ", historicLocality: null, productCount: 3 },
      { handle: "ho-ong-ba", displayName: "HKD Ông Ba", kind: null, communeName: null, historicLocality: null, productCount: 0 },
    ]);
  });

  it("rejects an answer without a list", () => {
    expect(parseProducerList(producerList({ producer: {} }))).toBeNull();
  });
});
