import { describe, expect, it } from "vitest";
import {
  PLACE_DATA_SOURCES,
  findUnitsByName,
  formerDistricts,
  getFormerDistrict,
  getUnit,
  historicLocalityOf,
  listUnits,
  searchUnits,
  unitsOfFormerDistrict,
} from "./places";

const codes = (text: string) => findUnitsByName(text).map((u) => u.code);

describe("current units (data)", () => {
  const units = listUnits();

  it("are the 54 units: 30 wards, 22 communes, 2 special zones", () => {
    expect(units).toHaveLength(54);
    const count = (type: string) => units.filter((u) => u.type === type).length;
    expect(count("ward")).toBe(30);
    expect(count("commune")).toBe(22);
    expect(count("special_zone")).toBe(2);
  });

  it("the special zones are Vân Đồn and Cô Tô", () => {
    const zones = units.filter((u) => u.type === "special_zone");
    expect(zones.map((u) => [u.code, u.fullName])).toEqual([
      ["06994", "Đặc khu Vân Đồn"],
      ["07192", "Đặc khu Cô Tô"],
    ]);
  });

  it("have unique five-digit codes, names and slugs, sorted by code", () => {
    expect(units.every((u) => /^\d{5}$/.test(u.code))).toBe(true);
    expect(new Set(units.map((u) => u.code)).size).toBe(54);
    expect(new Set(units.map((u) => u.name)).size).toBe(54);
    expect(new Set(units.map((u) => u.slug)).size).toBe(54);
    expect([...units.map((u) => u.code)].sort()).toEqual(units.map((u) => u.code));
  });

  it("have ASCII names that agree with the Vietnamese names", () => {
    for (const u of units) {
      expect(u.nameAscii).toMatch(/^[A-Za-z0-9 ]+$/);
      expect(u.slug).toBe(u.nameAscii.toLowerCase().replace(/ /g, "-"));
    }
  });

  it("have coordinates inside Quảng Ninh's rough bounding box", () => {
    for (const u of units) {
      expect(u.lat).toBeGreaterThan(20.6);
      expect(u.lat).toBeLessThan(21.7);
      expect(u.lon).toBeGreaterThan(106.4);
      expect(u.lon).toBeLessThan(108.1);
    }
  });

  it("each took in at least one former commune, 171 former communes in all", () => {
    expect(units.every((u) => u.formerCommunes.length > 0)).toBe(true);
    const oldCodes = new Set(units.flatMap((u) => u.formerCommunes.map((c) => c.oldCode)));
    expect(oldCodes.size).toBe(171);
    // 184 entries: some former communes were split between several units.
    expect(units.flatMap((u) => u.formerCommunes)).toHaveLength(184);
  });

  it("are frozen", () => {
    const unit = getUnit("06979");
    expect(Object.isFrozen(unit)).toBe(true);
    expect(Object.isFrozen(unit?.formerCommunes)).toBe(true);
    expect(Object.isFrozen(unit?.formerCommunes[0]?.district)).toBe(true);
  });

  it("cites their sources", () => {
    expect(PLACE_DATA_SOURCES.some((s) => s.includes("1679/NQ-UBTVQH15"))).toBe(true);
  });
});

describe("getUnit", () => {
  it("finds xã Kỳ Thượng, which took in xã Đạp Thanh of huyện Ba Chẽ", () => {
    const unit = getUnit("06979");
    expect(unit).toMatchObject({ code: "06979", type: "commune", name: "Kỳ Thượng", fullName: "Xã Kỳ Thượng", slug: "ky-thuong" });
    expect(unit?.formerCommunes.map((c) => c.label)).toEqual([
      "xã Kỳ Thượng, thành phố Hạ Long",
      "xã Thanh Lâm, huyện Ba Chẽ",
      "xã Đạp Thanh, huyện Ba Chẽ",
    ]);
    expect(unit?.formerDistricts.map((d) => d.slug)).toEqual(["ha-long", "ba-che"]);
  });

  it("keeps old codes apart from current ones", () => {
    // Current 06652 is phường Hà Tu; old code 06652 was phường Hà Phong.
    const haTu = getUnit("06652");
    expect(haTu?.name).toBe("Hà Tu");
    expect(haTu?.formerCommunes.find((c) => c.oldCode === "06652")?.name).toBe("Hà Phong");
  });

  it("returns undefined for unknown codes", () => {
    expect(getUnit("99999")).toBeUndefined();
    expect(getUnit("6979")).toBeUndefined();
    expect(getUnit("")).toBeUndefined();
  });
});

describe("former districts", () => {
  it("are the 13 district-level units, with slugs", () => {
    expect(formerDistricts().map((d) => d.slug)).toEqual([
      "ha-long",
      "mong-cai",
      "cam-pha",
      "uong-bi",
      "binh-lieu",
      "tien-yen",
      "dam-ha",
      "hai-ha",
      "ba-che",
      "van-don",
      "dong-trieu",
      "quang-yen",
      "co-to",
    ]);
  });

  it("have names and kinds as the data prints them", () => {
    const kinds = Object.fromEntries(formerDistricts().map((d) => [d.name, d.kind]));
    expect(kinds).toEqual({
      "Hạ Long": "city",
      "Móng Cái": "city",
      "Cẩm Phả": "city",
      "Uông Bí": "city",
      // The domain notes call Đông Triều a town; the official data has it as a city (thành phố).
      "Đông Triều": "city",
      "Quảng Yên": "town",
      "Bình Liêu": "district",
      "Tiên Yên": "district",
      "Đầm Hà": "district",
      "Hải Hà": "district",
      "Ba Chẽ": "district",
      "Vân Đồn": "district",
      "Cô Tô": "district",
    });
    expect(getFormerDistrict("ba-che")).toMatchObject({ code: "202", fullName: "Huyện Ba Chẽ" });
    expect(getFormerDistrict("206")?.fullName).toBe("Thị xã Quảng Yên");
    expect(getFormerDistrict("hoanh-bo")).toBeUndefined();
  });

  it("map to the current units that took in their communes", () => {
    expect(unitsOfFormerDistrict("ba-che").map((u) => u.code)).toEqual(["06970", "06979", "06985"]);
    expect(unitsOfFormerDistrict("202").map((u) => u.code)).toEqual(["06970", "06979", "06985"]);
    expect(unitsOfFormerDistrict("co-to").map((u) => u.code)).toEqual(["07192"]);
    expect(unitsOfFormerDistrict("ha-long")).toHaveLength(13);
    expect(unitsOfFormerDistrict("nowhere")).toEqual([]);
  });
});

describe("historicLocalityOf", () => {
  it("lists the former communes grouped by former district", () => {
    const h = historicLocalityOf("06979");
    expect(h?.label).toBe("xã Kỳ Thượng (thành phố Hạ Long); xã Thanh Lâm, xã Đạp Thanh (huyện Ba Chẽ)");
    expect(h?.communes.map((c) => [c.oldCode, c.fullName])).toEqual([
      ["07033", "Xã Kỳ Thượng"],
      ["06976", "Xã Thanh Lâm"],
      ["06979", "Xã Đạp Thanh"],
    ]);
    expect(h?.districts.map((d) => d.fullName)).toEqual(["Thành phố Hạ Long", "Huyện Ba Chẽ"]);
  });

  it("names thị trấn and the special zones' former islands", () => {
    expect(historicLocalityOf("07192")?.label).toBe("thị trấn Cô Tô, xã Đồng Tiến, xã Thanh Lân (huyện Cô Tô)");
  });

  it("is undefined for an unknown code", () => {
    expect(historicLocalityOf("00000")).toBeUndefined();
  });
});

describe("findUnitsByName / searchUnits", () => {
  it("finds a unit by a former commune name, accent- and case-insensitively", () => {
    expect(codes("Đạp Thanh")).toEqual(["06979"]);
    expect(codes("dap thanh")).toEqual(["06979"]);
    expect(codes("  DAP   THANH ")).toEqual(["06979"]);
    expect(codes("xã Đạp Thanh")).toEqual(["06979"]);
  });

  it("finds every unit of a former district", () => {
    expect(codes("huyện Ba Chẽ")).toEqual(["06970", "06979", "06985"]);
    expect(codes("H. Ba Chẽ")).toEqual(["06970", "06979", "06985"]);
  });

  it("puts the unit with that current name first", () => {
    expect(codes("Ba Che")).toEqual(["06970", "06979", "06985"]);
    expect(searchUnits("Ba Che").map((m) => m.matchedBy)).toEqual(["name", "former_district", "former_district"]);
  });

  it("narrows an old address to the unit that took it in", () => {
    expect(codes("xã Đạp Thanh, huyện Ba Chẽ")).toEqual(["06979"]);
    expect(codes("xã Đạp Thanh huyện Ba Chẽ")).toEqual(["06979"]);
    expect(codes("thôn Khe Lạnh, xã Đạp Thanh, huyện Ba Chẽ, tỉnh Quảng Ninh")).toEqual(["06979"]);
    expect(codes("Đồng Rui, Tiên Yên")).toEqual(["06886"]);
    expect(codes("xã Húc Động, Bình Liêu")).toEqual(["06838"]);
    expect(codes("xã Quảng Nghĩa, TP. Móng Cái")).toEqual(["06733"]);
  });

  it("tells apart former communes of the same name in different districts", () => {
    expect(codes("Thanh Sơn")).toEqual(["06811", "06970"]);
    expect(codes("xã Thanh Sơn, huyện Ba Chẽ")).toEqual(["06970"]);
    expect(codes("phường Thanh Sơn, thành phố Uông Bí")).toEqual(["06811"]);
  });

  it("returns every unit that took in part of a split commune", () => {
    expect(codes("Hải Lạng")).toEqual(["06886", "06799", "06970"]);
  });

  it("matches the old type loosely: a label's xã may now be a phường", () => {
    // Yên Đức was a phường of Đông Triều; the domain notes say "xã Yên Đức".
    expect(codes("xã Yên Đức, Đông Triều")).toEqual(["07114"]);
    expect(codes("Yên Đức")).toEqual(["07114"]);
  });

  it("tells the three Hạ Longs apart by their type words", () => {
    // phường Hạ Long (current), xã Hạ Long (former, huyện Vân Đồn), thành phố Hạ Long (former district).
    expect(codes("phường Hạ Long")).toEqual(["06688", "06994"]);
    expect(codes("xã Hạ Long")).toEqual(["06994", "06688"]);
    expect(codes("thành phố Hạ Long")).not.toContain("06994");
    expect(codes("TP.Hạ Long")).toEqual(unitsOfFormerDistrict("ha-long").map((u) => u.code));
    expect(codes("Hạ Long")[0]).toBe("06688");
    expect(codes("Hạ Long")).toContain("06994");
  });

  it("does not mistake a name starting like a type word for one", () => {
    // "Phương Đông" folds to "phuong dong", like "phường Đông".
    expect(codes("Phương Đông")).toEqual(["06832"]);
    expect(codes("phường Phương Nam")).toEqual(["06832"]);
  });

  it("finds the special zones and numbered wards", () => {
    expect(codes("Vân Đồn")).toEqual(["06994"]);
    expect(codes("đặc khu Cô Tô")).toEqual(["07192"]);
    expect(codes("Móng Cái 1")).toEqual(["06712"]);
    expect(codes("Mong Cai")).toEqual(["06709", "06712", "06724", "06733", "06736", "06757"]);
  });

  it("reports what matched", () => {
    expect(searchUnits("dap thanh")).toEqual([
      { unit: getUnit("06979"), matchedBy: "former_commune", matchedName: "Xã Đạp Thanh" },
    ]);
    expect(searchUnits("huyện Cô Tô")[0]).toMatchObject({ matchedBy: "former_district", matchedName: "Huyện Cô Tô" });
    expect(searchUnits("Cô Tô")[0]).toMatchObject({ matchedBy: "name", matchedName: "Đặc khu Cô Tô" });
  });

  it("needs whole names and agreeing parts", () => {
    expect(codes("Đạp")).toEqual([]);
    expect(codes("Hà Nội")).toEqual([]);
    expect(codes("Quảng Ninh")).toEqual([]);
    expect(codes("")).toEqual([]);
    expect(codes("  ,  ")).toEqual([]);
    expect(codes("xã Đạp Thanh, huyện Cô Tô")).toEqual([]);
    // A district word restricts the match to former districts.
    expect(codes("huyện Đạp Thanh")).toEqual([]);
  });
});
