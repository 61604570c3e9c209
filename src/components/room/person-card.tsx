"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { z } from "zod/mini";
import { Avatar } from "@/components/people/avatar";
import { Button } from "@/components/ui/button";
import { requestRoom } from "./request-room";

const cardSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  bio: z.string(),
  followerCount: z.number(),
  followingCount: z.number(),
  isSelf: z.boolean(),
  viewerFollows: z.boolean(),
});
type Card = z.infer<typeof cardSchema>;
const threadSchema = z.object({ id: z.string() });

type PersonCardProps = {
  userId: string;
  name: string;
  username: string;
  /** From their participant attributes: the room already knows it, no need to ask again. */
  photoVersion?: string;
  /** What else the viewer may do about them (stage actions, report, block), under the bio. */
  children?: ReactNode;
};

/**
 * A person in the room, opened from their tile: who they are, their follower counts, Follow or
 * Unfollow (the same follow the profile page uses), Message (their backchannel thread, opened
 * while the room keeps playing: docs/backchannel.md), a link to the whole profile, and every other
 * action the viewer may take on them (`children`). Loaded when opened: the room only knows names.
 */
export function PersonCard({ userId, name, username, photoVersion, children }: PersonCardProps) {
  const t = useTranslations("profile");
  const tBar = useTranslations("roomBar");
  const tMessages = useTranslations("backchannel");
  const router = useRouter();
  const [card, setCard] = useState<Card | null>(null);
  const [status, setStatus] = useState("");
  const [pending, setPending] = useState(false);
  const path = `/api/users/${encodeURIComponent(username)}/follow`;

  useEffect(() => {
    const controller = new AbortController();
    void requestRoom(path, { method: "GET", signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      const parsed = result.ok ? cardSchema.safeParse(result.data) : null;
      if (parsed?.success) setCard(parsed.data);
      else
        setStatus(
          result.ok ? tBar("profileUnavailable") : (result.message ?? tBar("profileUnavailable")),
        );
    });
    return () => controller.abort();
  }, [path, tBar]);

  async function toggleFollow(current: Card) {
    setPending(true);
    const follow = !current.viewerFollows;
    const result = await requestRoom(path, { method: follow ? "POST" : "DELETE" });
    setPending(false);
    if (!result.ok) {
      setStatus(result.message ?? tBar("followFailed"));
      return;
    }
    setCard({
      ...current,
      viewerFollows: follow,
      followerCount: current.followerCount + (follow ? 1 : -1),
    });
    setStatus(t(follow ? "nowFollow" : "noLongerFollow", { name: current.displayName }));
  }

  // Client navigation: the live room lives above the pages, so its audio keeps playing.
  async function openThread() {
    setPending(true);
    setStatus(tMessages("opening"));
    const result = await requestRoom("/api/backchannel/threads", {
      body: { usernames: [username] },
    });
    const thread = result.ok ? threadSchema.safeParse(result.data) : null;
    if (!thread?.success) {
      setPending(false);
      setStatus((!result.ok && result.message) || tMessages("openFailed"));
      return;
    }
    router.push(`/messages/${thread.data.id}`);
  }

  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-4">
        <Avatar
          userId={userId}
          displayName={card?.displayName ?? name}
          size="lg"
          photoVersion={photoVersion}
        />
        <div className="flex min-w-0 flex-col gap-1">
          <p className="text-ink-600">@{username}</p>
          {card && (
            <p className="flex gap-4 text-sm">
              <span>{t.rich("followers", { count: card.followerCount, strong })}</span>
              <span>{t.rich("following", { count: card.followingCount, strong })}</span>
            </p>
          )}
        </div>
      </div>
      {card?.bio && <p className="break-words whitespace-pre-line">{card.bio}</p>}
      <div className="flex flex-wrap gap-2">
        {card && !card.isSelf && (
          <Button
            variant={card.viewerFollows ? "secondary" : "primary"}
            size="sm"
            disabled={pending}
            onClick={() => void toggleFollow(card)}
          >
            {card.viewerFollows ? t("unfollow") : t("follow")}
          </Button>
        )}
        {card && !card.isSelf && (
          <Button
            variant="secondary"
            size="sm"
            disabled={pending}
            onClick={() => void openThread()}
          >
            {tMessages("message")}
          </Button>
        )}
        <Button asChild variant="secondary" size="sm">
          <Link href={`/@${username}`}>{tBar("viewProfile")}</Link>
        </Button>
      </div>
      {children}
      <p role="status" className="min-h-5 text-sm text-ink-600">
        {card === null && status === "" ? tBar("profileLoading") : status}
      </p>
    </div>
  );
}
