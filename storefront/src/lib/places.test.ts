import { describe, expect, it } from "vitest";
import { originLine, originPlaces, unitName } from "./places";

describe("originPlaces", () => {
  const facets = [
    { value: "06652", label: "Hà Tu", count: 2 },
    { value: "99999", label: "Nowhere", count: 9 },
    { value: "06979", label: "Kỳ Thượng", count: 5 },
  ];

  it("names current units with their former districts, most products first", () => {
    const places = originPlaces(facets, "vi", 10);
    expect(places.map((p) => [p.code, p.name, p.count])).toEqual([
      ["06979", "Xã Kỳ Thượng", 5],
      ["06652", "Phường Hà Tu", 2],
    ]);
    expect(places[1]?.formerDistricts).toEqual([{ name: "Hạ Long", kind: "city" }]);
  });

  it("names units in English and keeps to the limit", () => {
    const places = originPlaces(facets, "en", 1);
    expect(places).toHaveLength(1);
    expect(places[0]?.name).toBe("Kỳ Thượng commune");
  });
});

describe("unitName and originLine", () => {
  it("name the current unit and its province, as labels print them", () => {
    expect(originLine("06979", "vi")).toBe("xã Kỳ Thượng, Quảng Ninh");
    expect(unitName("06979", "vi")).toBe("Xã Kỳ Thượng");
    expect(unitName("06979", "en")).toBe("Kỳ Thượng commune");
    expect(originLine("06979", "en")).toBe("Kỳ Thượng commune, Quảng Ninh");
  });

  it("know nothing of unknown codes", () => {
    expect(unitName("99999", "vi")).toBeNull();
    expect(originLine(null, "vi")).toBeNull();
  });
});
