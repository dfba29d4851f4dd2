import { describe, expect, it } from "vitest";
import { isEmailAddress } from "./email";

describe("isEmailAddress", () => {
  it("accepts addresses", () => {
    expect(isEmailAddress("lan@ocop.vn")).toBe(true);
    expect(isEmailAddress("hop.tac.xa+1@mail.quangninh.gov.vn")).toBe(true);
  });

  it("refuses what cannot be an address", () => {
    for (const bad of ["", "lan", "lan@", "@ocop.vn", "lan@ocop", "lan @ocop.vn", "lan@@ocop.vn", " lan@ocop.vn"]) {
      expect(isEmailAddress(bad), bad).toBe(false);
    }
  });
});
