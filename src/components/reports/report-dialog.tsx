"use client";

import { Flag } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Label, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import { errorBodySchema } from "@/lib/live/room-api";
import { REPORT_NOTE_MAX, REPORT_REASONS, type ReportReason } from "@/lib/reports";
import type { FileReportInput } from "@/lib/validations/reports";

/** What is reported, as POST /api/reports names it (reason and note come from the dialog). */
export type ReportSubject =
  | { kind: "PERSON"; username: string }
  | { kind: "ROOM"; roomId: string }
  | { kind: "CHAT_MESSAGE"; roomId: string; messageId: string }
  | { kind: "BACKCHANNEL_MESSAGE"; messageId: string };

type ReportDialogProps = {
  subject: ReportSubject;
  /** The dialog's title ("Report Leo") and the trigger's accessible name. */
  title: string;
  triggerLabel: string;
  /** An icon button (a chat line) rather than a labelled one (a profile, a room). */
  compact?: boolean;
};

/** A Report button and its dialog: a reason from the fixed list, an optional note, sent to admins. */
export function ReportDialog({ subject, title, triggerLabel, compact = false }: ReportDialogProps) {
  const t = useTranslations("reports");
  const toast = useToast();
  const fieldId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason>(REPORT_REASONS[0]);
  const [note, setNote] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError("");
    const input: FileReportInput = { ...subject, reason, note };
    const message = await postReport(input);
    setPending(false);
    if (message !== null) {
      setError(message || t("failed"));
      return;
    }
    setOpen(false);
    setNote("");
    toast({ title: t("sent") });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setError("");
      }}
    >
      <DialogTrigger asChild>
        {compact ? (
          <Button variant="ghost" size="xs" aria-label={triggerLabel} className="text-ink-600">
            <Flag aria-hidden="true" />
          </Button>
        ) : (
          // The name says what is reported and starts with the visible word (label in name).
          <Button variant="secondary" size="sm" aria-label={triggerLabel}>
            <Flag aria-hidden="true" />
            {t("report")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent title={title} description={t("dialogDescription")}>
        <form onSubmit={(event) => void send(event)} className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${fieldId}-reason`}>{t("reason")}</Label>
            <Select
              id={`${fieldId}-reason`}
              value={reason}
              onChange={(event) => setReason(toReason(event.target.value))}
            >
              {REPORT_REASONS.map((value) => (
                <option key={value} value={value}>
                  {t(`reason_${value}`)}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${fieldId}-note`}>{t("note")}</Label>
            <Textarea
              id={`${fieldId}-note`}
              value={note}
              maxLength={REPORT_NOTE_MAX}
              onChange={(event) => setNote(event.target.value)}
              aria-describedby={`${fieldId}-error`}
            />
          </div>
          <p id={`${fieldId}-error`} role="status" className="min-h-5 text-sm text-red-700">
            {error}
          </p>
          <DialogFooter>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? t("sending") : t("send")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function toReason(value: string): ReportReason {
  return REPORT_REASONS.find((reason) => reason === value) ?? REPORT_REASONS[0];
}

/** Sends the report; null when filed, else the server's reason ("" when it gave none). */
async function postReport(input: FileReportInput): Promise<string | null> {
  try {
    const response = await fetch("/api/reports", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    if (response.ok) return null;
    const body = errorBodySchema.safeParse(await response.json().catch(() => null));
    return body.success ? body.data.error.message : "";
  } catch {
    return "";
  }
}
