import { describe, expect, it } from "vitest";
import { checkApplication, checkShelfDetails, editProducts, MAX_SHELF_PRODUCTS, normalizePhone, normalizeWebsite } from "./checks";

const application = {
  email: "sales@vinhxanh.vn",
  password: "long-enough",
  displayName: "Vịnh Xanh",
  legalName: "Công ty TNHH Du thuyền Vịnh Xanh",
  kind: "cruise",
  contactName: "Nguyễn Văn An",
  phone: "0912 345 678",
  website: "",
};

describe("partner application checks", () => {
  it("accepts a complete application and normalizes the phone", () => {
    const checked = checkApplication(application, true);
    expect(checked.errors).toEqual({});
    expect(checked.phone).toBe("+84912345678");
    expect(checked.website).toBeNull();
  });

  it("names every field that needs fixing", () => {
    const checked = checkApplication({ ...application, email: "nope", password: "short", kind: "castle", phone: "12", website: "vinhxanh" }, true);
    expect(Object.keys(checked.errors).sort()).toEqual(["email", "kind", "password", "phone", "website"]);
    // A login that still has to apply is not asked for a password again.
    expect(checkApplication({ ...application, password: "" }, false).errors).toEqual({});
  });

  it("accepts international phones and http(s) websites only", () => {
    expect(normalizePhone("+33 6 12 34 56 78")).toBe("+33612345678");
    expect(normalizePhone("hello")).toBeNull();
    expect(normalizeWebsite("https://vinhxanh.vn")).toBe("https://vinhxanh.vn/");
    expect(normalizeWebsite("javascript:alert(1)")).toBeNull();
  });
});

describe("shelf editing", () => {
  it("needs titles in both languages and short notes", () => {
    expect(checkShelfDetails({ titleVi: "Quà", titleEn: "", noteVi: "x".repeat(501), noteEn: "" })).toEqual({
      titleEn: { code: "required" },
      noteVi: { code: "tooLong", values: { count: 500 } },
    });
  });

  it("adds once, removes and moves within bounds", () => {
    expect(editProducts(["a", "b"], "add", "c")).toEqual(["a", "b", "c"]);
    expect(editProducts(["a", "b"], "add", "a")).toEqual(["a", "b"]);
    expect(editProducts(["a", "b", "c"], "remove", "b")).toEqual(["a", "c"]);
    expect(editProducts(["a", "b", "c"], "up", "c")).toEqual(["a", "c", "b"]);
    expect(editProducts(["a", "b", "c"], "up", "a")).toEqual(["a", "b", "c"]);
    expect(editProducts(["a", "b", "c"], "down", "c")).toEqual(["a", "b", "c"]);
    expect(editProducts(["a"], "explode", "a")).toEqual(["a"]);
    const full = Array.from({ length: MAX_SHELF_PRODUCTS }, (_, i) => `p${i}`);
    expect(editProducts(full, "add", "extra")).toEqual(full);
  });
});
