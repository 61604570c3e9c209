import "server-only";
import pg from "pg";
import { getEnv } from "@/env";
import { NOTIFICATION_CHANNEL } from "@/server/notifications/announce-notifications";
import { parseNoticePayload } from "@/server/notifications/notice-payload";
import { pushConfig } from "@/server/push/push-config";
import { sendPushes } from "@/server/push/send-pushes";

const SWEEP_MS = 30_000;
// A notification written while no instance was listening (a restart) still goes out this late.
const SWEEP_WINDOW_MS = 10 * 60_000;
const RETRY_MAX_MS = 30_000;

/**
 * Sends Web Push for notifications as they are written, on every app instance: it LISTENs on the
 * bell's channel (src/server/notifications/announce-notifications.ts), which PostgreSQL delivers
 * only on commit, and each notification is claimed once (sendPushes), so one instance sends it.
 * A sweep every 30 s pushes what no instance heard (written while the LISTEN connection was down).
 * The connection is its own, not the hub's, because the hub listens only while tabs are open and
 * push is for when none is.
 */
class PushDispatcher {
  private client: pg.Client | null = null;
  private retryMs = 1_000;
  private stopped = false;
  private sweepTimer: NodeJS.Timeout | null = null;

  start(): void {
    if (!pushConfig()) return;
    this.stopped = false;
    void this.connect().catch(() => this.retry());
    this.sweepTimer = setInterval(() => void this.sweep(), SWEEP_MS);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Resolves once this instance is listening (tests wait for it before writing notifications). */
  async ready(): Promise<void> {
    while (!this.client && !this.stopped) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
    client.on("notification", (message) => {
      const ids = parseNoticePayload(message.payload);
      if (!Array.isArray(ids)) return;
      sendPushes({ ids }).catch((error: unknown) => console.warn("push dispatch failed", error));
    });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    if (this.stopped) {
      await client.end();
      return;
    }
    this.client = client;
    this.retryMs = 1_000;
    void this.sweep();
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    void client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    if (this.stopped) return;
    const timer = setTimeout(() => void this.connect().catch(() => this.retry()), this.retryMs);
    timer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private async sweep(): Promise<void> {
    await sendPushes({ unpushedSince: new Date(Date.now() - SWEEP_WINDOW_MS) }).catch(
      (error: unknown) => console.warn("push sweep failed", error),
    );
  }
}

const globalForPush = globalThis as unknown as { hearthPushDispatcher?: PushDispatcher };
export const pushDispatcher = (globalForPush.hearthPushDispatcher ??= new PushDispatcher());
