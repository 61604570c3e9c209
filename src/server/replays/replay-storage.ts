import "server-only";
import type { DirectFileOutput } from "livekit-server-sdk";
import { getEnv } from "@/env";
import { DirectoryStorage } from "@/server/replays/directory-storage";
import { S3Storage } from "@/server/replays/s3-storage";

/** A byte range, both ends inclusive, as in an HTTP Range header. */
export type ByteRange = { start: number; end: number };

/**
 * Where track files and replays live. The directory backend is the default; S3-compatible storage
 * (when REPLAY_S3_BUCKET is set) lets any number of app instances and Egress nodes share them.
 */
export interface ReplayStorage {
  /** The output a Track egress writes `key` to. */
  egressOutput(key: string): DirectFileOutput;
  /** Size in bytes, or null when the object does not exist. */
  size(key: string): Promise<number | null>;
  read(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>>;
  /** Runs `work` with a local file holding the object (downloaded first when remote). */
  withLocalCopy<T>(key: string, work: (filePath: string) => Promise<T>): Promise<T>;
  /** Stores a local file under `key`, replacing what was there (so retries are harmless). */
  put(key: string, filePath: string): Promise<void>;
  /** Removes objects; a missing one is not an error. */
  remove(keys: string[]): Promise<void>;
}

let storage: ReplayStorage | undefined;

export function replayStorage(): ReplayStorage {
  if (storage) return storage;
  const env = getEnv();
  if (env.REPLAY_S3_BUCKET) {
    if (!env.REPLAY_S3_ACCESS_KEY_ID || !env.REPLAY_S3_SECRET_ACCESS_KEY) {
      throw new Error(
        "REPLAY_S3_BUCKET is set but REPLAY_S3_ACCESS_KEY_ID or REPLAY_S3_SECRET_ACCESS_KEY is not",
      );
    }
    storage = new S3Storage({
      bucket: env.REPLAY_S3_BUCKET,
      endpoint: env.REPLAY_S3_ENDPOINT ?? `https://s3.${env.REPLAY_S3_REGION}.amazonaws.com`,
      region: env.REPLAY_S3_REGION,
      accessKeyId: env.REPLAY_S3_ACCESS_KEY_ID,
      secretAccessKey: env.REPLAY_S3_SECRET_ACCESS_KEY,
      forcePathStyle: env.REPLAY_S3_FORCE_PATH_STYLE,
    });
  } else {
    storage = new DirectoryStorage(env.REPLAY_STORAGE_DIR);
  }
  return storage;
}

/** Storage keys: one folder per room, so deleting a replay removes a known set of files. */
export const storageKeys = {
  track: (roomId: string, trackSid: string, generation: number) =>
    `rooms/${roomId}/tracks/${trackSid}-${generation}.ogg`,
  replay: (roomId: string) => `rooms/${roomId}/replay.ogg`,
  clip: (roomId: string, clipId: string) => `rooms/${roomId}/clips/${clipId}.ogg`,
};
