import { useLocalParticipant } from "@livekit/components-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ReportDialog } from "@/components/reports/report-dialog";
import { Button } from "@/components/ui/button";
import { CHAT_MAX_LENGTH } from "@/lib/live/messages";
import { roomApiPath } from "@/lib/live/room-api";
import { useRoomAction } from "./use-room-action";
import { useChatMessages } from "./use-room-messages";

/** The room's text chat: sent through the app (validated, rate-limited); late joiners see the last 100 lines. */
export function ChatPanel({ roomId }: { roomId: string }) {
  const t = useTranslations("room");
  const tReports = useTranslations("reports");
  const { localParticipant } = useLocalParticipant();
  const messages = useChatMessages(roomId);
  const [text, setText] = useState("");
  const { run, pending: sending, error } = useRoomAction();

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = text;
    const result = await run(roomApiPath(roomId, "chat"), { body: { text: sent } });
    // The line shows in the chat (through LiveKit) before this answer can arrive, and the person
    // may have typed the next one since: clear only what was sent.
    if (result.ok) setText((current) => (current === sent ? "" : current));
  }

  return (
    <section
      aria-labelledby="chat-heading"
      className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm"
    >
      <h2 id="chat-heading" className="text-sm font-bold tracking-wide text-ink-600 uppercase">
        {t("chatHeading")}
      </h2>
      {/* The log role sits on a wrapper: on the <ol> it would replace the list's own role. */}
      <div
        role="log"
        aria-live="polite"
        aria-label={t("chatLog")}
        className="max-h-80 min-h-24 overflow-y-auto"
      >
        <ol className="flex flex-col gap-2">
          {messages.length === 0 && <li className="text-sm text-ink-600">{t("chatEmpty")}</li>}
          {messages.map((message) => (
            <li key={message.id} className="flex items-start gap-1 text-sm">
              <p className="min-w-0 flex-1">
                <span className="font-semibold">{message.senderName}</span>{" "}
                {/* Display names are free text: the handle says who really wrote it. */}
                <span className="text-ink-600">@{message.senderUsername}</span>
                <span>: </span>
                <span className="break-words">{message.text}</span>
              </p>
              {message.senderId !== localParticipant.identity && (
                <ReportDialog
                  compact
                  subject={{ kind: "CHAT_MESSAGE", roomId, messageId: message.id }}
                  title={tReports("dialogTitleMessage", { name: message.senderName })}
                  triggerLabel={tReports("reportMessage", { name: message.senderName })}
                />
              )}
            </li>
          ))}
        </ol>
      </div>
      <form onSubmit={(event) => void send(event)} className="flex flex-col gap-2">
        <label htmlFor="chat-input" className="sr-only">
          {t("chatInputLabel")}
        </label>
        <div className="flex gap-2">
          <input
            id="chat-input"
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={CHAT_MAX_LENGTH}
            placeholder={t("chatPlaceholder")}
            aria-describedby="chat-error"
            autoComplete="off"
            className="min-w-0 flex-1 rounded-full border border-stone-300 px-4 py-2"
          />
          <Button type="submit" disabled={sending || text.trim() === ""}>
            {t("send")}
          </Button>
        </div>
        <p id="chat-error" role="status" className="min-h-5 text-sm text-red-700">
          {error}
        </p>
      </form>
    </section>
  );
}
