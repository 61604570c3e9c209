import "server-only";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DirectFileOutput, S3Upload } from "livekit-server-sdk";
import type { ByteRange, ReplayStorage } from "@/server/replays/replay-storage";
import { sha256Hex, signS3Request } from "@/server/replays/sigv4";

export type S3StorageOptions = {
  bucket: string;
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

/** An S3-compatible bucket (AWS, MinIO, R2, ...), spoken to with signed single requests. */
export class S3Storage implements ReplayStorage {
  constructor(private readonly options: S3StorageOptions) {}

  private urlOf(key: string): URL {
    const endpoint = new URL(this.options.endpoint);
    const encodedKey = key.split("/").map(encodeURIComponent).join("/");
    if (this.options.forcePathStyle) {
      return new URL(`${endpoint.origin}/${this.options.bucket}/${encodedKey}`);
    }
    return new URL(`${endpoint.protocol}//${this.options.bucket}.${endpoint.host}/${encodedKey}`);
  }

  private async send(
    method: string,
    key: string,
    init: { headers?: Record<string, string>; body?: Buffer },
  ): Promise<Response> {
    const url = this.urlOf(key);
    const headers = signS3Request(
      {
        method,
        url,
        headers: init.headers ?? {},
        payloadHash: init.body ? sha256Hex(init.body) : sha256Hex(""),
      },
      this.options,
    );
    // `host` is set by fetch itself from the URL.
    delete headers.host;
    // A copy typed over a plain ArrayBuffer, which fetch accepts as a body.
    return fetch(url, { method, headers, body: init.body ? new Uint8Array(init.body) : null });
  }

  egressOutput(key: string): DirectFileOutput {
    return new DirectFileOutput({
      filepath: key,
      disableManifest: true,
      output: {
        case: "s3",
        value: new S3Upload({
          accessKey: this.options.accessKeyId,
          secret: this.options.secretAccessKey,
          region: this.options.region,
          endpoint: this.options.endpoint,
          bucket: this.options.bucket,
          forcePathStyle: this.options.forcePathStyle,
        }),
      },
    });
  }

  async size(key: string): Promise<number | null> {
    const response = await this.send("HEAD", key, {});
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`S3 HEAD ${key}: ${response.status}`);
    return Number(response.headers.get("content-length") ?? 0);
  }

  async read(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>> {
    const headers = range ? { range: `bytes=${range.start}-${range.end}` } : undefined;
    const response = await this.send("GET", key, { headers });
    if (!response.ok || !response.body) throw new Error(`S3 GET ${key}: ${response.status}`);
    return response.body;
  }

  async withLocalCopy<T>(key: string, work: (filePath: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(path.join(tmpdir(), "hearth-s3-"));
    try {
      const file = path.join(dir, path.basename(key));
      // Track files are small (Opus speech: about 15 MB an hour), so buffering them is fine.
      const response = await this.send("GET", key, {});
      if (!response.ok) throw new Error(`S3 GET ${key}: ${response.status}`);
      await writeFile(file, Buffer.from(await response.arrayBuffer()));
      return await work(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async put(key: string, filePath: string): Promise<void> {
    const body = await readFile(filePath);
    const response = await this.send("PUT", key, {
      headers: { "content-type": "audio/ogg" },
      body,
    });
    if (!response.ok) throw new Error(`S3 PUT ${key}: ${response.status} ${await response.text()}`);
  }

  async remove(keys: string[]): Promise<void> {
    for (const key of keys) {
      const response = await this.send("DELETE", key, {});
      if (!response.ok && response.status !== 404)
        throw new Error(`S3 DELETE ${key}: ${response.status}`);
    }
  }
}
