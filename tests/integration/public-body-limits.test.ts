import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { appOrigin } from "../support/api-request";

const { db } = await import("@/server/db");
const { PEER_ADDRESS_HEADER } = await import("@/server/rate-limit/client-ip");
const { POST: signInPost } = await import("@/app/api/auth/[...nextauth]/route");
const { POST: webhookPost } = await import("@/app/api/livekit/webhook/route");
const { PUBLIC_BODY_LIMITS } = await import("@/server/http/limit-body");

const MEGABYTE = 1024 * 1024;
// Node's fetch needs this to send a stream; the DOM's RequestInit type does not list it.
const streaming = { duplex: "half" } as const;
const CHUNK = 64 * 1024;

/** A body of `total` bytes that counts how many the handler pulled from it. */
function countingBody(total: number) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) {
        controller.close();
        return;
      }
      const size = Math.min(CHUNK, total - counter.pulled);
      counter.pulled += size;
      // Form-shaped bytes, so that a handler reading it all would find a (huge) field.
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, counter };
}

/** A size as next.config.ts writes it ("64kb"), in bytes as Next.js reads it (1 kb = 1024). */
function sizeInBytes(size: string): number {
  const match = /^(\d+)\s*(b|kb|mb)$/i.exec(size.trim());
  if (!match) throw new Error(`unexpected size ${size}`);
  const unit = { b: 1, kb: 1024, mb: MEGABYTE }[match[2]?.toLowerCase() as "b" | "kb" | "mb"];
  return Number(match[1]) * unit;
}

type Target = {
  name: string;
  limit: number;
  call: (body: ReadableStream<Uint8Array>, headers: Record<string, string>) => Promise<Response>;
};

const peer = "198.51.100.77";

const targets: Target[] = [
  {
    name: "sign-in (next-auth's POST)",
    limit: PUBLIC_BODY_LIMITS.signIn,
    call: (body, headers) =>
      signInPost(
        new NextRequest("http://127.0.0.1/api/auth/callback/credentials", {
          method: "POST",
          headers: {
            origin: appOrigin(),
            "content-type": "application/x-www-form-urlencoded",
            [PEER_ADDRESS_HEADER]: peer,
            ...headers,
          },
          body,
          ...streaming,
        }),
        { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) },
      ),
  },
  {
    name: "LiveKit webhook",
    limit: PUBLIC_BODY_LIMITS.webhook,
    call: (body, headers) =>
      webhookPost(
        new Request("http://127.0.0.1/api/livekit/webhook", {
          method: "POST",
          headers: {
            "content-type": "application/webhook+json",
            authorization: "forged",
            ...headers,
          },
          body,
          ...streaming,
        }),
      ),
  },
];

describe("public body limits", () => {
  it("unauthenticated endpoints refuse oversized bodies before reading them", async () => {
    const throttleRowsBefore = await db.authThrottle.count({
      where: { key: { contains: peer } },
    });
    for (const target of targets) {
      // Declared too large: refused before a byte is pulled.
      const declared = countingBody(30 * MEGABYTE);
      const declaredResponse = await target.call(declared.stream, {
        "content-length": String(30 * MEGABYTE),
      });
      expect(declaredResponse.status, target.name).toBe(413);
      expect(declared.counter.pulled, target.name).toBeLessThanOrEqual(CHUNK);

      // No length (chunked): read only until it passes the limit, then abandoned.
      const streamed = countingBody(30 * MEGABYTE);
      const streamedResponse = await target.call(streamed.stream, {});
      expect(streamedResponse.status, target.name).toBe(413);
      expect(streamed.counter.pulled, target.name).toBeLessThanOrEqual(target.limit + 2 * CHUNK);

      // A length that is not a number is refused too.
      const garbled = countingBody(1024);
      const garbledResponse = await target.call(garbled.stream, { "content-length": "1e9" });
      expect(garbledResponse.status, target.name).toBe(413);
    }
    // Nothing was counted against the sign-in throttle: the refused bodies never reached it.
    expect(await db.authThrottle.count({ where: { key: { contains: peer } } })).toBe(
      throttleRowsBefore,
    );
  });

  it("server actions refuse a body over their small limit before the action is loaded", async () => {
    // Sign-up and the invite code are server actions anyone may post to, and Next.js reads an
    // action's body before it runs. Its own handler, with this app's configuration, in a child
    // process with React's server condition (as `next start` runs it).
    const serverActions = nextConfig.experimental?.serverActions ?? {};
    const limit = sizeInBytes(String(serverActions.bodySizeLimit ?? "1mb"));
    expect(limit).toBeLessThanOrEqual(64 * 1024);
    const script = path.resolve(import.meta.dirname, "../support/next-action-body-limit.cjs");
    const post = async (body: string) => {
      const { stdout } = await promisify(execFile)(process.execPath, [
        "--conditions=react-server",
        script,
        JSON.stringify(serverActions),
        body,
      ]);
      return JSON.parse(stdout) as { pulled: number; actionLoaded: boolean; refusal: string };
    };
    const oversized = await post(String(30 * MEGABYTE));
    expect(oversized.refusal).toMatch(/^Error: Body exceeded 64kb limit/);
    expect(oversized.actionLoaded).toBe(false);
    // Node's stream reads a few chunks ahead of the limit, never the rest.
    expect(oversized.pulled).toBeLessThanOrEqual(limit + 3 * CHUNK);
    // The control: a small, well-formed call does get as far as loading its action.
    expect((await post("form")).actionLoaded).toBe(true);
  });

  it("bodies within the limit still reach the handler", async () => {
    // Read by the throttle from the buffered copy: not form data, so refused as such (400).
    const small = new NextRequest("http://127.0.0.1/api/auth/callback/credentials", {
      method: "POST",
      headers: { origin: appOrigin(), "content-type": "text/plain", [PEER_ADDRESS_HEADER]: peer },
      body: "x".repeat(PUBLIC_BODY_LIMITS.signIn),
    });
    const signIn = await signInPost(small, {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    expect(signIn.status).toBe(400);
    const webhook = await webhookPost(
      new Request("http://127.0.0.1/api/livekit/webhook", {
        method: "POST",
        headers: { "content-type": "application/webhook+json", authorization: "forged" },
        body: JSON.stringify({ event: "room_started" }),
      }),
    );
    // Read, then refused for its signature.
    expect(webhook.status).toBe(401);
  });
});
