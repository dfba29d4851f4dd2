import { describe, expect, it } from "vitest";
import { codFee, DEFAULT_ITEM_WEIGHT_G, parcelRate, parcelWeight, priceParcels, shippingZone } from "./shipping";

const HA_LONG = { province_code: "22", commune_code: "06688" };
const CO_TO = { province_code: "22", commune_code: "07192" };
const HA_NOI = { province_code: "01", commune_code: "00004" };
const SAI_GON = { province_code: "79", commune_code: "26740" };

describe("shippingZone", () => {
  it("tells the zones apart from Hạ Long", () => {
    expect(shippingZone(HA_LONG, { province_code: "22", commune_code: "06673" })).toBe("same_province");
    expect(shippingZone(HA_LONG, { province_code: "31" })).toBe("neighbour");
    expect(shippingZone(HA_LONG, HA_NOI)).toBe("north");
    expect(shippingZone(HA_LONG, { province_code: "48" })).toBe("centre");
    expect(shippingZone(HA_LONG, SAI_GON)).toBe("south");
    expect(shippingZone(HA_LONG, CO_TO)).toBe("island");
    expect(shippingZone(CO_TO, HA_LONG)).toBe("island");
    expect(shippingZone(CO_TO, CO_TO)).toBe("same_province");
  });

  it("prices a parcel from the south to the north as a long haul, not as the north", () => {
    expect(shippingZone(SAI_GON, HA_NOI)).toBe("south");
  });
});

describe("parcel prices", () => {
  it("counts the default weight for a variant without one, and the variant's grams otherwise", () => {
    expect(parcelWeight([{ quantity: 2 }, { weight_g: 120, quantity: 3 }])).toBe(2 * DEFAULT_ITEM_WEIGHT_G + 360);
  });

  it("adds a step per further 500 g, by zone and speed", () => {
    expect(parcelRate("same_province", 500, "standard")).toBe(22_000);
    expect(parcelRate("same_province", 501, "standard")).toBe(24_500);
    expect(parcelRate("north", 1_500, "express")).toBe(45_000 + 2 * 8_000);
  });

  it("makes the same parcel dearer to Hà Nội and to Cô Tô than within Hạ Long, and express dearer than standard", () => {
    const within = parcelRate(shippingZone(HA_LONG, HA_LONG), 800, "standard");
    expect(parcelRate(shippingZone(HA_LONG, HA_NOI), 800, "standard")).toBeGreaterThan(within);
    expect(parcelRate(shippingZone(HA_LONG, CO_TO), 800, "standard")).toBeGreaterThan(within);
    expect(parcelRate("same_province", 800, "express")).toBeGreaterThan(within);
  });

  it("charges cash collection as a share with a floor", () => {
    expect(codFee(100_000)).toBe(5_000);
    expect(codFee(1_250_000)).toBe(10_000);
  });

  it("prices one parcel per producer and sums them; COD only when paid in cash", () => {
    const parcels = [
      { producer_handle: "a", origin: HA_LONG, lines: [{ weight_g: 300, quantity: 1, total: 200_000 }] },
      { producer_handle: "b", origin: { province_code: "22", commune_code: "07090" }, lines: [{ quantity: 2, total: 400_000 }] },
    ];
    const prepaid = priceParcels(parcels, HA_NOI, "standard", false);
    expect(prepaid.parcels.map((p) => [p.producer_handle, p.weight_g, p.amount])).toEqual([
      ["a", 300, 32_000],
      ["b", 1_000, 37_000],
    ]);
    expect(prepaid.amount).toBe(69_000);
    expect(prepaid.window).toEqual({ min_days: 2, max_days: 4 });
    const cash = priceParcels(parcels, HA_NOI, "standard", true);
    expect(cash.amount).toBe(69_000 + codFee(232_000) + codFee(437_000));
  });
});
