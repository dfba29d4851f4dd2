import { describe, expect, it } from "vitest";
import { foldForSearch, foldVietnamese, slugify } from "./text";

describe("foldVietnamese", () => {
  it("removes tone and vowel marks", () => {
    expect(foldVietnamese("Trà hoa vàng Ba Chẽ")).toBe("tra hoa vang ba che");
    expect(foldVietnamese("Quảng Ninh")).toBe("quang ninh");
    expect(foldVietnamese("Ưu đãi ở Hưng Yên")).toBe("uu dai o hung yen");
    expect(foldVietnamese("ỐC ỔI ỢT ỸỶ")).toBe("oc oi ot yy");
  });

  it("maps đ and Đ to d", () => {
    expect(foldVietnamese("Đạp Thanh")).toBe("dap thanh");
    expect(foldVietnamese("ĐỒNG ĐÌNH")).toBe("dong dinh");
  });

  it("maps the look-alike eth (Ð, ð) from legacy encodings to d", () => {
    expect(foldVietnamese("\u00D0iều 149")).toBe("dieu 149");
    expect(foldVietnamese("\u00F0")).toBe("d");
  });

  it("gives the same result for precomposed (NFC) and decomposed (NFD) input", () => {
    const nfc = "Hạ Long".normalize("NFC");
    const nfd = "Hạ Long".normalize("NFD");
    expect(nfc).not.toBe(nfd);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
    expect(foldVietnamese(nfd)).toBe("ha long");
  });

  it("lower-cases, trims and collapses whitespace including tabs, newlines and NBSP", () => {
    expect(foldVietnamese("  Cô \t Tô\n ")).toBe("co to");
    expect(foldVietnamese("Vân\u00A0Đồn")).toBe("van don");
  });

  it("keeps punctuation and digits", () => {
    expect(foldVietnamese("Móng Cái 1, Quảng Ninh.")).toBe("mong cai 1, quang ninh.");
  });

  it("is idempotent", () => {
    const once = foldVietnamese("Thị xã Quảng Yên");
    expect(foldVietnamese(once)).toBe(once);
  });
});

describe("foldForSearch", () => {
  it("turns punctuation into single spaces", () => {
    expect(foldForSearch("TP.Hạ Long")).toBe("tp ha long");
    expect(foldForSearch("xã Đạp Thanh, huyện Ba Chẽ")).toBe("xa dap thanh huyen ba che");
    expect(foldForSearch(" -- Cô Tô -- ")).toBe("co to");
  });
});

describe("slugify", () => {
  it("builds handles from Vietnamese names", () => {
    expect(slugify("Trà hoa vàng Ba Chẽ")).toBe("tra-hoa-vang-ba-che");
    expect(slugify("Ngọc trai Akoya – ngọc trai Hạ Long")).toBe("ngoc-trai-akoya-ngoc-trai-ha-long");
    expect(slugify("Rượu ba kích; Rượu nấm lim xanh")).toBe("ruou-ba-kich-ruou-nam-lim-xanh");
    expect(slugify("Đông trùng hạ thảo (khô) 100g")).toBe("dong-trung-ha-thao-kho-100g");
  });

  it("has no leading, trailing or doubled dashes", () => {
    expect(slugify("  --Mực ống  Cô Tô!! ")).toBe("muc-ong-co-to");
  });

  it("returns an empty string when nothing usable is left", () => {
    expect(slugify("—!?")).toBe("");
    expect(slugify("")).toBe("");
  });
});
