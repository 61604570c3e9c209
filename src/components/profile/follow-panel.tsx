"use client";

import Link from "next/link";
import { useActionState } from "react";
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
  const [state, formAction, pending] = useActionState(props.action, initialActionState);
  const intent = props.viewerFollows ? "unfollow" : "follow";
  const outcome = state.ok
    ? `${state.data.following ? "You now follow" : "You no longer follow"} ${props.displayName}.`
    : state.message;

  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      {/* Polite live region: screen readers hear the new count after following or unfollowing. */}
      <p aria-live="polite" aria-atomic="true" className="flex gap-4 text-sm">
        <a href="#followers" className="hover:underline">
          <strong className="text-base">{props.followerCount}</strong>{" "}
          {props.followerCount === 1 ? "follower" : "followers"}
        </a>
        <a href="#following" className="hover:underline">
          <strong className="text-base">{props.followingCount}</strong> following
        </a>
      </p>
      {props.isSelf && (
        <Link
          href="/settings"
          className="rounded-full border border-stone-300 bg-white px-5 py-2 font-semibold hover:bg-ember-50"
        >
          Edit profile
        </Link>
      )}
      {!props.isSelf && (
        <form action={formAction} className="flex items-center gap-3">
          <input type="hidden" name="username" value={props.username} />
          <input type="hidden" name="intent" value={intent} />
          <p role="status" className="text-sm text-ink-600">
            {outcome}
          </p>
          <button
            type="submit"
            disabled={pending}
            className={
              props.viewerFollows
                ? "rounded-full border border-stone-300 bg-white px-5 py-2 font-semibold hover:bg-ember-50 disabled:opacity-60"
                : "rounded-full bg-ember-600 px-5 py-2 font-semibold text-white hover:bg-ember-700 disabled:opacity-60"
            }
          >
            {props.viewerFollows ? "Unfollow" : "Follow"}
          </button>
        </form>
      )}
    </div>
  );
}
