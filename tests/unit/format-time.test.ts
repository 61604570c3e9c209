import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { FORMATS } from "@/i18n/formats";
import { liveDuration } from "@/lib/format-time";
import { flatten, readCatalogue } from "../support/catalogues";

const now = new Date("2026-11-22T12:00:00Z");

function liveFor(locale: "en" | "zh-CN", startedAt: string): string {
  const message = flatten(readCatalogue(locale)).get("time.liveFor") ?? "";
  const t = createTranslator({ locale, messages: { time: { liveFor: message } } });
  return t("time.liveFor", liveDuration(new Date(startedAt), now));
}

describe("time labels", () => {
  it("says how long a room has been live, in both languages", () => {
    expect(liveFor("en", "2026-11-22T11:59:40Z")).toBe("just started");
    expect(liveFor("en", "2026-11-22T11:55:00Z")).toBe("live for 5 min");
    expect(liveFor("en", "2026-11-22T09:50:00Z")).toBe("live for 2 h 10 min");
    expect(liveFor("en", "2026-11-22T10:00:00Z")).toBe("live for 2 h");
    expect(liveFor("zh-CN", "2026-11-22T11:55:00Z")).toBe("已直播 5 分钟");
    expect(liveFor("zh-CN", "2026-11-22T09:50:00Z")).toBe("已直播 2 小时 10 分钟");
  });

  it("times are shown in the viewer's time zone", () => {
    const start = new Date("2026-11-23T18:30:00Z");
    const show = (locale: string, timeZone: string) =>
      createFormatter({ locale, timeZone, formats: FORMATS })
        .dateTime(start, "startTime")
        .replace(/\s/g, " "); // ICU puts a narrow no-break space before "PM"
    // The same instant: 18:30 in London, 02:30 the next day in Shanghai, each zone named.
    expect(show("en", "Europe/London")).toBe("Mon, Nov 23, 6:30 PM GMT");
    expect(show("en", "Asia/Shanghai")).toBe("Tue, Nov 24, 2:30 AM GMT+8");
    expect(show("en", "America/New_York")).toBe("Mon, Nov 23, 1:30 PM EST");
    expect(show("zh-CN", "Asia/Shanghai")).toBe("11月24日周二 GMT+8 02:30");
  });
});
