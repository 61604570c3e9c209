import { useDataChannel } from "@livekit/components-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { z } from "zod/mini";
import {
  chatMessageSchema,
  decodeLiveMessage,
  hostChangedMessageSchema,
  LIVE_TOPICS,
  reactionMessageSchema,
  type ChatMessage,
  type HostChangedMessage,
  type ReactionMessage,
} from "@/lib/live/messages";
import { roomApiPath } from "@/lib/live/room-api";

import { requestRoom } from "./request-room";

const REACTION_SHOWN_MS = 2_500;
const CHAT_KEPT = 100;

type Received = { payload: Uint8Array; from?: unknown };

/** Only the app speaks on these topics (browsers cannot publish data); anything malformed is dropped. */
function decode<T>(schema: z.ZodMiniType<T>, message: Received): T | null {
  if (message.from !== undefined) return null;
  return decodeLiveMessage(schema, message.payload);
}

/** Reactions float for a moment beside their sender, then go. */
export function useFloatingReactions(): ReactionMessage[] {
  const [floating, setFloating] = useState<ReactionMessage[]>([]);
  const timers = useRef(new Set<number>());
  const onMessage = useCallback((message: Received) => {
    const reaction = decode(reactionMessageSchema, message);
    if (!reaction) return;
    setFloating((current) => [...current, reaction]);
    const timer = window.setTimeout(() => {
      timers.current.delete(timer);
      setFloating((current) => current.filter((item) => item.id !== reaction.id));
    }, REACTION_SHOWN_MS);
    timers.current.add(timer);
  }, []);
  useDataChannel(LIVE_TOPICS.reaction, onMessage);
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => window.clearTimeout(timer));
  }, []);
  return floating;
}

const chatHistorySchema = z.object({ messages: z.array(chatMessageSchema) });

/** The room's chat: the lines kept from before this page joined, then each as it arrives. */
export function useChatMessages(roomId: string): ChatMessage[] {
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    void requestRoom(roomApiPath(roomId, "chat"), { method: "GET", signal: controller.signal })
      .then((result) => {
        const history = result.ok ? chatHistorySchema.safeParse(result.data) : null;
        if (!history?.success) return;
        setMessages((current) => {
          const seen = new Set(current.map((item) => item.id));
          const earlier = history.data.messages.filter((item) => !seen.has(item.id));
          return [...earlier, ...current].slice(-CHAT_KEPT);
        });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [roomId]);
  const onMessage = useCallback((message: Received) => {
    const chat = decode(chatMessageSchema, message);
    if (!chat) return;
    setMessages((current) =>
      current.some((item) => item.id === chat.id) ? current : [...current, chat].slice(-CHAT_KEPT),
    );
  }, []);
  useDataChannel(LIVE_TOPICS.chat, onMessage);
  return messages;
}

/** The latest handover of the room to a new host, for the line that tells everyone. */
export function useHostChange(): HostChangedMessage | null {
  const [change, setChange] = useState<HostChangedMessage | null>(null);
  const onMessage = useCallback((message: Received) => {
    const changed = decode(hostChangedMessageSchema, message);
    if (changed) setChange(changed);
  }, []);
  useDataChannel(LIVE_TOPICS.host, onMessage);
  return change;
}
