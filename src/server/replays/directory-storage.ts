import "server-only";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { DirectFileOutput } from "livekit-server-sdk";
import type { ByteRange, ReplayStorage } from "@/server/replays/replay-storage";
import { webStreamOf } from "@/server/replays/web-stream";

/**
 * Files in one directory tree, which Egress writes into directly. Several app instances (or an
 * Egress on another machine) need it on a shared volume; otherwise use S3-compatible storage.
 */
export class DirectoryStorage implements ReplayStorage {
  private readonly root: string;

  constructor(root: string) {
    // Egress runs handlers with "/" as working directory, so it must be given absolute paths.
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    const full = path.resolve(this.root, key);
    if (!full.startsWith(this.root + path.sep)) throw new Error(`storage key escapes root: ${key}`);
    return full;
  }

  egressOutput(key: string): DirectFileOutput {
    return new DirectFileOutput({ filepath: this.pathOf(key), disableManifest: true });
  }

  async size(key: string): Promise<number | null> {
    const info = await stat(this.pathOf(key)).catch(() => null);
    return info?.isFile() ? info.size : null;
  }

  read(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>> {
    return Promise.resolve(webStreamOf(createReadStream(this.pathOf(key), range)));
  }

  async withLocalCopy<T>(key: string, work: (filePath: string) => Promise<T>): Promise<T> {
    return work(this.pathOf(key));
  }

  async put(key: string, filePath: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Copy then rename, so a reader never sees half a file.
    const partial = `${target}.partial-${process.pid}`;
    await copyFile(filePath, partial);
    await rename(partial, target);
  }

  async remove(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
  }
}
