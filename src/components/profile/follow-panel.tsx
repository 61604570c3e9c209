"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type FollowResult = ActionResult<{ following: boolean }>;

type FollowPanelProps = {
  action: (previous: FollowResult, formData: FormData) => Promise<FollowResult>;
  username: string;
  displayName: string;
  isSelf: boolean;
  viewerFollows: boolean;
  followerCount: number;
  followingCount: number;
};

/** Follower counts and the Follow / Unfollow button; the server re-renders the counts after each change. */
export function FollowPanel(props: FollowPanelProps) {
  const t = useTranslations("profile");
  const [state, formAction, pending] = useActionState(props.action, initialActionState);
  const intent = props.viewerFollows ? "unfollow" : "follow";
  const outcome = state.ok
    ? t(state.data.following ? "nowFollow" : "noLongerFollow", { name: props.displayName })
    : state.message;
  const strong = (chunks: ReactNode) => <strong className="text-base">{chunks}</strong>;

  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      {/* Polite live region: screen readers hear the new count after following or unfollowing. */}
      <p aria-live="polite" aria-atomic="true" className="flex gap-4 text-sm">
        <a href="#followers" className="hover:underline">
          {t.rich("followers", { count: props.followerCount, strong })}
        </a>
        <a href="#following" className="hover:underline">
          {t.rich("following", { count: props.followingCount, strong })}
        </a>
      </p>
      {props.isSelf && (
        <Button asChild variant="secondary">
          <Link href="/settings">{t("editProfile")}</Link>
        </Button>
      )}
      {!props.isSelf && (
        <form action={formAction} className="flex items-center gap-3">
          <input type="hidden" name="username" value={props.username} />
          <input type="hidden" name="intent" value={intent} />
          <p role="status" className="text-sm text-ink-600">
            {outcome}
          </p>
          <Button
            type="submit"
            variant={props.viewerFollows ? "secondary" : "primary"}
            disabled={pending}
          >
            {props.viewerFollows ? t("unfollow") : t("follow")}
          </Button>
        </form>
      )}
    </div>
  );
}
