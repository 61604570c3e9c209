// What a report may say, shared by the report forms in the browser and the schemas that check
// them on the server (src/lib/validations/reports.ts, voice match). No zod here: the room page
// imports it, and its first-load JavaScript has a budget.

export const REPORT_REASONS = ["HARASSMENT", "SPAM", "UNDERAGE", "OTHER"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_NOTE_MAX = 500;
