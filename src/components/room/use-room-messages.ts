import { useDataChannel } from "@livekit/components-react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import {
  chatMessageSchema,
  decodeLiveMessage,
  LIVE_TOPICS,
  reactionMessageSchema,
  type ChatMessage,
  type ReactionMessage,
} from "@/lib/live/messages";

const REACTION_SHOWN_MS = 2_500;
const CHAT_KEPT = 100;

type Received = { payload: Uint8Array; from?: unknown };

/** Only the app speaks on these topics (browsers cannot publish data); anything malformed is dropped. */
function decode<T>(schema: z.ZodType<T>, message: Received): T | null {
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

/** The room's chat since this page joined; it is not stored anywhere. */
export function useChatMessages(): ChatMessage[] {
  const [messages, setMessages] = useState<ChatMessage[]>([]);
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
