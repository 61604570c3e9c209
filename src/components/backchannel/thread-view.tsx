"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { emitStreamEvent, useStreamEvent } from "@/components/notifications/stream-events";
import { ReportDialog } from "@/components/reports/report-dialog";
import { requestRoom } from "@/components/room/request-room";
import { Button } from "@/components/ui/button";
import { Label, Textarea } from "@/components/ui/input";
import {
  BACKCHANNEL_BODY_MAX,
  backchannelMessageSchema,
  type BackchannelMessageView,
} from "@/lib/backchannel";
import { cn } from "@/components/ui/cn";

type ThreadViewProps = {
  threadId: string;
  userId: string;
  /** "Ana and Ben": who the composer writes to. */
  names: string;
  initialMessages: BackchannelMessageView[];
};

function withMessage(list: BackchannelMessageView[], message: BackchannelMessageView) {
  return list.some((item) => item.id === message.id) ? list : [...list, message];
}

/**
 * One thread: its messages, kept live by the tab's notification stream (a message written on
 * any app instance arrives here), and a composer. Reading it marks it read, on opening and as
 * each message arrives. Others' messages can be reported. The live room keeps playing meanwhile:
 * it lives above the pages (LiveSessionProvider), and this page is reached by client navigation.
 */
export function ThreadView({ threadId, userId, names, initialMessages }: ThreadViewProps) {
  const t = useTranslations("backchannel");
  const format = useFormatter();
  const fieldId = useId();
  const [messages, setMessages] = useState(initialMessages);
  const [draft, setDraft] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const end = useRef<HTMLDivElement>(null);

  const markRead = useCallback(async () => {
    const result = await requestRoom(`/api/backchannel/threads/${threadId}/read`);
    if (result.ok) emitStreamEvent("backchannel-read", threadId);
  }, [threadId]);

  useEffect(() => {
    void markRead();
  }, [markRead]);
  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [messages.length]);
  useStreamEvent("backchannel", (message) => {
    if (message.threadId !== threadId) return;
    setMessages((list) => withMessage(list, message));
    if (message.sender.id !== userId) void markRead();
  });

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError("");
    const result = await requestRoom(`/api/backchannel/threads/${threadId}/messages`, {
      body: { body: draft },
    });
    setPending(false);
    const sent = result.ok ? backchannelMessageSchema.safeParse(result.data) : null;
    if (!sent?.success) {
      setError((!result.ok && result.message) || t("sendFailed"));
      return;
    }
    setMessages((list) => withMessage(list, sent.data));
    setDraft("");
  }

  return (
    <div className="flex flex-col gap-4">
      {messages.length === 0 ? (
        <p className="rounded-2xl bg-white p-6 text-center shadow-sm">{t("noMessagesYet")}</p>
      ) : (
        <div
          role="log"
          aria-label={t("logLabel")}
          className="max-h-[60vh] overflow-y-auto rounded-2xl bg-white p-3 shadow-sm"
        >
          <ol className="flex flex-col gap-2">
            {messages.map((message) => {
              const mine = message.sender.id === userId;
              return (
                <li
                  key={message.id}
                  className={cn(
                    "flex max-w-[85%] flex-col gap-1 rounded-2xl px-3 py-2",
                    mine ? "self-end bg-ember-50" : "self-start bg-stone-100",
                  )}
                >
                  <span className="flex flex-wrap items-center gap-x-2 text-sm">
                    <span className="font-semibold">
                      {mine ? t("you") : message.sender.displayName}
                    </span>
                    <time dateTime={message.sentAt} className="whitespace-nowrap text-ink-600">
                      {format.dateTime(new Date(message.sentAt), "moment")}
                    </time>
                    {!mine && (
                      <ReportDialog
                        compact
                        subject={{ kind: "BACKCHANNEL_MESSAGE", messageId: message.id }}
                        title={t("reportTitle", { name: message.sender.displayName })}
                        triggerLabel={t("reportMessage", { name: message.sender.displayName })}
                      />
                    )}
                  </span>
                  <p className="break-words whitespace-pre-line">{message.body}</p>
                </li>
              );
            })}
          </ol>
          <div ref={end} />
        </div>
      )}
      <form onSubmit={(event) => void send(event)} className="flex flex-col gap-2">
        <Label htmlFor={fieldId}>{t("composerLabel", { names })}</Label>
        <Textarea
          id={fieldId}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={BACKCHANNEL_BODY_MAX}
          rows={2}
          required
        />
        <div className="flex items-center justify-between gap-3">
          <p role="status" className="min-h-5 text-sm text-red-700">
            {error}
          </p>
          <Button type="submit" disabled={pending || draft.trim() === ""}>
            {pending ? t("sending") : t("send")}
          </Button>
        </div>
      </form>
    </div>
  );
}
