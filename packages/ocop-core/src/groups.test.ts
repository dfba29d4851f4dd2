import { describe, expect, expectTypeOf, it } from "vitest";
import {
  GROUP_SLUGS,
  PRODUCT_GROUPS,
  getGroup,
  getGroupByNumber,
  getSubGroup,
  isExperienceGroup,
  isGroupSlug,
  isSubGroupOf,
  type SubGroupSlug,
} from "./groups";

describe("product groups", () => {
  it("are the six groups of Decision 148, numbered 1–6 in order", () => {
    expect(GROUP_SLUGS).toEqual(["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"]);
    expect(PRODUCT_GROUPS.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("have Vietnamese and English names", () => {
    expect(getGroup("food")).toMatchObject({ vi: "Thực phẩm", en: "Food" });
    expect(getGroup("beverage")).toMatchObject({ vi: "Đồ uống", en: "Beverages" });
    expect(getGroup("handicraft")?.vi).toBe("Hàng thủ công mỹ nghệ");
    expect(getGroup("ornamental")?.vi).toBe("Sinh vật cảnh");
    for (const g of PRODUCT_GROUPS) {
      expect(g.vi.length).toBeGreaterThan(0);
      expect(g.en.length).toBeGreaterThan(0);
    }
  });

  it("have the sub-groups of the domain table", () => {
    const subs = Object.fromEntries(PRODUCT_GROUPS.map((g) => [g.slug, g.subGroups.map((s) => s.slug)]));
    expect(subs).toEqual({
      food: ["fresh", "raw-preprocessed", "processed", "condiment", "tea", "coffee-cocoa"],
      beverage: ["alcoholic", "non-alcoholic"],
      herbal: ["functional-food-medicine", "herbal-cosmetics", "essential-oils"],
      handicraft: ["wood", "natural-fibre", "metal", "ceramic", "textile-embroidery", "souvenir-decoration-household"],
      ornamental: ["flowers", "ornamental-plants", "ornamental-animals"],
      tourism: ["community-tourism", "eco-tourism", "tourist-site"],
    });
  });

  it("every sub-group has both names and a handle-safe slug", () => {
    for (const g of PRODUCT_GROUPS) {
      for (const s of g.subGroups) {
        expect(s.slug).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(s.vi.length).toBeGreaterThan(0);
        expect(s.en.length).toBeGreaterThan(0);
      }
    }
  });

  it("are frozen, so one caller cannot change them for all", () => {
    const food = getGroup("food");
    expect(Object.isFrozen(food)).toBe(true);
    expect(Object.isFrozen(food?.subGroups)).toBe(true);
    expect(() => {
      (food as { vi: string }).vi = "x";
    }).toThrow(TypeError);
  });
});

describe("lookups", () => {
  it("isGroupSlug accepts exactly the six slugs", () => {
    for (const slug of GROUP_SLUGS) expect(isGroupSlug(slug)).toBe(true);
    expect(isGroupSlug("Food")).toBe(false);
    expect(isGroupSlug("drinks")).toBe(false);
    expect(isGroupSlug("")).toBe(false);
    expect(isGroupSlug(1)).toBe(false);
  });

  it("getGroup / getGroupByNumber", () => {
    expect(getGroup("tourism")?.number).toBe(6);
    expect(getGroup("nope")).toBeUndefined();
    expect(getGroupByNumber(3)?.slug).toBe("herbal");
    expect(getGroupByNumber(7)).toBeUndefined();
  });

  it("isSubGroupOf only within the right group", () => {
    expect(isSubGroupOf("food", "tea")).toBe(true);
    expect(isSubGroupOf("food", "condiment")).toBe(true);
    expect(isSubGroupOf("beverage", "tea")).toBe(false);
    expect(isSubGroupOf("tourism", "community-tourism")).toBe(true);
    expect(isSubGroupOf("handicraft", "flowers")).toBe(false);
    expect(isSubGroupOf("unknown", "tea")).toBe(false);
  });

  it("getSubGroup returns the names", () => {
    expect(getSubGroup("food", "tea")).toEqual({ slug: "tea", vi: "Chè", en: "Tea" });
    expect(getSubGroup("food", "alcoholic")).toBeUndefined();
  });

  it("narrows sub-group slugs per group at the type level", () => {
    expectTypeOf<SubGroupSlug<"beverage">>().toEqualTypeOf<"alcoholic" | "non-alcoholic">();
    const sub: string = "alcoholic";
    if (isSubGroupOf("beverage", sub)) expectTypeOf(sub).toEqualTypeOf<"alcoholic" | "non-alcoholic">();
  });

  it("only tourism is an experience group", () => {
    expect(isExperienceGroup("tourism")).toBe(true);
    for (const slug of GROUP_SLUGS.filter((s) => s !== "tourism")) expect(isExperienceGroup(slug)).toBe(false);
    expect(isExperienceGroup("Tourism")).toBe(false);
  });
});
