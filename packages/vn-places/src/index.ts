// Vietnam's places since 1 July 2025: 34 provinces and 3,321 commune-level
// units, with their official codes and the old units merged into each.
// Server-side: this module holds all the data (about 480 KB); a browser gets one
// province's communes at a time and searches them with ./match.

import { foldForSearch } from "@ocop/core";
import raw from "./data/vn-units.json";
import { matchCommunes, stripTypeWord, type CommuneEntry, type CommuneKind, type CommuneMatch } from "./match";

export * from "./match";
export * from "./phone";

export type ProvinceKind = "province" | "city";

export interface Province {
  /** Official code, two digits, e.g. "01". */
  code: string;
  /** Official name, e.g. "Hà Nội", "Hồ Chí Minh". */
  name: string;
  kind: ProvinceKind;
  /** e.g. "Thành phố Hà Nội", "Tỉnh Quảng Ninh". */
  fullName: string;
}

export interface Commune extends CommuneEntry {
  provinceCode: string;
  /** e.g. "Phường Ba Đình", "Đặc khu Cô Tô". */
  fullName: string;
}

interface RawData {
  source: string;
  asOf: string;
  provinces: Array<{ code: string; name: string; kind: string; communes: Array<[string, string, string, string[]]> }>;
}
const DATA = raw as RawData;

/** Where the data comes from (regenerate with scripts/trim-vn-units.mjs). */
export const PLACES_SOURCE: string = DATA.source;
/** The date the units are in force from. */
export const PLACES_AS_OF: string = DATA.asOf;

const KIND_VI: Readonly<Record<CommuneKind | ProvinceKind, string>> = {
  ward: "Phường",
  commune: "Xã",
  special_zone: "Đặc khu",
  province: "Tỉnh",
  city: "Thành phố",
};

const PROVINCES: readonly Province[] = Object.freeze(
  DATA.provinces.map((p) => {
    const kind = p.kind as ProvinceKind;
    return Object.freeze({ code: p.code, name: p.name, kind, fullName: `${KIND_VI[kind]} ${p.name}` });
  }),
);
const COMMUNES_BY_PROVINCE = new Map<string, readonly Commune[]>(
  DATA.provinces.map((p) => [
    p.code,
    Object.freeze(
      p.communes.map(([code, name, kind, formerly]) =>
        Object.freeze({
          code,
          name,
          kind: kind as CommuneKind,
          formerly: Object.freeze([...formerly]),
          provinceCode: p.code,
          fullName: `${KIND_VI[kind as CommuneKind]} ${name}`,
        }),
      ),
    ),
  ]),
);
const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));
const communeByCode = new Map([...COMMUNES_BY_PROVINCE.values()].flat().map((c) => [c.code, c]));

/** The 34 provinces and centrally run cities, by official code. */
export function listProvinces(): readonly Province[] {
  return PROVINCES;
}

export function getProvince(code: string): Province | undefined {
  return provinceByCode.get(code);
}

/** The commune-level units of a province, by code; empty for an unknown province. */
export function communesOf(provinceCode: string): readonly Commune[] {
  return COMMUNES_BY_PROVINCE.get(provinceCode) ?? [];
}

export function getCommune(code: string): Commune | undefined {
  return communeByCode.get(code);
}

/** Every commune-level unit (3,321). */
export function listCommunes(): readonly Commune[] {
  return [...communeByCode.values()];
}

// Words before a province's name, folded: "tỉnh", "thành phố", "TP.", "TP HCM"…
const PROVINCE_WORDS = /^(?:tinh|thanh pho|tp)\s+/;
const PROVINCE_ALIASES: Readonly<Record<string, string>> = { hcm: "79", "sai gon": "79", "tphcm": "79", hn: "01" };

/**
 * The province a name identifies, ignoring accents, case and "tỉnh"/"thành phố"/"TP":
 * "Hà Nội", "ha noi", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM".
 */
export function findProvince(name: string): Province | undefined {
  const folded = foldForSearch(name);
  const bare = folded.replace(PROVINCE_WORDS, "");
  const alias = PROVINCE_ALIASES[bare] ?? PROVINCE_ALIASES[folded.replace(/\s+/g, "")];
  if (alias) return provinceByCode.get(alias);
  return PROVINCES.find((p) => foldForSearch(p.name) === bare);
}

/**
 * The communes of a province (or of all Vietnam without one) that `query`
 * names: current name without accents, or a unit merged into it.
 */
export function searchCommunes(query: string, options: { provinceCode?: string; limit?: number } = {}): CommuneMatch<Commune>[] {
  const list = options.provinceCode ? communesOf(options.provinceCode) : listCommunes();
  return matchCommunes(list, query, options.limit);
}

/**
 * The one commune of a province that a name identifies: its current name, with or
 * without its type word ("Ba Đình", "Phường Ba Đình", "phuong ba dinh"). Accents
 * decide between names that differ only by them ("Văn Lang" / "Văn Lăng").
 * Old names do not count: one may be split between several current units.
 */
export function findCommuneByName(provinceCode: string, name: string): { commune?: Commune; ambiguous: boolean } {
  const list = communesOf(provinceCode);
  const lower = name.normalize("NFC").toLowerCase().trim().replace(/\s+/g, " ");
  const exact = list.filter((c) => c.name.toLowerCase() === lower || c.fullName.toLowerCase() === lower);
  if (exact.length === 1) return { commune: exact[0], ambiguous: false };
  const { text, level } = stripTypeWord(foldForSearch(name));
  if (level === "district" || !text) return { ambiguous: false };
  const folded = list.filter((c) => foldForSearch(c.name) === text);
  if (folded.length === 1) return { commune: folded[0], ambiguous: false };
  return { ambiguous: folded.length > 1 };
}

export interface AddressPlaceInput {
  province?: string | null;
  city?: string | null;
  provinceCode?: string | null;
  communeCode?: string | null;
}

export type AddressField = "province" | "city" | "metadata.province_code" | "metadata.commune_code";

export type AddressPlace =
  | { ok: true; province: Province; commune: Commune }
  | { ok: false; field: AddressField; message: string };

const namesMatch = (a: string, b: string) => foldForSearch(a) === foldForSearch(b);

/**
 * Checks the place of a Vietnamese address against the official list, as the
 * address contract says: codes must exist and agree with the names given, the
 * commune must be in its province, and names alone must identify one unit.
 * Answers the official province and commune, or the field that is wrong and why.
 */
export function resolveAddressPlace(input: AddressPlaceInput): AddressPlace {
  const provinceName = input.province?.trim() ?? "";
  const city = input.city?.trim() ?? "";
  const provinceCode = input.provinceCode?.trim() ?? "";
  const communeCode = input.communeCode?.trim() ?? "";
  const fail = (field: AddressField, message: string): AddressPlace => ({ ok: false, field, message });

  if (!provinceName) return fail("province", "province is required: the name of one of Vietnam's 34 provinces (e.g. Hà Nội)");
  let province: Province | undefined;
  if (provinceCode) {
    province = getProvince(provinceCode);
    if (!province) return fail("metadata.province_code", `metadata.province_code ${provinceCode} is not a province code (two digits, e.g. 01 for Hà Nội)`);
    if (findProvince(provinceName)?.code !== province.code) {
      return fail("province", `province "${provinceName}" is not ${province.name}, the province of code ${province.code}`);
    }
  } else {
    province = findProvince(provinceName);
    if (!province) return fail("province", `province "${provinceName}" is not one of Vietnam's 34 provinces since 1 July 2025`);
  }

  if (communeCode) {
    const commune = getCommune(communeCode);
    if (!commune) return fail("metadata.commune_code", `metadata.commune_code ${communeCode} is not a commune code (five digits)`);
    if (commune.provinceCode !== province.code) {
      return fail("metadata.commune_code", `metadata.commune_code ${communeCode} (${commune.fullName}) is not in ${province.name}`);
    }
    if (city && !namesMatch(city, commune.name) && !namesMatch(city, commune.fullName)) {
      return fail("city", `city "${city}" is not ${commune.fullName}, the commune of code ${communeCode}`);
    }
    return { ok: true, province, commune };
  }

  if (!city) return fail("city", `city is required: the name of a ward or commune of ${province.name}`);
  const found = findCommuneByName(province.code, city);
  if (found.commune) return { ok: true, province, commune: found.commune };
  return found.ambiguous
    ? fail("city", `city "${city}" names more than one commune of ${province.name}: give metadata.commune_code`)
    : fail("city", `city "${city}" is not a ward or commune of ${province.name} since 1 July 2025`);
}
