import "server-only";
import { spawn } from "node:child_process";
import { getEnv } from "@/env";

/**
 * Runs Debian's ffmpeg; resolves with stdout when it exits 0. `onStdout` streams stdout instead of
 * collecting it (decoding an hour of audio is too much to hold).
 */
export function runFfmpeg(args: string[], onStdout?: (chunk: Buffer) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      getEnv().FFMPEG_PATH,
      ["-nostdin", "-hide_banner", "-v", "error", ...args],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (onStdout ? onStdout(chunk) : out.push(chunk)));
    child.stderr.on("data", (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-2_000);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`ffmpeg exited with ${code}: ${err.trim()}`));
    });
  });
}
