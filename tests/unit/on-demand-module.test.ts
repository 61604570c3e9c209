import { describe, expect, it } from "vitest";
import { onDemandModule } from "@/lib/on-demand-module";

describe("a room's code fetched on demand", () => {
  it("is fetched once for every caller and known synchronously once it has arrived", async () => {
    let fetches = 0;
    const code = { LiveDock: "the dock" };
    const dock = onDemandModule(() => {
      fetches += 1;
      return Promise.resolve(code);
    });
    expect(dock.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([dock.load(), dock.load()]);
    expect(first).toBe(code);
    expect(second).toBe(code);
    expect(dock.loaded()).toBe(code);
    await dock.load();
    expect(fetches).toBe(1);
  });

  it("is fetched again after a failed fetch (a dropped network), not stuck on the failure", async () => {
    let fetches = 0;
    const dock = onDemandModule(() => {
      fetches += 1;
      return fetches === 1
        ? Promise.reject(new Error("ChunkLoadError"))
        : Promise.resolve({ LiveDock: "the dock" });
    });
    await expect(dock.load()).rejects.toThrow("ChunkLoadError");
    expect(dock.loaded()).toBeUndefined();
    await expect(dock.load()).resolves.toEqual({ LiveDock: "the dock" });
    expect(fetches).toBe(2);
  });
});
