import { describe, expect, it } from "vitest";
import { MONTH, monthBounds, monthInVietnam, monthsBefore, monthsBetween, monthStart, nextMonth } from "./months";

describe("months in Vietnam time", () => {
  it("counts months in Vietnam time", () => {
    expect(monthInVietnam(new Date("2026-10-31T17:30:00Z"))).toBe("2026-11");
    expect(monthStart("2026-11").toISOString()).toBe("2026-10-31T17:00:00.000Z");
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBefore("2026-02", 11)).toBe("2025-03");
  });

  it("turns the year after December and before January", () => {
    expect(nextMonth("2026-12")).toBe("2027-01");
    expect(nextMonth("2026-09")).toBe("2026-10");
    expect(monthsBefore("2026-01", 1)).toBe("2025-12");
    expect(monthsBetween("2026-03", "2026-02")).toEqual([]);
  });

  it("bounds a month by the instants it starts and the next one starts", () => {
    const { from, to } = monthBounds("2026-12");
    expect(from.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(to.toISOString()).toBe("2026-12-31T17:00:00.000Z");
  });

  it("knows a month when it sees one", () => {
    expect(MONTH.test("2026-11")).toBe(true);
    expect(MONTH.test("2026-13")).toBe(false);
    expect(MONTH.test("2026-1")).toBe(false);
  });
});
