import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ErrorPage } from "@/components/layout/error-page";
import { errorResponse } from "@/server/http/error-response";
import { onRequestError } from "@/instrumentation";
import enLayout from "../../messages/en/layout.json";
import zhLayout from "../../messages/zh-CN/layout.json";

const failureSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), reference: z.string() }),
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("a server failure", () => {
  it("is logged once by the route wrapper, under the reference its 500 answer carries", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const cause = new Error('relation "room" does not exist');
    const error = new TypeError("join statement failed", { cause });
    const response = errorResponse(error, "en", "POST /api/rooms/r1/token");
    expect(response.status).toBe(500);
    const body = failureSchema.parse(await response.json());
    expect(body.error).toMatchObject({
      code: "INTERNAL",
      message: "Something went wrong on our side. Please try again.",
    });
    expect(body.error.reference).toMatch(/^[0-9a-f]{10}$/);
    expect(logged).toHaveBeenCalledTimes(1);
    const line = String(logged.mock.calls[0]?.[0]);
    expect(line).toContain(`5xx ${body.error.reference} POST /api/rooms/r1/token: `);
    expect(line).toContain("TypeError: join statement failed");
    expect(line).toContain('caused by Error: relation "room" does not exist');
    // The cause's stack is in the same line: nothing else goes to the log.
    expect(line).toContain("at ");
    expect(JSON.stringify(body)).not.toContain("join statement failed");
  });

  it("a database outage is a 503 with a reference, one warning and no error", async () => {
    const warned = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const outage = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const response = errorResponse(outage, "en", "GET /api/rooms");
    expect(response.status).toBe(503);
    const body = failureSchema.parse(await response.json());
    expect(warned).toHaveBeenCalledTimes(1);
    expect(String(warned.mock.calls[0]?.[0])).toContain(
      `5xx ${body.error.reference} GET /api/rooms`,
    );
    expect(logged).not.toHaveBeenCalled();
  });

  it("a page that fails is logged once by onRequestError with its digest, route and cause", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const error = Object.assign(new Error("room view query failed"), { digest: "2412012988" });
    await onRequestError(
      error,
      { path: "/rooms/abc", method: "GET", headers: {} },
      {
        routerKind: "App Router",
        routePath: "/rooms/[roomId]",
        routeType: "render",
        renderSource: "react-server-components",
        revalidateReason: undefined,
      },
    );
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith(
      "5xx 2412012988 GET /rooms/abc (/rooms/[roomId], render): Error: room view query failed",
    );
  });
});

describe("the error page", () => {
  function render(locale: "en" | "zh-CN", place: "page" | "room") {
    const messages = { layout: locale === "en" ? enLayout : zhLayout };
    const error = Object.assign(new Error("secret-database-detail"), { digest: "2412012988" });
    return renderToStaticMarkup(
      createElement(
        NextIntlClientProvider,
        // The children go as createElement's third argument, which its typing does not count.
        { locale, messages, timeZone: "UTC" } as unknown as ComponentProps<
          typeof NextIntlClientProvider
        >,
        createElement(ErrorPage, { error, retry: () => undefined, place }),
      ),
    );
  }

  it("keeps the header, says what happened, quotes the digest and leads back to the hallway", () => {
    const html = render("en", "room");
    expect(html).toMatch(/<header[^>]*>.*href="\/".*Hearth.*<\/header>/s);
    expect(html).toContain("This room couldn’t open");
    expect(html).toContain("Error reference: 2412012988");
    expect(html).toMatch(/<a[^>]*href="\/"[^>]*>Back to the hallway<\/a>/);
    expect(html).toContain(">Try again<");
    expect(html).not.toContain("secret-database-detail");
  });

  it("speaks Chinese to a Chinese reader", () => {
    const html = render("zh-CN", "page");
    expect(html).toContain("这个页面没能打开");
    expect(html).toContain("错误编号：2412012988");
    expect(html).toContain("再试一次");
  });
});
