// What the address forms need of Vietnam's places, computed on the server: the 34
// provinces and the communes of the one chosen (packages/vn-places). Server only:
// importing @ocop/vn-places in a client component would ship all 3,321 units.

import { communesOf, listProvinces, type Commune, type CommuneEntry } from "@ocop/vn-places";
import { DEFAULT_PROVINCE_CODE } from "./commerce-map";

export interface PlaceChoices {
  provinces: { code: string; name: string }[];
  /** The province selected at first, and its communes. */
  provinceCode: string;
  communes: CommuneEntry[];
}

/** Plain data for the browser: code, name, kind and the old units merged in. */
export function toCommuneEntries(communes: readonly Commune[]): CommuneEntry[] {
  const collator = new Intl.Collator("vi");
  return communes
    .map(({ code, name, kind, formerly }) => ({ code, name, kind, formerly }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Provinces by name, and the communes of `provinceCode` (Quảng Ninh when none is known). */
export function placeChoices(provinceCode: string | null | undefined): PlaceChoices {
  const collator = new Intl.Collator("vi");
  const code = provinceCode && communesOf(provinceCode).length > 0 ? provinceCode : DEFAULT_PROVINCE_CODE;
  return {
    provinces: listProvinces()
      .map((p) => ({ code: p.code, name: p.name }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    provinceCode: code,
    communes: toCommuneEntries(communesOf(code)),
  };
}
