import { describe, expect, it } from "vitest";
import {
  communesOf,
  findCommuneByName,
  findProvince,
  getCommune,
  getProvince,
  listCommunes,
  listProvinces,
  PLACES_AS_OF,
  resolveAddressPlace,
  searchCommunes,
} from "./index";

describe("the data", () => {
  it("has 34 provinces and 3,321 units: 2,621 xã, 687 phường, 13 đặc khu", () => {
    expect(listProvinces()).toHaveLength(34);
    const all = listCommunes();
    expect(all).toHaveLength(3321);
    expect(new Set(all.map((c) => c.code)).size).toBe(3321);
    const count = (kind: string) => all.filter((c) => c.kind === kind).length;
    expect([count("commune"), count("ward"), count("special_zone")]).toEqual([2621, 687, 13]);
    expect(PLACES_AS_OF).toBe("2025-07-01");
  });

  it("keeps Quảng Ninh's 54 units and the official names and codes", () => {
    expect(getProvince("22")).toMatchObject({ name: "Quảng Ninh", kind: "province", fullName: "Tỉnh Quảng Ninh" });
    expect(communesOf("22")).toHaveLength(54);
    expect(getProvince("01")).toMatchObject({ name: "Hà Nội", kind: "city", fullName: "Thành phố Hà Nội" });
    expect(getCommune("00004")).toMatchObject({ name: "Ba Đình", kind: "ward", provinceCode: "01", fullName: "Phường Ba Đình" });
    expect(getCommune("26740")).toMatchObject({ name: "Sài Gòn", provinceCode: "79" });
    expect(getCommune("07192")).toMatchObject({ name: "Cô Tô", kind: "special_zone", fullName: "Đặc khu Cô Tô" });
    expect(communesOf("99")).toEqual([]);
    expect(getCommune("99999")).toBeUndefined();
  });

  it("every unit's code has five digits and its province's code two", () => {
    for (const p of listProvinces()) expect(p.code).toMatch(/^\d{2}$/);
    for (const c of listCommunes()) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(getProvince(c.provinceCode)).toBeDefined();
    }
  });
});

describe("findProvince", () => {
  it.each([
    ["Hà Nội", "01"],
    ["ha noi", "01"],
    ["Thành phố Hà Nội", "01"],
    ["TP Hồ Chí Minh", "79"],
    ["Thành phố Hồ Chí Minh", "79"],
    ["TP.HCM", "79"],
    ["tinh quang ninh", "22"],
    ["Huế", "46"],
  ])("%s → %s", (name, code) => {
    expect(findProvince(name)?.code).toBe(code);
  });

  it("knows no merged-away province: Hà Giang became part of Tuyên Quang", () => {
    expect(findProvince("Hà Giang")).toBeUndefined();
    expect(findProvince("")).toBeUndefined();
  });
});

describe("searchCommunes", () => {
  it("finds a unit by its name without accents", () => {
    const [first] = searchCommunes("ba dinh", { provinceCode: "01" });
    expect(first).toMatchObject({ matchedBy: "name", former: null });
    expect(first?.commune.code).toBe("00004");
  });

  it("finds Ba Đình by the old ward Trúc Bạch, and says what it was", () => {
    for (const query of ["Trúc Bạch", "truc bach", "phường Trúc Bạch"]) {
      const [first] = searchCommunes(query);
      expect(first?.commune.name).toBe("Ba Đình");
      expect(first).toMatchObject({ matchedBy: "former", former: "P. Trúc Bạch, Q. Ba Đình" });
    }
  });

  it("finds Kỳ Thượng by xã Đạp Thanh of the former huyện Ba Chẽ", () => {
    const [first] = searchCommunes("dap thanh", { provinceCode: "22" });
    expect(first?.commune.name).toBe("Kỳ Thượng");
    expect(first?.former).toBe("X. Đạp Thanh, H. Ba Chẽ");
  });

  it("a former district lists the units that took it in, with the namesake unit first", () => {
    const found = searchCommunes("huyen Ba Che", { provinceCode: "22" });
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((m) => m.matchedBy === "former" && /H\. Ba Chẽ/.test(m.former ?? ""))).toBe(true);
    expect(found.map((m) => m.commune.name)).toContain("Ba Chẽ");
    expect(found.map((m) => m.commune.name)).toContain("Kỳ Thượng");
    // "huyện" asks for the district, not the current xã Ba Chẽ by name.
    expect(found.some((m) => m.matchedBy === "name")).toBe(false);
  });

  it("current names come before old ones, and typing a start finds a name", () => {
    const found = searchCommunes("ha long", { provinceCode: "22" });
    expect(found[0]).toMatchObject({ matchedBy: "name" });
    expect(found[0]?.commune.name).toBe("Hạ Long");
    expect(searchCommunes("sai g", { provinceCode: "79" })[0]?.commune.code).toBe("26740");
  });

  it("finds nothing for nothing, and keeps to the province asked", () => {
    expect(searchCommunes("", { provinceCode: "01" })).toEqual([]);
    expect(searchCommunes("truc bach", { provinceCode: "22" })).toEqual([]);
    expect(searchCommunes("zzz")).toEqual([]);
  });
});

describe("findCommuneByName", () => {
  it("takes the name with or without its type word and accents", () => {
    for (const name of ["Ba Đình", "Phường Ba Đình", "phuong ba dinh", "ba dinh"]) {
      expect(findCommuneByName("01", name).commune?.code).toBe("00004");
    }
  });

  it("accents decide between names that differ only by them; without them it is ambiguous", () => {
    expect(findCommuneByName("19", "Văn Lăng").commune?.name).toBe("Văn Lăng");
    expect(findCommuneByName("19", "Văn Lang").commune?.name).toBe("Văn Lang");
    expect(findCommuneByName("19", "van lang")).toEqual({ ambiguous: true });
  });

  it("an old name is not a current unit", () => {
    expect(findCommuneByName("01", "Trúc Bạch")).toEqual({ ambiguous: false });
  });
});

describe("resolveAddressPlace", () => {
  it("names alone that identify one unit get its codes", () => {
    const place = resolveAddressPlace({ province: "TP Hồ Chí Minh", city: "Phường Sài Gòn" });
    expect(place).toMatchObject({ ok: true, province: { code: "79", name: "Hồ Chí Minh" }, commune: { code: "26740", name: "Sài Gòn" } });
    expect(resolveAddressPlace({ province: "Quảng Ninh", city: "Hạ Long" })).toMatchObject({ ok: true, commune: { provinceCode: "22" } });
  });

  it("codes that agree with the names pass", () => {
    const place = resolveAddressPlace({ province: "Hà Nội", city: "Ba Đình", provinceCode: "01", communeCode: "00004" });
    expect(place).toMatchObject({ ok: true, commune: { code: "00004" } });
  });

  it.each([
    [{ province: "", city: "Ba Đình" }, "province"],
    [{ province: "Hà Giang", city: "Hà Giang 1" }, "province"],
    [{ province: "Hà Nội", city: "Ba Đình", provinceCode: "00" }, "metadata.province_code"],
    [{ province: "Quảng Ninh", city: "Ba Đình", provinceCode: "01" }, "province"],
    [{ province: "Hà Nội", city: "Ba Đình", communeCode: "12345" }, "metadata.commune_code"],
    [{ province: "Quảng Ninh", city: "Ba Đình", communeCode: "00004" }, "metadata.commune_code"],
    [{ province: "Hà Nội", city: "Hoàn Kiếm", communeCode: "00004" }, "city"],
    [{ province: "Hà Nội", city: "" }, "city"],
    [{ province: "Hà Nội", city: "Trúc Bạch" }, "city"],
    [{ province: "Thái Nguyên", city: "van lang" }, "city"],
  ])("%j is refused for %s", (input, field) => {
    const place = resolveAddressPlace(input);
    expect(place.ok).toBe(false);
    if (!place.ok) {
      expect(place.field).toBe(field);
      expect(place.message).toContain(field.replace("metadata.", ""));
    }
  });
});
