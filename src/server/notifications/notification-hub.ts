import "server-only";
import pg from "pg";
import { z } from "zod";
import { getEnv } from "@/env";
import { db } from "@/server/db";
import { NOTIFICATION_CHANNEL } from "@/server/notifications/announce-notifications";
import {
  notificationViewSelect,
  toNotificationView,
  type NotificationView,
} from "@/server/notifications/notification-view";

type Listener = (notification: NotificationView) => void;

const payloadSchema = z.array(z.uuid());
const RETRY_MAX_MS = 30_000;

/**
 * One LISTEN connection per app instance, shared by every open tab it serves. A NOTIFY carries only
 * ids; each instance loads the ones addressed to people it holds a stream for, so a notification
 * written through any instance reaches a tab on any other.
 */
class NotificationHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryMs = 1_000;

  /** Adds a tab; resolves once this instance is listening, so nothing after it is missed. */
  async subscribe(userId: string, listener: Listener): Promise<() => void> {
    const mine = this.listeners.get(userId) ?? new Set<Listener>();
    mine.add(listener);
    this.listeners.set(userId, mine);
    const unsubscribe = () => {
      mine.delete(listener);
      if (mine.size === 0) this.listeners.delete(userId);
    };
    try {
      await this.listen();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  private listen(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: getEnv().DATABASE_URL });
    // A failed delivery (the database briefly away) drops that one toast; the count stays true.
    client.on("notification", (message) => {
      this.deliver(message.payload).catch(() => undefined);
    });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    this.client = client;
    this.retryMs = 1_000;
  }

  // A dropped connection (a database restart) is re-opened while anyone is listening; tabs get the
  // unread count again when their stream reconnects, so a gap costs no count.
  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    void client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    if (this.listeners.size === 0) return;
    setTimeout(() => void this.listen().catch(() => this.retry()), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private async deliver(payload: string | undefined): Promise<void> {
    const ids = payloadSchema.safeParse(parseJson(payload));
    const userIds = [...this.listeners.keys()];
    if (!ids.success || userIds.length === 0) return;
    const rows = await db.notification.findMany({
      where: { id: { in: ids.data }, userId: { in: userIds } },
      orderBy: { createdAt: "asc" },
      select: notificationViewSelect,
    });
    for (const row of rows) {
      const view = toNotificationView(row);
      for (const listener of this.listeners.get(view.userId) ?? []) listener(view);
    }
  }
}

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? "null");
  } catch {
    return null;
  }
}

const globalForHub = globalThis as unknown as { hearthNotificationHub?: NotificationHub };
export const notificationHub = (globalForHub.hearthNotificationHub ??= new NotificationHub());
