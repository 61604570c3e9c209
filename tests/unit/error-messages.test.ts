import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { createRoomSchema } from "@/lib/validations/rooms";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/error-response";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

const bodySchema = z.object({
  error: z.object({
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

async function bodyOf(response: Response) {
  const data: unknown = await response.json();
  return bodySchema.parse(data);
}

describe("messages the server writes for people", () => {
  it("are catalogue keys, English by default and Chinese for a member who reads Chinese", () => {
    const full = new AppError("CONFLICT", { key: "stageFull", values: { limit: 8 } });
    expect(full.userMessage).toBe(
      "The stage is full (8 people). Move someone to the audience first.",
    );
    expect(full.userMessageIn("zh-CN")).toBe("台上已满（8 人），请先把某人移到听众席。");
    expect(new RateLimitedError(7).userMessageIn("en")).toBe(
      "Too many attempts. Try again in 7 seconds.",
    );
  });

  it("keep plain English for refusals nobody reads in the app", () => {
    const webhook = new AppError("UNAUTHORIZED", {
      userMessage: "The webhook signature is not valid.",
    });
    expect(webhook.userMessageIn("zh-CN")).toBe("The webhook signature is not valid.");
  });

  it("translate zod field errors in the HTTP answer", async () => {
    const parsed = createRoomSchema.safeParse({ title: "", topic: "MUSIC", visibility: "OPEN" });
    expect(parsed.error?.issues[0]?.message).toBe(errorKey("giveRoomTitle"));
    const english = await bodyOf(errorResponse(parsed.error));
    expect(english.error.fields?.title).toEqual(["Give the room a title."]);
    const chinese = await bodyOf(errorResponse(parsed.error, "zh-CN"));
    expect(chinese.error.fields?.title).toEqual(["请给房间起个标题。"]);
    expect(chinese.error.message).toMatch(/^请修改：title: 请给房间起个标题。/);
  });

  it("leave zod's own defaults as zod wrote them", async () => {
    const parsed = z.object({ n: z.number() }).safeParse({ n: "x" });
    const body = await bodyOf(errorResponse(parsed.error, "zh-CN"));
    expect(body.error.fields?.n?.[0]).toMatch(/expected number/);
  });
});
