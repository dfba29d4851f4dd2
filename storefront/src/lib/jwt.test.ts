import { describe, expect, it } from "vitest";
import { jwtActorId, jwtExpiry } from "./jwt";

const encode = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.sig`;

describe("jwt claims", () => {
  it("reads exp and actor_id without verifying", () => {
    const token = encode({ actor_id: "cus_1", exp: 1_900_000_000 });
    expect(jwtExpiry(token)).toBe(1_900_000_000);
    expect(jwtActorId(token)).toBe("cus_1");
  });

  it("answers null for anything else", () => {
    expect(jwtExpiry("not-a-token")).toBeNull();
    expect(jwtActorId(encode({ actor_id: "" }))).toBeNull();
  });
});
