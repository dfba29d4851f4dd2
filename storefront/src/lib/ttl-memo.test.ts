import { afterEach, describe, expect, it, vi } from "vitest";
import { ttlMemo } from "./ttl-memo";

afterEach(() => {
  vi.useRealTimers();
});

describe("ttlMemo", () => {
  it("loads once per key until the time is up", async () => {
    vi.useFakeTimers();
    const load = vi.fn(async (key: string) => `${key}!`);
    const memo = ttlMemo(1000, load);
    expect(await memo("a")).toBe("a!");
    expect(await memo("a")).toBe("a!");
    expect(await memo("b")).toBe("b!");
    expect(load).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1001);
    await memo("a");
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("forgets failures", async () => {
    let calls = 0;
    const memo = ttlMemo(60_000, async () => {
      calls += 1;
      if (calls === 1) throw new Error("backend down");
      return "ok";
    });
    await expect(memo("k")).rejects.toThrow("backend down");
    expect(await memo("k")).toBe("ok");
  });
});
