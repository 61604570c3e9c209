import "server-only";
import { z } from "zod";

/**
 * What travels on the notification channel: a list of notification ids just written, a backchannel
 * message just written, or word that an account's sessions ended (password changed, signed out
 * everywhere, disabled). All share one channel so each app instance holds one LISTEN connection
 * for everything its streams need.
 */
export const noticePayloadSchema = z.union([
  z.array(z.uuid()),
  z.object({ sessionsEnded: z.uuid() }),
  z.object({ backchannel: z.uuid() }),
]);

export type NoticePayload = z.infer<typeof noticePayloadSchema>;

export function parseNoticePayload(text: string | undefined): NoticePayload | null {
  try {
    const parsed = noticePayloadSchema.safeParse(JSON.parse(text ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
