import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/slug";
import { uniqueSlug } from "@/lib/unique-slug";

describe("slugify", () => {
  it("lower-cases and joins words with single hyphens", () => {
    expect(slugify("NATO status / neutrality")).toBe("nato-status-neutrality");
    expect(slugify("  Territory   and land swaps!! ")).toBe("territory-and-land-swaps");
    expect(slugify("Ukraine–US talks (30 Nov 2025)")).toBe("ukraine-us-talks-30-nov-2025");
  });

  it("drops accents", () => {
    expect(slugify("Café déjà vu — Zürich")).toBe("cafe-deja-vu-zuerich");
  });

  it("transliterates Ukrainian with Ukraine's romanization, Russian with the common one", () => {
    expect(slugify("Гарантії безпеки для України")).toBe("harantiyi-bezpeky-dlya-ukrayiny");
    expect(slugify("Переговори в Женеві")).toBe("perehovory-v-zhenevi");
    expect(slugify("Обмін полоненими «всіх на всіх»")).toBe("obmin-polonenymy-vsikh-na-vsikh");
    expect(slugify("Территориальный вопрос")).toBe("territorialniy-vopros");
  });

  it("falls back to 'item' when nothing usable is left", () => {
    expect(slugify("")).toBe("item");
    expect(slugify("!!! ---")).toBe("item");
  });

  it("is at most 60 characters and never ends with a hyphen", () => {
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    // The 60-character cut lands right after a hyphen here; it must be trimmed.
    const cut = slugify(`${"a".repeat(59)} b`);
    expect(cut).toBe("a".repeat(59));
  });

  it("is stable: a slug slugifies to itself", () => {
    for (const title of ["NATO status / neutrality", "Café déjà vu", "x".repeat(100)]) {
      const slug = slugify(title);
      expect(slugify(slug)).toBe(slug);
    }
  });
});

describe("uniqueSlug", () => {
  it("uses the plain slug when it is free", async () => {
    expect(await uniqueSlug("Security guarantees", async () => false)).toBe("security-guarantees");
  });

  it("numbers from 2 upwards past taken slugs", async () => {
    const taken = new Set(["territory", "territory-2", "territory-3"]);
    const asked: string[] = [];
    const slug = await uniqueSlug("Territory", async (candidate) => {
      asked.push(candidate);
      return taken.has(candidate);
    });
    expect(slug).toBe("territory-4");
    expect(asked).toEqual(["territory", "territory-2", "territory-3", "territory-4"]);
  });

  it("fills the first gap", async () => {
    const taken = new Set(["elections", "elections-3"]);
    expect(await uniqueSlug("Elections", async (candidate) => taken.has(candidate))).toBe("elections-2");
  });

  it("gives up after 999 tries instead of looping forever", async () => {
    await expect(uniqueSlug("Busy", async () => true)).rejects.toThrow('No free slug for "Busy"');
  });
});
