import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatSource from "use-intl/format-message";
import formatCompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { compileMessage } from "@/i18n/compile-message";
import { FORMATS } from "@/i18n/formats";
import { LOCALES } from "@/i18n/locales";
import { flatten, readAllCatalogues } from "../support/catalogues";

// The browser formats the precompiled catalogue (src/i18n/format-message.ts); the server formats
// the source. A member must read the same words from either.
const catalogues = readAllCatalogues();
const MOMENT = new Date(Date.UTC(2026, 10, 23, 18, 30));

type Values = Record<string, unknown>;

/** Values for every argument a message takes; `turn` picks another plural count and select case. */
function valuesFor(elements: MessageFormatElement[], turn: number, into: Values = {}): Values {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        into[element.value] = `Ada ${turn}`;
        break;
      case TYPE.number:
        into[element.value] = 1234.5 + turn;
        break;
      case TYPE.date:
      case TYPE.time:
        into[element.value] = MOMENT;
        break;
      case TYPE.plural:
        into[element.value] = [0, 1, 3][turn % 3];
        for (const option of Object.values(element.options)) valuesFor(option.value, turn, into);
        break;
      case TYPE.select: {
        const cases = Object.keys(element.options);
        into[element.value] = cases[turn % cases.length];
        for (const option of Object.values(element.options)) valuesFor(option.value, turn, into);
        break;
      }
      case TYPE.tag:
        into[element.value] = (chunks: unknown[]) => `<${element.value}>${chunks.join("")}</>`;
        valuesFor(element.children, turn, into);
        break;
      default:
        break;
    }
  }
  return into;
}

function text(result: unknown): string {
  return Array.isArray(result) ? result.map(text).join("") : String(result);
}

describe("precompiled messages", () => {
  for (const locale of LOCALES) {
    it(`every ${locale} message reads the same precompiled as from its source`, () => {
      const cache = _createCache();
      const options = {
        cache,
        formatters: _createIntlFormatters(cache),
        globalFormats: FORMATS,
        formats: undefined,
        locale,
        timeZone: "Asia/Shanghai",
      };
      let withArguments = 0;
      for (const [key, source] of flatten(catalogues[locale])) {
        const compiled = compileMessage(source);
        // A message left a string is its source: the browser's formatter hands it to use-intl's.
        if (typeof compiled === "string") {
          expect(compiled, `${locale} ${key}`).toBe(source);
          continue;
        }
        withArguments++;
        for (const turn of [0, 1, 2]) {
          const values = valuesFor(parse(source), turn);
          const expected = text(formatSource(key, source, values as never, options));
          expect(
            text(formatCompiled(key, compiled, values as never, options)),
            `${locale} ${key}`,
          ).toBe(expected);
        }
      }
      // The catalogue has hundreds: a walk that found none would prove nothing.
      expect(withArguments).toBeGreaterThan(100);
    });
  }
});
