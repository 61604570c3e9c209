import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { REPORT_NOTE_MAX, REPORT_REASONS } from "@/lib/reports";
import { usernameParamSchema } from "@/lib/validations/users";

// Reporting a person, a room, a chat line or a backchannel message, as the browser sends it (POST /api/reports), and the
// admins' decision on a report (/admin/reports). Voice match reports use the same reasons.

export const REPORT_KINDS = ["PERSON", "ROOM", "CHAT_MESSAGE", "BACKCHANNEL_MESSAGE"] as const;
export type ReportKindName = (typeof REPORT_KINDS)[number];

const reasonField = z.enum(REPORT_REASONS, errorKey("reportReasonInvalid"));
const noteField = z.string().trim().max(REPORT_NOTE_MAX, errorKey("reportNoteTooLong")).default("");

export const fileReportSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("PERSON"),
      username: usernameParamSchema,
      reason: reasonField,
      note: noteField,
    }),
    z.object({
      kind: z.literal("ROOM"),
      roomId: z.uuid(errorKey("unknownRoom")),
      reason: reasonField,
      note: noteField,
    }),
    z.object({
      kind: z.literal("CHAT_MESSAGE"),
      roomId: z.uuid(errorKey("unknownRoom")),
      messageId: z.uuid(errorKey("chatLineNotFound")),
      reason: reasonField,
      note: noteField,
    }),
    z.object({
      kind: z.literal("BACKCHANNEL_MESSAGE"),
      messageId: z.uuid(errorKey("backchannelMessageNotFound")),
      reason: reasonField,
      note: noteField,
    }),
  ],
  errorKey("reportKindInvalid"),
);
export type FileReportInput = z.infer<typeof fileReportSchema>;

export const REPORT_DECISIONS = ["dismiss", "warn", "disable"] as const;
export type ReportDecision = (typeof REPORT_DECISIONS)[number];

export const decideReportSchema = z.object({
  reportId: z.uuid(errorKey("reportNotFound")),
  decision: z.enum(REPORT_DECISIONS, errorKey("reportDecisionInvalid")),
});
export type DecideReportInput = z.infer<typeof decideReportSchema>;

export const setBlockSchema = z.object({
  username: usernameParamSchema,
  intent: z.enum(["block", "unblock"]),
});
export type SetBlockInput = z.infer<typeof setBlockSchema>;

/** A chat line as the report keeps it: copied when reported, since chat ends with its room. */
export const reportedChatLineSchema = z.object({
  id: z.string(),
  senderId: z.string(),
  senderName: z.string(),
  senderUsername: z.string(),
  text: z.string(),
  sentAt: z.string(),
});
export type ReportedChatLine = z.infer<typeof reportedChatLineSchema>;
export const reportedChatContextSchema = z.array(reportedChatLineSchema);
