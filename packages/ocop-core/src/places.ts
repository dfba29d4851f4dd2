// Quảng Ninh's places. Since 1 July 2025 the province has 54 commune-level
// units and no districts, but certificates, labels and producer names still
// print the old commune and district ("xã Đạp Thanh, huyện Ba Chẽ"), so every
// current unit carries what merged into it, and a search by either finds it.

import raw from "./data/quang-ninh-units.json";
import { foldForSearch, slugify } from "./text";

export type UnitType = "ward" | "commune" | "special_zone";

export const UNIT_TYPE_NAMES: Readonly<Record<UnitType, { vi: string; en: string }>> = Object.freeze({
  ward: { vi: "phường", en: "ward" },
  commune: { vi: "xã", en: "commune" },
  special_zone: { vi: "đặc khu", en: "special zone" },
});

export type FormerDistrictKind = "city" | "town" | "district";
/** Former commune-level kinds: phường, xã, thị trấn. */
export type FormerCommuneKind = "ward" | "commune" | "township";

/** One of the 13 district-level units abolished on 1 July 2025. */
export interface FormerDistrict {
  /** Old official code, e.g. "202". */
  code: string;
  /** e.g. "ba-che". */
  slug: string;
  /** e.g. "Ba Chẽ". */
  name: string;
  /** As printed, e.g. "Huyện Ba Chẽ". */
  fullName: string;
  kind: FormerDistrictKind;
}

/** A commune-level unit from before 1 July 2025, as merged into a current unit. */
export interface FormerCommune {
  /** Old official code. Current codes reuse old numbers for other places: never mix the two. */
  oldCode: string;
  /** e.g. "Đạp Thanh". */
  name: string;
  /** As printed, e.g. "Xã Đạp Thanh". */
  fullName: string;
  kind: FormerCommuneKind;
  district: FormerDistrict;
  /** As on old labels, e.g. "xã Đạp Thanh, huyện Ba Chẽ". */
  label: string;
}

/** One of the 54 current commune-level units. */
export interface Unit {
  /** Official code, five digits, e.g. "06979". */
  code: string;
  type: UnitType;
  /** e.g. "Kỳ Thượng". */
  name: string;
  /** e.g. "Xã Kỳ Thượng". */
  fullName: string;
  /** e.g. "Ky Thuong". */
  nameAscii: string;
  /** e.g. "ky-thuong". */
  slug: string;
  /** Approximate centre (polygon centroid), WGS 84. */
  lat: number;
  lon: number;
  /**
   * What merged into this unit. A former commune split between several units
   * appears under each of them (e.g. Xã Hải Lạng under three).
   */
  formerCommunes: readonly FormerCommune[];
  /** The former districts of formerCommunes, without repeats, in order. */
  formerDistricts: readonly FormerDistrict[];
}

// ---------------------------------------------------------------------------
// Loading

interface RawData {
  sources: string[];
  formerDistricts: Array<{ code: string; name: string }>;
  units: Array<{
    code: string;
    type: string;
    name: string;
    nameAscii: string;
    lat: number;
    lon: number;
    mergedFrom: Array<{ oldCode: string; name: string; districtCode: string }>;
  }>;
}

const DATA: RawData = raw;

/** Where the place data comes from (regenerate with scripts/trim-units-data.mjs). */
export const PLACE_DATA_SOURCES: readonly string[] = Object.freeze([...DATA.sources]);

const UNIT_TYPES: readonly UnitType[] = ["ward", "commune", "special_zone"];
const DISTRICT_PREFIXES: ReadonlyArray<[string, FormerDistrictKind]> = [
  ["Thành phố ", "city"],
  ["Thị xã ", "town"],
  ["Huyện ", "district"],
];
const COMMUNE_PREFIXES: ReadonlyArray<[string, FormerCommuneKind]> = [
  ["Thị trấn ", "township"],
  ["Phường ", "ward"],
  ["Xã ", "commune"],
];

function splitTypePrefix<K>(fullName: string, prefixes: ReadonlyArray<[string, K]>): { name: string; kind: K } {
  for (const [prefix, kind] of prefixes) {
    if (fullName.startsWith(prefix)) return { name: fullName.slice(prefix.length), kind };
  }
  throw new Error(`place data: unknown unit type in "${fullName}"`);
}

/** "Huyện Ba Chẽ" → "huyện Ba Chẽ", as in running text. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const FORMER_DISTRICTS: readonly FormerDistrict[] = DATA.formerDistricts.map((d) => {
  const { name, kind } = splitTypePrefix(d.name, DISTRICT_PREFIXES);
  return { code: d.code, slug: slugify(name), name, fullName: d.name, kind };
});
const districtByCode = new Map(FORMER_DISTRICTS.map((d) => [d.code, d]));

const UNITS: readonly Unit[] = DATA.units.map((u) => {
  const type = u.type as UnitType;
  if (!UNIT_TYPES.includes(type)) throw new Error(`place data: unknown type "${u.type}" for ${u.code}`);
  const formerCommunes = u.mergedFrom.map((m): FormerCommune => {
    const district = districtByCode.get(m.districtCode);
    if (!district) throw new Error(`place data: unknown district ${m.districtCode} for ${m.name}`);
    const { name, kind } = splitTypePrefix(m.name, COMMUNE_PREFIXES);
    const label = `${lowerFirst(m.name)}, ${lowerFirst(district.fullName)}`;
    return { oldCode: m.oldCode, name, fullName: m.name, kind, district, label };
  });
  return {
    code: u.code,
    type,
    name: u.name,
    fullName: `${upperFirst(UNIT_TYPE_NAMES[type].vi)} ${u.name}`,
    nameAscii: u.nameAscii,
    slug: slugify(u.name),
    lat: u.lat,
    lon: u.lon,
    formerCommunes,
    formerDistricts: [...new Set(formerCommunes.map((c) => c.district))],
  };
});
deepFreeze(FORMER_DISTRICTS);
deepFreeze(UNITS);

const unitByCode = new Map(UNITS.map((u) => [u.code, u]));

// ---------------------------------------------------------------------------
// Lookups

/** The current unit with this official code, e.g. getUnit("06979") → xã Kỳ Thượng. */
export function getUnit(code: string): Unit | undefined {
  return unitByCode.get(code);
}

/** All 54 current units, by code. */
export function listUnits(): readonly Unit[] {
  return UNITS;
}

/** The 13 former district-level units, by old code. */
export function formerDistricts(): readonly FormerDistrict[] {
  return FORMER_DISTRICTS;
}

/** A former district by slug ("ba-che") or old code ("202"). */
export function getFormerDistrict(slugOrCode: string): FormerDistrict | undefined {
  return FORMER_DISTRICTS.find((d) => d.slug === slugOrCode || d.code === slugOrCode);
}

/** Current units that took in any part of a former district (slug or old code). */
export function unitsOfFormerDistrict(slugOrCode: string): Unit[] {
  const district = getFormerDistrict(slugOrCode);
  if (!district) return [];
  return UNITS.filter((u) => u.formerDistricts.includes(district));
}

export interface HistoricLocality {
  communes: readonly FormerCommune[];
  districts: readonly FormerDistrict[];
  /**
   * For display, communes grouped by district:
   * "xã Kỳ Thượng (thành phố Hạ Long); xã Thanh Lâm, xã Đạp Thanh (huyện Ba Chẽ)".
   */
  label: string;
}

/** What a current unit (by code) was before 1 July 2025, or undefined for an unknown code. */
export function historicLocalityOf(code: string): HistoricLocality | undefined {
  const unit = unitByCode.get(code);
  if (!unit) return undefined;
  const label = unit.formerDistricts
    .map((d) => {
      const communes = unit.formerCommunes.filter((c) => c.district === d).map((c) => lowerFirst(c.fullName));
      return `${communes.join(", ")} (${lowerFirst(d.fullName)})`;
    })
    .join("; ");
  return { communes: unit.formerCommunes, districts: unit.formerDistricts, label };
}

// ---------------------------------------------------------------------------
// Search by name

export type UnitMatchKind = "name" | "former_commune" | "former_district";

export interface UnitMatch {
  unit: Unit;
  /** What the text matched: the unit's current name, a former commune, or a former district. */
  matchedBy: UnitMatchKind;
  /** The official name matched, e.g. "Xã Đạp Thanh" or "Huyện Ba Chẽ". */
  matchedName: string;
}

type Level = "commune" | "district";
type KindHint = UnitType | FormerCommuneKind;

// Folded type words (and their abbreviations) that may precede a name.
const SEARCH_PREFIXES: ReadonlyArray<{ prefix: string; level: Level; hint?: KindHint }> = [
  { prefix: "dac khu", level: "commune", hint: "special_zone" },
  { prefix: "thi tran", level: "commune", hint: "township" },
  { prefix: "tt", level: "commune", hint: "township" },
  { prefix: "phuong", level: "commune", hint: "ward" },
  { prefix: "p", level: "commune", hint: "ward" },
  { prefix: "xa", level: "commune", hint: "commune" },
  { prefix: "x", level: "commune", hint: "commune" },
  { prefix: "thanh pho", level: "district" },
  { prefix: "tp", level: "district" },
  { prefix: "thi xa", level: "district" },
  { prefix: "tx", level: "district" },
  { prefix: "huyen", level: "district" },
  { prefix: "h", level: "district" },
];
// A district-level word inside a part starts a new part, so that
// "xã Đạp Thanh huyện Ba Chẽ" reads like "xã Đạp Thanh, huyện Ba Chẽ".
const INNER_SPLIT = / (?=(?:huyen|thanh pho|thi xa|tp|tx|tinh) )/;
const PROVINCE = /^(?:tinh )?quang ninh$|^viet ?nam$/;

interface IndexEntry {
  unit: Unit;
  matchedBy: UnitMatchKind;
  matchedName: string;
  kind: KindHint | null;
}

const nameIndex = new Map<string, IndexEntry[]>();
function addToIndex(name: string, entry: IndexEntry): void {
  const key = foldForSearch(name);
  const list = nameIndex.get(key) ?? [];
  list.push(entry);
  nameIndex.set(key, list);
}
for (const unit of UNITS) {
  addToIndex(unit.name, { unit, matchedBy: "name", matchedName: unit.fullName, kind: unit.type });
  for (const c of unit.formerCommunes) {
    addToIndex(c.name, { unit, matchedBy: "former_commune", matchedName: c.fullName, kind: c.kind });
  }
  for (const d of unit.formerDistricts) {
    addToIndex(d.name, { unit, matchedBy: "former_district", matchedName: d.fullName, kind: null });
  }
}

const KIND_RANK: Readonly<Record<UnitMatchKind, number>> = { name: 0, former_commune: 1, former_district: 2 };

interface Ranked extends UnitMatch {
  rank: number;
}

/** Best match per unit code for one part of an address. */
function matchPart(part: string): Map<string, Ranked> {
  const variants: Array<{ key: string; level?: Level; hint?: KindHint }> = [{ key: part }];
  for (const p of SEARCH_PREFIXES) {
    if (part.startsWith(`${p.prefix} `)) variants.push({ key: part.slice(p.prefix.length + 1), level: p.level, hint: p.hint });
  }
  const best = new Map<string, Ranked>();
  for (const v of variants) {
    for (const entry of nameIndex.get(v.key) ?? []) {
      const isDistrictEntry = entry.matchedBy === "former_district";
      if (v.level === "commune" && isDistrictEntry) continue;
      if (v.level === "district" && !isDistrictEntry) continue;
      // "xã Hạ Long" should list the former xã Hạ Long before phường Hạ Long,
      // but still find the ward: old labels do not always use today's type.
      const typeMismatch = v.hint !== undefined && entry.kind !== v.hint ? 10 : 0;
      const rank = typeMismatch + KIND_RANK[entry.matchedBy];
      const previous = best.get(entry.unit.code);
      if (!previous || rank < previous.rank) {
        best.set(entry.unit.code, { unit: entry.unit, matchedBy: entry.matchedBy, matchedName: entry.matchedName, rank });
      }
    }
  }
  return best;
}

/**
 * Current units whose current name, former commune or former district is named
 * in `text`, ignoring accents, case and type words ("xã", "huyện", "TP.", …).
 * Names must match whole ("Đạp Thanh", not "Đạp"). An address with several
 * parts ("thôn Khe Lạnh, xã Đạp Thanh, huyện Ba Chẽ, tỉnh Quảng Ninh") gives
 * the units matching every part that names a known place; parts naming none
 * (villages, streets, the province) are skipped. Best matches first: current
 * name, then former commune, then former district; ties by code.
 */
export function searchUnits(text: string): UnitMatch[] {
  const parts = text
    .split(/[,;\n]/)
    .flatMap((p) => foldForSearch(p).split(INNER_SPLIT))
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !PROVINCE.test(p));

  const matched = parts.map(matchPart).filter((m) => m.size > 0);
  const [first, ...rest] = matched;
  if (!first) return [];
  return [...first.values()]
    .filter((m) => rest.every((other) => other.has(m.unit.code)))
    .sort((a, b) => a.rank - b.rank || a.unit.code.localeCompare(b.unit.code))
    .map(({ unit, matchedBy, matchedName }) => ({ unit, matchedBy, matchedName }));
}

/** The units of searchUnits(text), best first. "dap thanh" → [xã Kỳ Thượng]. */
export function findUnitsByName(text: string): Unit[] {
  return searchUnits(text).map((m) => m.unit);
}
