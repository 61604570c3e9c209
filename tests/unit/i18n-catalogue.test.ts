import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES, negotiateLocale, parseTimeZone } from "@/i18n/locales";
import { flatten, readAllCatalogues } from "../support/catalogues";

const catalogues = readAllCatalogues();
const flat = Object.fromEntries(
  LOCALES.map((locale) => [locale, flatten(catalogues[locale])]),
) as Record<(typeof LOCALES)[number], Map<string, string>>;

/** The argument and tag names a message uses: both languages must take the same ones. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe("message catalogues", () => {
  it("every message key exists in English and Chinese", () => {
    const [first, ...rest] = LOCALES;
    const reference = flat[first];
    for (const locale of rest) {
      const other = flat[locale];
      const missingHere = [...reference.keys()].filter((key) => !other.has(key));
      const missingThere = [...other.keys()].filter((key) => !reference.has(key));
      expect(missingHere, `keys in ${first} but not ${locale}`).toEqual([]);
      expect(missingThere, `keys in ${locale} but not ${first}`).toEqual([]);
    }
    for (const locale of LOCALES) {
      for (const [key, message] of flat[locale]) {
        expect(message.trim(), `${locale} ${key} is empty`).not.toBe("");
        expect(() => parse(message), `${locale} ${key} is not valid ICU`).not.toThrow();
      }
    }
  });

  it("gives a message the same arguments in every language", () => {
    for (const [key, english] of flat.en) {
      const chinese = flat["zh-CN"].get(key);
      if (chinese === undefined) continue;
      expect(argumentsOf(parse(chinese)), key).toEqual(argumentsOf(parse(english)));
    }
  });
});

describe("choosing a locale and a time zone", () => {
  it("follows Accept-Language by quality, mapping any Chinese to Simplified Chinese", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(negotiateLocale("zh-TW")).toBe("zh-CN");
    expect(negotiateLocale("fr-FR,en;q=0.5,zh;q=0.4")).toBe("en");
    expect(negotiateLocale("en;q=0.2,zh;q=0.9")).toBe("zh-CN");
    expect(negotiateLocale("de,fr")).toBe("en");
  });

  it("accepts only real IANA time zones", () => {
    expect(parseTimeZone("Asia/Shanghai")).toBe("Asia/Shanghai");
    expect(parseTimeZone("Mars/Olympus")).toBeNull();
    expect(parseTimeZone("")).toBeNull();
    expect(parseTimeZone(undefined)).toBeNull();
  });
});
