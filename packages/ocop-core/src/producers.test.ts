import { describe, expect, it } from "vitest";
import {
  PRODUCER_KINDS,
  PRODUCER_KIND_SLUGS,
  PRODUCER_STATUSES,
  PRODUCER_STATUS_SLUGS,
  getProducerKind,
  isProducerKind,
  isProducerStatus,
  producerKindFromLegalName,
} from "./producers";

describe("producer kinds", () => {
  it("are the four kinds with their Vietnamese names", () => {
    expect(PRODUCER_KIND_SLUGS).toEqual(["company", "cooperative", "cooperative_group", "household"]);
    expect(PRODUCER_KINDS.map((k) => k.vi)).toEqual([
      "Doanh nghiệp",
      "Hợp tác xã",
      "Tổ hợp tác",
      "Hộ sản xuất kinh doanh",
    ]);
    expect(getProducerKind("cooperative")).toMatchObject({ en: "Cooperative", abbreviations: ["HTX"] });
    expect(getProducerKind("household")?.en).toBe("Household business");
    expect(getProducerKind("farm")).toBeUndefined();
  });

  it("isProducerKind accepts the slugs only", () => {
    for (const slug of PRODUCER_KIND_SLUGS) expect(isProducerKind(slug)).toBe(true);
    expect(isProducerKind("cooperative-group")).toBe(false);
    expect(isProducerKind("HTX")).toBe(false);
    expect(isProducerKind(undefined)).toBe(false);
  });

  it("are frozen", () => {
    expect(Object.isFrozen(PRODUCER_KINDS)).toBe(true);
    expect(Object.isFrozen(PRODUCER_KINDS[0])).toBe(true);
  });
});

describe("producerKindFromLegalName", () => {
  it.each([
    ["CTCP Ngọc trai Hạ Long", "company"],
    ["Cty TNHH TMDV & XNK Quy Hoa", "company"],
    ["Công ty TNHH Thuấn Quỳnh", "company"],
    ["CÔNG TY CỔ PHẦN Nước khoáng Quang Hanh", "company"],
    ["HTX KD DV lâm sản ngoài gỗ Ba Chẽ", "cooperative"],
    ["Hợp tác xã Phát triển Đình Trung", "cooperative"],
    ["Tổ hợp tác mật ong Bình Liêu", "cooperative_group"],
    ["Hộ kinh doanh Mạnh Hà", "household"],
    ["Hộ sản xuất kinh doanh Phương Thùy", "household"],
  ])("%s → %s", (name, kind) => {
    expect(producerKindFromLegalName(name)).toBe(kind);
  });

  it("returns null when the name does not say", () => {
    expect(producerKindFromLegalName("Phương Thùy")).toBeNull();
    expect(producerKindFromLegalName("Htxanh farm")).toBeNull(); // prefix must be a whole word
    expect(producerKindFromLegalName("")).toBeNull();
  });
});

describe("producer statuses", () => {
  it("are pending, active, suspended, each named in both languages", () => {
    expect(PRODUCER_STATUS_SLUGS).toEqual(["pending", "active", "suspended"]);
    expect(Object.keys(PRODUCER_STATUSES)).toEqual(["pending", "active", "suspended"]);
    expect(PRODUCER_STATUSES.active).toEqual({ vi: "Đang hoạt động", en: "Active" });
  });

  it("isProducerStatus", () => {
    expect(isProducerStatus("pending")).toBe(true);
    expect(isProducerStatus("suspended")).toBe(true);
    expect(isProducerStatus("approved")).toBe(false);
    expect(isProducerStatus(null)).toBe(false);
  });
});
