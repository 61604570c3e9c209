import "server-only";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { AwsClient } from "aws4fetch";
import { DirectFileOutput, S3Upload } from "livekit-server-sdk";
import type { ByteRange, ReplayStorage } from "@/server/replays/replay-storage";

export type S3StorageOptions = {
  bucket: string;
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

/**
 * An S3-compatible bucket (AWS, R2, MinIO, SeaweedFS, versitygw...), spoken to with single requests
 * signed by aws4fetch (SigV4). The test command runs it against a real S3 server (docs/replays.md).
 */
export class S3Storage implements ReplayStorage {
  private readonly client: AwsClient;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new AwsClient({
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      region: options.region,
      // A custom endpoint's host names no service, so aws4fetch is told it is S3.
      service: "s3",
      // aws4fetch retries 5xx and 429 with exponential backoff; its default of 10 would hold a
      // listener's seek for many seconds when the store is down.
      retries: 2,
    });
  }

  private urlOf(key: string): string {
    const endpoint = new URL(this.options.endpoint);
    const encodedKey = key.split("/").map(encodeURIComponent).join("/");
    const base = endpoint.pathname.replace(/\/$/, "");
    if (this.options.forcePathStyle) {
      return `${endpoint.origin}${base}/${this.options.bucket}/${encodedKey}`;
    }
    return `${endpoint.protocol}//${this.options.bucket}.${endpoint.host}${base}/${encodedKey}`;
  }

  private send(method: string, key: string, init: { headers?: HeadersInit; body?: Uint8Array }) {
    return this.client.fetch(this.urlOf(key), {
      method,
      headers: init.headers,
      // A copy typed over a plain ArrayBuffer, which fetch accepts as a body.
      body: init.body ? new Uint8Array(init.body) : null,
    });
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
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new Error(`S3 GET ${key}: ${response.status}`);
    }
    // A store that ignored the range would send the whole object where a part was promised.
    if (range && response.status !== 206) {
      await response.body.cancel();
      throw new Error(`S3 GET ${key}: ${response.status} to a range request`);
    }
    return response.body;
  }

  async withLocalCopy<T>(key: string, work: (filePath: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(path.join(tmpdir(), "hearth-s3-"));
    try {
      const file = path.join(dir, path.basename(key));
      const response = await this.send("GET", key, {});
      if (!response.ok || !response.body) throw new Error(`S3 GET ${key}: ${response.status}`);
      await pipeline(
        Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>),
        createWriteStream(file),
      );
      return await work(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async put(key: string, filePath: string): Promise<void> {
    // Buffered (a mixed hour of Opus speech is about 15 MB), so a retried request can resend it.
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
      await response.body?.cancel();
      if (!response.ok && response.status !== 404)
        throw new Error(`S3 DELETE ${key}: ${response.status}`);
    }
  }
}
