import { describe, expect, it } from "vitest";
import {
  fullName,
  isCompleteAddress,
  orderStage,
  paymentKindOf,
  toAddressPayload,
  toAddressView,
  toCartView,
  toOrderView,
  toPaymentChoices,
  toShippingOptionView,
  toVietQrView,
} from "./commerce-map";
import type { CartWire, OrderWire, ShippingOptionWire, VietQrAnswer } from "./wire-types";

// Partial answers (the mappers read what the call's field selection gives), or malformed ones.
const cartAnswer = (body: unknown) => body as CartWire;
const orderAnswer = (body: unknown) => body as OrderWire;
const optionAnswer = (body: unknown) => body as ShippingOptionWire;
const vietQrAnswer = (body: unknown) => body as VietQrAnswer;

const address = {
  first_name: "Nguyễn Thị Lan",
  last_name: "",
  phone: "+84912345678",
  address_1: "12 Trần Hưng Đạo",
  city: "Phường Hà Tu",
  province: "Quảng Ninh",
  country_code: "vn",
  metadata: { commune_code: "06652" },
};

describe("addresses", () => {
  it("round-trips a checkout address through Medusa's fields", () => {
    const payload = toAddressPayload({ fullName: "Nguyễn Thị Lan", phone: "+84912345678", street: "12 Trần Hưng Đạo", provinceCode: "22", communeCode: "06652" });
    // The address contract: official names in province and city, codes in metadata.
    expect(payload).toMatchObject({ city: "Hà Tu", province: "Quảng Ninh", country_code: "vn", metadata: { province_code: "22", commune_code: "06652" } });
    const view = toAddressView(payload);
    expect(view).toEqual({
      fullName: "Nguyễn Thị Lan",
      phone: "+84912345678",
      street: "12 Trần Hưng Đạo",
      provinceCode: "22",
      communeCode: "06652",
      communeName: "Phường Hà Tu",
      province: "Quảng Ninh",
      // A home address: no partner's hotel or cruise.
      partner: null,
    });
    expect(isCompleteAddress(view)).toBe(true);
  });

  it("finds the commune by name when the metadata is missing", () => {
    expect(toAddressView({ ...address, metadata: null })?.communeCode).toBe("06652");
    expect(toAddressView({ ...address, metadata: null, province: "TP Hà Nội", city: "Ba Đình" })).toMatchObject({ provinceCode: "01", communeCode: "00004" });
    expect(isCompleteAddress(toAddressView({ ...address, metadata: null, city: "Hồng Gai cũ" }))).toBe(false);
  });

  it("puts the family name first", () => {
    expect(fullName("Lan", "Nguyễn")).toBe("Nguyễn Lan");
    expect(fullName("Nguyễn Thị Lan", "")).toBe("Nguyễn Thị Lan");
  });
});

describe("toCartView", () => {
  const cart = {
    id: "cart_1",
    region_id: "reg_1",
    currency_code: "vnd",
    email: "lan@example.vn",
    item_total: 1300000,
    shipping_total: 30000,
    discount_total: 0,
    total: 1330000,
    items: [
      { id: "b", created_at: "2026-01-02", product_title: "Mật ong", variant_title: "Default variant", quantity: 1, unit_price: 0, total: 0 },
      { id: "a", created_at: "2026-01-01", product_title: "Trà hoa vàng", product_handle: "tra-hoa-vang", variant_title: "Hộp 50 g", quantity: 2, unit_price: 650000, total: 1300000 },
    ],
    shipping_address: address,
    shipping_methods: [{ shipping_option_id: "so_1", name: "Giao hàng tiêu chuẩn", amount: 30000 }],
  };

  it("counts a booking once, whatever the party's size", () => {
    const booking = { id: "v", created_at: "2026-01-03", product_title: "Tham quan trại ngọc trai", quantity: 26, unit_price: 150000, total: 3900000, metadata: { experience_date: "2026-12-20", party_size: 26 } };
    expect(toCartView(cartAnswer({ ...cart, items: [...cart.items, booking] })).itemCount).toBe(4);
  });

  it("lists lines in the order they were added, with totals in whole đồng", () => {
    const view = toCartView(cartAnswer(cart));
    expect(view.items.map((i) => i.id)).toEqual(["a", "b"]);
    expect(view.items[0]).toMatchObject({ productHandle: "tra-hoa-vang", variantTitle: "Hộp 50 g", unitPrice: { amount: 650000, currencyCode: "vnd" } });
    expect(view.items[1]?.variantTitle).toBeNull();
    expect(view.itemCount).toBe(3);
    expect(view.subtotal.amount).toBe(1300000);
    expect(view.shipping?.amount).toBe(30000);
    expect(view.discount).toBeNull();
    expect(view.total.amount).toBe(1330000);
    expect(view.shippingMethod?.optionId).toBe("so_1");
    expect(view.completed).toBe(false);
  });

  it("has no shipping amount before a method is chosen", () => {
    expect(toCartView(cartAnswer({ ...cart, shipping_methods: [], shipping_total: 0 })).shipping).toBeNull();
    expect(toCartView(cartAnswer({ ...cart, completed_at: "2026-01-03" })).completed).toBe(true);
  });
});

describe("payments", () => {
  it("offers COD and VietQR, with Medusa's system provider standing in for COD", () => {
    expect(toPaymentChoices([{ id: "pp_system_default" }])).toEqual([{ providerId: "pp_system_default", kind: "cod" }]);
    expect(toPaymentChoices([{ id: "pp_system_default" }, { id: "pp_vietqr_vietqr" }, { id: "pp_cod_cod" }, { id: "pp_stripe_stripe" }])).toEqual([
      { providerId: "pp_cod_cod", kind: "cod" },
      { providerId: "pp_vietqr_vietqr", kind: "vietqr" },
    ]);
    expect(paymentKindOf("pp_stripe_stripe")).toBeNull();
  });

  it("reads the VietQR answer and refuses anything but a PNG data URL", () => {
    const body = { status: "awaiting_transfer", amount: 1330000, reference: "OCOP1024", png: "data:image/png;base64,AAAA", svg: "<svg/>" };
    expect(toVietQrView(vietQrAnswer(body))).toMatchObject({ status: "awaiting_transfer", amount: 1330000, reference: "OCOP1024", png: "data:image/png;base64,AAAA" });
    expect(toVietQrView(vietQrAnswer({ ...body, png: "javascript:alert(1)" }))?.png).toBeNull();
    expect(toVietQrView(vietQrAnswer({ hits: [] }))).toBeNull();
  });
});

describe("orders", () => {
  it("maps the order and the payment it was placed with", () => {
    const order = toOrderView(orderAnswer({
      id: "order_1",
      display_id: 1024,
      currency_code: "vnd",
      total: 1330000,
      item_total: 1300000,
      shipping_total: 30000,
      items: [],
      shipping_methods: [{ name: "Giao hàng tiêu chuẩn" }],
      payment_collections: [{ payments: [{ provider_id: "pp_vietqr_vietqr" }] }],
      fulfillment_status: "shipped",
    }));
    expect(order).toMatchObject({ displayId: 1024, payment: "vietqr", shippingMethodName: "Giao hàng tiêu chuẩn" });
    expect(orderStage(order!)).toBe("shipping");
    expect(orderStage({ status: "canceled", fulfillmentStatus: "shipped" })).toBe("canceled");
  });

  it("reads shipping option prices", () => {
    expect(toShippingOptionView(optionAnswer({ id: "so_1", name: "Nhanh", amount: 45000, calculated_price: { currency_code: "vnd" } }))).toEqual({
      id: "so_1",
      name: "Nhanh",
      amount: { amount: 45000, currencyCode: "vnd" },
      window: null,
      parcels: [],
    });
    expect(toShippingOptionView(optionAnswer({ name: "no id" }))).toBeNull();
  });

  it("reads a calculated option's parcels, window and parcels", () => {
    const option = toShippingOptionView(optionAnswer({
      id: "so_2",
      name: "Giao hàng tiêu chuẩn",
      data: { id: "standard", name_en: "Standard delivery" },
      calculated_price: {
        calculated_amount: 89_000,
        window: { min_days: 2, max_days: 4 },
        parcels: [
          { producer_handle: "a", producer_name: "A", weight_g: 1200, amount: 42_000 },
          { producer_handle: "b", weight_g: 2000, amount: 47_000 },
          { weight_g: 1 },
        ],
      },
    }));
    expect(option).toEqual({
      id: "so_2",
      name: "Giao hàng tiêu chuẩn",
      amount: { amount: 89_000, currencyCode: "vnd" },
      window: { minDays: 2, maxDays: 4 },
      parcels: [
        { producerHandle: "a", producerName: "A", weightG: 1200, amount: { amount: 42_000, currencyCode: "vnd" } },
        { producerHandle: "b", producerName: null, weightG: 2000, amount: { amount: 47_000, currencyCode: "vnd" } },
      ],
    });
  });
});
