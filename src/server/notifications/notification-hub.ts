import "server-only";
import pg from "pg";
import { Prisma } from "@/generated/prisma/client";
import { getEnv } from "@/env";
import type { BackchannelMessageView } from "@/lib/backchannel";
import {
  backchannelMessageSelect,
  toBackchannelMessageView,
} from "@/server/backchannel/backchannel-message-view";
import { threadUnblockedSql } from "@/server/backchannel/thread-access";
import { db } from "@/server/db";
import { NOTIFICATION_CHANNEL } from "@/server/notifications/announce-notifications";
import { parseNoticePayload } from "@/server/notifications/notice-payload";
import {
  notificationViewSelect,
  toNotificationView,
  type NotificationView,
} from "@/server/notifications/notification-view";

const RETRY_MAX_MS = 30_000;

/**
 * Open streams one browser session may hold on one app instance. Enough for several tabs; a
 * session opening another one closes its oldest (the tab most likely forgotten), so the tab someone
 * just opened always works. See docs/security.md ("Revocation reaches every channel").
 */
export const MAX_STREAMS_PER_SESSION = 5;

/** Why the hub closed a stream: its session ended, or a newer stream of the session replaced it. */
export type StreamEnd = "signed-out" | "superseded";

/** One open tab's stream, as the hub sees it. */
export type StreamSubscription = {
  userId: string;
  /** The session version its cookie carries: the stream ends once the account's moves on. */
  sessionVersion: number;
  /** Which browser session opened it (the cap counts per session). */
  sessionKey: string;
  deliver: (notification: NotificationView) => void;
  /** A message of a backchannel thread the member is in (docs/backchannel.md). */
  deliverBackchannel: (message: BackchannelMessageView) => void;
  end: (reason: StreamEnd) => void;
};

/**
 * One LISTEN connection per app instance, shared by every open tab it serves. A NOTIFY carries only
 * ids; each instance loads the ones addressed to people it holds a stream for, so a notification
 * written through any instance reaches a tab on any other. Word that an account's sessions ended
 * travels the same way, and every instance closes the streams it holds for sessions no longer
 * current: the instance that served the password change has no shortcut of its own.
 */
class NotificationHub {
  private readonly subscriptions = new Map<string, Set<StreamSubscription>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryMs = 1_000;
  private wasLost = false;

  /**
   * Adds a tab; resolves once this instance is listening, so nothing after it is missed (the
   * caller then confirms the session, so an end announced before that is not missed either).
   */
  async subscribe(subscription: StreamSubscription): Promise<() => void> {
    const mine = this.subscriptions.get(subscription.userId) ?? new Set<StreamSubscription>();
    this.closeOldestBeyondCap(mine, subscription.sessionKey);
    mine.add(subscription);
    this.subscriptions.set(subscription.userId, mine);
    const unsubscribe = () => this.remove(subscription);
    try {
      await this.listen();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  /** How many streams this instance holds for the account (tests and diagnostics). */
  streamsOf(userId: string): number {
    return this.subscriptions.get(userId)?.size ?? 0;
  }

  private remove(subscription: StreamSubscription): void {
    const mine = this.subscriptions.get(subscription.userId);
    if (!mine) return;
    mine.delete(subscription);
    if (mine.size === 0) this.subscriptions.delete(subscription.userId);
  }

  // Sets keep insertion order, so the first of a session's streams is its oldest.
  private closeOldestBeyondCap(mine: Set<StreamSubscription>, sessionKey: string): void {
    const same = [...mine].filter((other) => other.sessionKey === sessionKey);
    for (const oldest of same.slice(0, Math.max(0, same.length - MAX_STREAMS_PER_SESSION + 1))) {
      this.remove(oldest);
      oldest.end("superseded");
    }
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
      this.receive(message.payload).catch(() => undefined);
    });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    this.client = client;
    this.retryMs = 1_000;
    // An end announced while the connection was down was not heard: check every session held.
    if (this.wasLost) {
      this.wasLost = false;
      await this.endStaleSessions([...this.subscriptions.keys()]).catch(() => undefined);
    }
  }

  // A dropped connection (a database restart) is re-opened while anyone is listening; tabs get the
  // unread count again when their stream reconnects, so a gap costs no count.
  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.wasLost = true;
    void client.end().catch(() => undefined);
    this.retry();
  }

  private retry(): void {
    if (this.subscriptions.size === 0) return;
    setTimeout(() => void this.listen().catch(() => this.retry()), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private async receive(text: string | undefined): Promise<void> {
    const payload = parseNoticePayload(text);
    if (!payload) return;
    if (Array.isArray(payload)) return this.deliver(payload);
    if ("backchannel" in payload) return this.deliverBackchannel(payload.backchannel);
    if (this.subscriptions.has(payload.sessionsEnded)) {
      await this.endStaleSessions([payload.sessionsEnded]);
    }
  }

  private async deliver(ids: string[]): Promise<void> {
    const userIds = [...this.subscriptions.keys()];
    if (userIds.length === 0) return;
    const rows = await db.notification.findMany({
      where: { id: { in: ids }, userId: { in: userIds } },
      orderBy: { createdAt: "asc" },
      select: notificationViewSelect,
    });
    for (const row of rows) {
      const view = toNotificationView(row);
      for (const subscription of this.subscriptions.get(view.userId) ?? []) {
        subscription.deliver(view);
      }
    }
  }

  // To every member of the thread this instance holds a stream for, the sender's other tabs too;
  // a thread a block closed meanwhile is delivered to nobody.
  private async deliverBackchannel(messageId: string): Promise<void> {
    if (this.subscriptions.size === 0) return;
    const message = await db.backchannelMessage.findUnique({
      where: { id: messageId },
      select: backchannelMessageSelect,
    });
    if (!message) return;
    const members = await db.backchannelMember.findMany({
      where: { threadId: message.threadId, userId: { in: [...this.subscriptions.keys()] } },
      select: { userId: true },
    });
    if (members.length === 0) return;
    const open = await db.$queryRaw<{ ok: number }[]>`
      SELECT 1 AS ok WHERE ${threadUnblockedSql(Prisma.sql`${message.threadId}::uuid`)}`;
    if (open.length === 0) return;
    const view = toBackchannelMessageView(message);
    for (const member of members) {
      for (const subscription of this.subscriptions.get(member.userId) ?? []) {
        subscription.deliverBackchannel(view);
      }
    }
  }

  /** Closes every stream whose session is no longer current: another version, or disabled. */
  private async endStaleSessions(userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const accounts = await db.user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, sessionVersion: true, disabledAt: true },
    });
    const current = new Map(
      accounts.filter((a) => a.disabledAt === null).map((a) => [a.id, a.sessionVersion]),
    );
    for (const userId of userIds) {
      for (const subscription of [...(this.subscriptions.get(userId) ?? [])]) {
        if (current.get(userId) === subscription.sessionVersion) continue;
        this.remove(subscription);
        subscription.end("signed-out");
      }
    }
  }
}

const globalForHub = globalThis as unknown as { hearthNotificationHub?: NotificationHub };
export const notificationHub = (globalForHub.hearthNotificationHub ??= new NotificationHub());
