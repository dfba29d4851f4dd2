import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import vi from "../messages/vi.json";
import { defaultShippingOptionId, shippingNameKey, shippingOptionName } from "./shipping-names";
import type { ShippingOptionView } from "./types";

/** next-intl's translator over one namespace of a messages file, as getTranslations gives it. */
function translator(messages: Record<string, string>) {
  const t = (key: string) => {
    if (!(key in messages)) throw new Error(`missing ${key}`);
    return messages[key]!;
  };
  return Object.assign(t, { has: (key: string) => key in messages });
}

describe("shipping option names in the page's language", () => {
  it("keys a stored name by its folded words", () => {
    expect(shippingNameKey("Giao hàng tiêu chuẩn")).toBe("giao-hang-tieu-chuan");
    expect(shippingNameKey("Giao hàng nhanh (1–2 ngày)")).toBe("giao-hang-nhanh-1-2-ngay");
    expect(shippingNameKey("Đường bộ")).toBe("duong-bo");
  });

  it("gives the seeded options in English on /en and unchanged in Vietnamese; an unknown name as stored", () => {
    const english = translator(en.ShippingNames);
    const vietnamese = translator(vi.ShippingNames);
    expect(shippingOptionName("Giao hàng tiêu chuẩn", english)).toBe("Standard delivery");
    expect(shippingOptionName("Giao hàng nhanh", english)).toBe("Express delivery");
    expect(shippingOptionName("Giao hàng tiêu chuẩn", vietnamese)).toBe("Giao hàng tiêu chuẩn");
    expect(shippingOptionName("Viettel Post hỏa tốc", english)).toBe("Viettel Post hỏa tốc");
    // Every name has both languages.
    expect(Object.keys(en.ShippingNames).sort()).toEqual(Object.keys(vi.ShippingNames).sort());
  });

  it("starts on the cheapest option unless one is already chosen", () => {
    const money = (amount: number) => ({ amount, currencyCode: "vnd" });
    const option = (id: string, name: string, amount: ShippingOptionView["amount"]): ShippingOptionView => ({ id, name, amount, window: null, parcels: [] });
    const options = [
      option("express", "Giao hàng nhanh", money(55_000)),
      option("standard", "Giao hàng tiêu chuẩn", money(30_000)),
      option("later", "Tính sau", null),
    ];
    expect(defaultShippingOptionId(options, null)).toBe("standard");
    expect(defaultShippingOptionId(options, "express")).toBe("express");
    expect(defaultShippingOptionId(options, "gone")).toBe("standard");
    expect(defaultShippingOptionId([options[2]!], null)).toBe("later");
    expect(defaultShippingOptionId([], null)).toBeNull();
  });
});
