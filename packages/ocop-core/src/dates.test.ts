import { describe, expect, it } from "vitest";
import { addDays, addMonths, compareDates, daysBetween, isDateInput, isoDateInVietnam, toIsoDate } from "./dates";

describe("toIsoDate", () => {
  it("accepts YYYY-MM-DD strings as they are", () => {
    expect(toIsoDate("2025-01-17")).toBe("2025-01-17");
    expect(toIsoDate("2024-02-29")).toBe("2024-02-29");
  });

  it("uses the UTC day of a Date, whatever its time", () => {
    expect(toIsoDate(new Date("2025-01-17T00:00:00Z"))).toBe("2025-01-17");
    expect(toIsoDate(new Date("2025-01-17T23:59:59.999Z"))).toBe("2025-01-17");
    expect(toIsoDate(new Date(Date.UTC(2025, 0, 16, 17)))).toBe("2025-01-16");
  });

  it("accepts ISO date-times with an explicit zone, by their UTC day", () => {
    expect(toIsoDate("2025-01-17T00:00:00.000Z")).toBe("2025-01-17");
    // 06:00 in Vietnam on the 17th is still the 16th in UTC.
    expect(toIsoDate("2025-01-17T06:00:00+07:00")).toBe("2025-01-16");
  });

  it("rejects impossible dates instead of rolling them over", () => {
    expect(() => toIsoDate("2025-02-30")).toThrow("not a calendar date: 2025-02-30");
    expect(() => toIsoDate("2025-02-29")).toThrow(RangeError);
    expect(() => toIsoDate("2025-13-01")).toThrow(RangeError);
    expect(() => toIsoDate("2025-00-10")).toThrow(RangeError);
  });

  it("rejects other formats, zone-less date-times and invalid Dates", () => {
    expect(() => toIsoDate("17/01/2025")).toThrow('expected a date as YYYY-MM-DD; got "17/01/2025"');
    expect(() => toIsoDate("2025-1-7")).toThrow(RangeError);
    expect(() => toIsoDate("2025-01-17T10:00:00")).toThrow(RangeError);
    expect(() => toIsoDate("")).toThrow(RangeError);
    expect(() => toIsoDate(new Date("nope"))).toThrow("invalid Date");
    expect(() => toIsoDate(20250117 as unknown as string)).toThrow(TypeError);
  });

  it("pads years below 1000 and keeps years below 100 as written", () => {
    expect(toIsoDate("0099-03-01")).toBe("0099-03-01");
  });
});

describe("isDateInput", () => {
  it("tells accepted inputs from the rest", () => {
    expect(isDateInput("2025-07-01")).toBe(true);
    expect(isDateInput(new Date())).toBe(true);
    expect(isDateInput("2025-02-30")).toBe(false);
    expect(isDateInput(null)).toBe(false);
    expect(isDateInput(123)).toBe(false);
  });
});

describe("addMonths", () => {
  it("adds months on the same day of the month", () => {
    expect(addMonths("2025-01-17", 36)).toBe("2028-01-17");
    expect(addMonths("2025-01-31", 36)).toBe("2028-01-31");
    expect(addMonths("2025-11-30", 3)).toBe("2026-02-28");
  });

  it("clamps to the last day of a shorter month", () => {
    expect(addMonths("2024-02-29", 36)).toBe("2027-02-28");
    expect(addMonths("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-03-31", 1)).toBe("2025-04-30");
  });

  it("can go backwards across a year boundary", () => {
    expect(addMonths("2025-01-15", -1)).toBe("2024-12-15");
    expect(addMonths("2025-03-31", -13)).toBe("2024-02-29");
  });

  it("rejects fractional months", () => {
    expect(() => addMonths("2025-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("daysBetween / compareDates", () => {
  it("counts calendar days, across leap days", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-02-28", "2025-03-01")).toBe(1);
    // No 29 February falls between these two…
    expect(daysBetween("2025-01-17", "2028-01-17")).toBe(3 * 365);
    // …but 2028-02-29 falls between these.
    expect(daysBetween("2025-03-17", "2028-03-17")).toBe(3 * 365 + 1);
    expect(daysBetween("2025-03-01", "2025-02-28")).toBe(-1);
    expect(daysBetween("2025-01-01", "2025-01-01")).toBe(0);
  });

  it("ignores the time of day of Dates", () => {
    expect(daysBetween(new Date("2025-01-01T23:59:00Z"), new Date("2025-01-02T00:01:00Z"))).toBe(1);
  });

  it("orders dates", () => {
    expect(compareDates("2025-06-30", "2025-07-01")).toBe(-1);
    expect(compareDates("2025-07-01", "2025-07-01")).toBe(0);
    expect(compareDates(new Date("2025-07-01T12:00:00Z"), "2025-07-01")).toBe(0);
    expect(compareDates("2025-07-02", "2025-07-01")).toBe(1);
  });
});

describe("isoDateInVietnam", () => {
  it("is 7 hours ahead of UTC all year", () => {
    expect(isoDateInVietnam(new Date("2025-01-16T16:59:59Z"))).toBe("2025-01-16");
    expect(isoDateInVietnam(new Date("2025-01-16T17:00:00Z"))).toBe("2025-01-17");
    expect(isoDateInVietnam(new Date("2025-07-31T18:00:00Z"))).toBe("2025-08-01");
  });

  it("rejects an invalid Date", () => {
    expect(() => isoDateInVietnam(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it("adds and takes away calendar days across months, leap days and years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2026-03-10", 0)).toBe("2026-03-10");
    expect(addDays("2026-03-10", 365)).toBe("2027-03-10");
  });

  it("refuses a fraction of a day and what is not a date", () => {
    expect(() => addDays("2026-03-10", 1.5)).toThrow(RangeError);
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });
});
