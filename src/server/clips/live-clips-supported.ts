import "server-only";
import { getEnv } from "@/env";

/**
 * Live clips read the track files Egress is still writing, which only the directory backend has:
 * with S3, Egress uploads a track when it ends. Replays are clipped on either backend.
 */
export function liveClipsSupported(): boolean {
  return !getEnv().REPLAY_S3_BUCKET;
}
