import { describe, expect, it } from "vitest";
import { BoundedCache } from "@/lib/bounded-cache";

describe("BoundedCache", () => {
  it("drops the least recently used entries past its budget", () => {
    const cache = new BoundedCache<string>(10);
    cache.set("a", "A", 4);
    cache.set("b", "B", 4);
    expect(cache.get("a")).toBe("A"); // a is now the most recently used
    cache.set("c", "C", 4);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe("A");
    expect(cache.get("c")).toBe("C");
    expect(cache.used).toBe(8);
  });

  it("keeps the newest entry even when it alone is over budget", () => {
    const cache = new BoundedCache<string>(10);
    cache.set("a", "A", 4);
    cache.set("big", "B", 25);
    expect(cache.size).toBe(1);
    expect(cache.get("big")).toBe("B");
    expect(cache.used).toBe(25);
  });

  it("counts a replaced or resized entry once", () => {
    const cache = new BoundedCache<string>(100);
    cache.set("a", "A", 4);
    cache.set("a", "A2", 6);
    cache.resize("a", 9);
    cache.resize("missing", 50);
    expect(cache.used).toBe(9);
    expect(cache.get("a")).toBe("A2");
    cache.delete("a");
    expect(cache.used).toBe(0);
    expect(cache.size).toBe(0);
  });

  it("derives a missing value once", () => {
    const cache = new BoundedCache<number>(100);
    let derived = 0;
    const derive = () => ({ value: ++derived, size: 1 });
    expect(cache.getOrSet("k", derive)).toBe(1);
    expect(cache.getOrSet("k", derive)).toBe(1);
    expect(derived).toBe(1);
  });
});
