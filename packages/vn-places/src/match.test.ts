import { describe, expect, it } from "vitest";
import { describeFormer, matchCommunes, parseFormer, type CommuneEntry } from "./match";

describe("parseFormer", () => {
  it("reads the official table's abbreviations and the partial mark", () => {
    expect(parseFormer("P. Trúc Bạch, Q. Ba Đình")).toEqual({
      kind: "ward",
      name: "Trúc Bạch",
      district: { kind: "district", name: "Ba Đình" },
      partial: false,
    });
    expect(parseFormer("TT. Văn Điển, H. Thanh Trì (một phần)")).toMatchObject({ kind: "township", name: "Văn Điển", partial: true });
    expect(parseFormer("X. Thái Bình, H. Châu Thành, Tây Ninh (một phần)")).toMatchObject({
      name: "Thái Bình",
      district: { name: "Châu Thành" },
      partial: true,
    });
    expect(parseFormer("H. Bạch Long Vĩ")).toEqual({ kind: "district", name: "Bạch Long Vĩ", district: null, partial: false });
  });
});

describe("describeFormer", () => {
  it("writes the old unit out in both languages", () => {
    expect(describeFormer("P. Trúc Bạch, Q. Ba Đình", "vi")).toBe("phường Trúc Bạch, quận Ba Đình");
    expect(describeFormer("X. Đạp Thanh, H. Ba Chẽ", "vi")).toBe("xã Đạp Thanh, huyện Ba Chẽ");
    expect(describeFormer("X. Đạp Thanh, H. Ba Chẽ", "en")).toBe("Đạp Thanh commune, Ba Chẽ district");
    expect(describeFormer("P. Ngọc Hà, Q. Ba Đình (một phần)", "en")).toBe("Ngọc Hà ward, Ba Đình district (part)");
  });
});

describe("matchCommunes on a plain list (what the browser has)", () => {
  const list: CommuneEntry[] = [
    { code: "1", name: "Hải Lạng", kind: "commune", formerly: ["X. Đồng Rui, H. Tiên Yên", "X. Hải Lạng, H. Tiên Yên (một phần)"] },
    { code: "2", name: "Tiên Yên", kind: "commune", formerly: ["TT. Tiên Yên, H. Tiên Yên", "X. Hải Lạng, H. Tiên Yên (một phần)"] },
    { code: "3", name: "Đồng Tiến", kind: "commune", formerly: [] },
  ];

  it("puts a whole name before a part of an old unit", () => {
    expect(matchCommunes(list, "hai lang").map((m) => [m.commune.code, m.matchedBy])).toEqual([
      ["1", "name"],
      ["2", "former"],
    ]);
  });

  it("finds by an old commune and by a word inside a name", () => {
    expect(matchCommunes(list, "dong rui")[0]).toMatchObject({ commune: { code: "1" }, former: "X. Đồng Rui, H. Tiên Yên" });
    expect(matchCommunes(list, "tien").map((m) => m.commune.code)).toEqual(["2", "3", "1"]);
  });

  it("respects the limit", () => {
    expect(matchCommunes(list, "tien", 1)).toHaveLength(1);
  });
});
