// The marketplace's parcel rate table: one reviewed place for what a parcel costs to ship
// (issue #13). Each producer ships its own parcel from its own commune; a cart of N producers
// pays N parcels. A parcel's price depends on
//   - the zone from origin to destination (same province; a neighbouring province; the rest of
//     the north; the centre; the south; an island or special zone at either end),
//   - its weight (the variant weights in grams; DEFAULT_ITEM_WEIGHT_G a unit when a variant has none),
//   - the speed (standard or express),
//   - and a cash-on-delivery fee when the carrier collects cash.
// The figures are modelled on the public retail tariffs of Vietnamese carriers (VNPost, GHN,
// GHTK: a base price for the first 500 g by zone, a step per further 500 g, a COD fee as a share
// of the collected amount with a floor) and rounded to whole thousands of đồng. They are not
// copied from any carrier's price list: review them here, with their test (shipping.test.ts).

export type ShippingSpeed = "standard" | "express";
export type ShippingZone = "same_province" | "neighbour" | "north" | "centre" | "south" | "island";
export type DeliveryWindow = { min_days: number; max_days: number };

/** Weight counted for a unit whose variant states none (a boxed OCOP product, typically 300–700 g). */
export const DEFAULT_ITEM_WEIGHT_G = 500;
/** Weight steps the price grows by. */
export const WEIGHT_STEP_G = 500;

type Rate = { base: number; per_step: number; window: DeliveryWindow };

/** Price of the first 500 g, price of each further 500 g (or part), and the delivery window. */
export const RATE_TABLE: Readonly<Record<ShippingSpeed, Readonly<Record<ShippingZone, Rate>>>> = Object.freeze({
  standard: {
    same_province: { base: 22_000, per_step: 2_500, window: { min_days: 1, max_days: 2 } },
    neighbour: { base: 28_000, per_step: 4_000, window: { min_days: 2, max_days: 3 } },
    north: { base: 32_000, per_step: 5_000, window: { min_days: 2, max_days: 4 } },
    centre: { base: 35_000, per_step: 5_000, window: { min_days: 3, max_days: 5 } },
    south: { base: 38_000, per_step: 5_500, window: { min_days: 4, max_days: 6 } },
    island: { base: 55_000, per_step: 10_000, window: { min_days: 5, max_days: 8 } },
  },
  express: {
    same_province: { base: 30_000, per_step: 4_000, window: { min_days: 1, max_days: 1 } },
    neighbour: { base: 38_000, per_step: 6_000, window: { min_days: 1, max_days: 2 } },
    north: { base: 45_000, per_step: 8_000, window: { min_days: 1, max_days: 2 } },
    centre: { base: 52_000, per_step: 9_000, window: { min_days: 2, max_days: 3 } },
    south: { base: 58_000, per_step: 10_000, window: { min_days: 2, max_days: 3 } },
    island: { base: 85_000, per_step: 15_000, window: { min_days: 3, max_days: 5 } },
  },
});

/** Cash on delivery: a share of the collected amount, with a floor (carriers charge about 0.5–1%). */
export const COD_FEE_RATE = 0.008;
export const COD_FEE_MIN = 5_000;

// Regions by official province code (34 provinces since 1 July 2025).
const NORTH = new Set(["01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37"]);
const CENTRE = new Set(["38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68"]);
// The rest (75, 79, 80, 82, 86, 91, 92, 96) is the south.

/** Provinces sharing a land border since 1 July 2025, by official code (symmetric). */
const BORDERS: ReadonlyArray<[string, string[]]> = [
  ["01", ["19", "24", "25", "33", "37"]],
  ["04", ["08", "19", "20"]],
  ["08", ["04", "15", "19", "25"]],
  ["11", ["12", "14"]],
  ["12", ["11", "14", "15"]],
  ["14", ["11", "12", "15", "25", "38"]],
  ["15", ["08", "12", "14", "25"]],
  ["19", ["01", "04", "08", "20", "24", "25"]],
  ["20", ["04", "19", "22", "24"]],
  ["22", ["20", "24", "31"]],
  ["24", ["01", "19", "20", "22", "31", "33"]],
  ["25", ["01", "08", "14", "15", "19", "37", "38"]],
  ["31", ["22", "24", "33"]],
  ["33", ["01", "24", "31", "37"]],
  ["37", ["01", "25", "33", "38"]],
  ["38", ["14", "25", "37", "40"]],
  ["40", ["38", "42"]],
  ["42", ["40", "44"]],
  ["44", ["42", "46"]],
  ["46", ["44", "48"]],
  ["48", ["46", "51"]],
  ["51", ["48", "52"]],
  ["52", ["51", "56", "66"]],
  ["56", ["52", "66", "68"]],
  ["66", ["52", "56", "68"]],
  ["68", ["56", "66", "75", "79"]],
  ["75", ["68", "79", "80"]],
  ["79", ["68", "75", "80"]],
  ["80", ["75", "79", "82"]],
  ["82", ["80", "86", "91"]],
  ["86", ["82", "92"]],
  ["91", ["82", "92", "96"]],
  ["92", ["86", "91", "96"]],
  ["96", ["91", "92"]],
];
const NEIGHBOURS = new Map(BORDERS.map(([code, list]) => [code, new Set(list)]));

/**
 * Islands and special zones, by official commune code: parcels go by boat, so they are priced
 * apart whatever the distance. Vân Đồn and Cô Tô (Quảng Ninh), Cát Hải and Bạch Long Vĩ
 * (Hải Phòng), Cồn Cỏ, Hoàng Sa, Lý Sơn, Trường Sa, Phú Quý, Côn Đảo, Phú Quốc, Thổ Châu, Kiên Hải.
 */
export const ISLAND_COMMUNE_CODES: ReadonlySet<string> = new Set([
  "06994", "07192", "11914", "11948", "19742", "20333", "21548", "22736", "23272", "26732", "31078", "31105", "31108",
]);

export type ParcelPlace = { province_code: string; commune_code?: string | null };

function region(provinceCode: string): "north" | "centre" | "south" {
  if (NORTH.has(provinceCode)) return "north";
  if (CENTRE.has(provinceCode)) return "centre";
  return "south";
}

/**
 * The zone of a parcel. An island at either end makes it "island", except a parcel that stays on
 * the same island. Otherwise: same province, a neighbour, else the destination's region — "north"
 * only when both ends are in the north (a parcel from the south to Hà Nội crosses the country and
 * costs as much as one to the south).
 */
export function shippingZone(from: ParcelPlace, to: ParcelPlace): ShippingZone {
  const fromIsland = !!from.commune_code && ISLAND_COMMUNE_CODES.has(from.commune_code);
  const toIsland = !!to.commune_code && ISLAND_COMMUNE_CODES.has(to.commune_code);
  if ((fromIsland || toIsland) && from.commune_code !== to.commune_code) return "island";
  if (from.province_code === to.province_code) return "same_province";
  if (NEIGHBOURS.get(from.province_code)?.has(to.province_code)) return "neighbour";
  const a = region(from.province_code);
  const b = region(to.province_code);
  if (a === "north" && b === "north") return "north";
  if (a === "centre" || b === "centre") return "centre";
  return "south";
}

/** A parcel's weight: each line's variant weight (grams) times its quantity; the default when unknown. */
export function parcelWeight(lines: ReadonlyArray<{ weight_g?: number | null; quantity: number }>): number {
  return lines.reduce((sum, line) => {
    const unit = typeof line.weight_g === "number" && line.weight_g > 0 ? line.weight_g : DEFAULT_ITEM_WEIGHT_G;
    return sum + Math.round(unit) * line.quantity;
  }, 0);
}

/** Price of one parcel (whole đồng), without COD. */
export function parcelRate(zone: ShippingZone, weightG: number, speed: ShippingSpeed): number {
  const rate = RATE_TABLE[speed][zone];
  const extraSteps = Math.max(0, Math.ceil(weightG / WEIGHT_STEP_G) - 1);
  return rate.base + extraSteps * rate.per_step;
}

/** The carrier's fee to collect `collected` đồng in cash, rounded up to a thousand. */
export function codFee(collected: number): number {
  return Math.max(COD_FEE_MIN, Math.ceil((collected * COD_FEE_RATE) / 1_000) * 1_000);
}

export type ParcelInput = {
  producer_handle: string;
  origin: ParcelPlace;
  lines: ReadonlyArray<{ weight_g?: number | null; quantity: number; total: number }>;
};
export type PricedParcel = {
  producer_handle: string;
  weight_g: number;
  zone: ShippingZone;
  /** Shipping plus, when paid in cash, the COD fee on the parcel's goods and shipping. */
  amount: number;
  cod_fee: number;
  window: DeliveryWindow;
};

/** Every parcel of a cart priced, and their sum: what the shipping method charges. */
export function priceParcels(
  parcels: ReadonlyArray<ParcelInput>,
  destination: ParcelPlace,
  speed: ShippingSpeed,
  cashOnDelivery: boolean,
): { parcels: PricedParcel[]; amount: number; window: DeliveryWindow } {
  const priced = parcels.map((parcel) => {
    const weight_g = parcelWeight(parcel.lines);
    const zone = shippingZone(parcel.origin, destination);
    const shipping = parcelRate(zone, weight_g, speed);
    const goods = parcel.lines.reduce((sum, line) => sum + line.total, 0);
    const cod_fee = cashOnDelivery ? codFee(goods + shipping) : 0;
    return { producer_handle: parcel.producer_handle, weight_g, zone, amount: shipping + cod_fee, cod_fee, window: RATE_TABLE[speed][zone].window };
  });
  return {
    parcels: priced,
    amount: priced.reduce((sum, p) => sum + p.amount, 0),
    // Parcels travel in parallel: the order arrives with its slowest parcel.
    window: priced.reduce<DeliveryWindow>(
      (w, p) => ({ min_days: Math.max(w.min_days, p.window.min_days), max_days: Math.max(w.max_days, p.window.max_days) }),
      { min_days: 0, max_days: 0 },
    ),
  };
}
