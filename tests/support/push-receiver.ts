import {
  createDecipheriv,
  createECDH,
  createHmac,
  createPublicKey,
  randomBytes,
  verify,
} from "node:crypto";
import http from "node:http";

// A push service on loopback, as a browser's would receive a push (RFC 8030), holding the keys a
// browser would (a P-256 key pair and an auth secret), so tests decrypt what the server sent
// (RFC 8291, aes128gcm) and check its VAPID signature (RFC 8292) with nothing but node:crypto.

export type ReceivedPush = {
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The decrypted payload, as text. */
  plaintext: string;
  /** The VAPID JWT's claims, after its ES256 signature checked out against the `k=` key. */
  claims: { aud: string; exp: number; sub: string };
  vapidPublicKey: string;
};

export type PushReceiver = {
  /** A subscription as PushSubscription.toJSON() gives it, for an endpoint of this receiver. */
  subscription(path: string): { endpoint: string; keys: { p256dh: string; auth: string } };
  /** Answers every push to `path` with `status` (410: the subscription is gone). */
  answer(path: string, status: number): void;
  received: ReceivedPush[];
  next(): Promise<ReceivedPush>;
  close(): Promise<void>;
};

const b64url = (buffer: Buffer) => buffer.toString("base64url");
const hmac = (key: Buffer, data: Buffer) => createHmac("sha256", key).update(data).digest();

export async function startPushReceiver(): Promise<PushReceiver> {
  const agent = createECDH("prime256v1");
  agent.generateKeys();
  const uaPublic = agent.getPublicKey();
  const authSecret = randomBytes(16);
  const statuses = new Map<string, number>();
  const received: ReceivedPush[] = [];
  const unread: ReceivedPush[] = [];
  const waiting: ((push: ReceivedPush) => void)[] = [];

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      try {
        const { claims, key } = checkVapid(request.headers.authorization ?? "");
        const push: ReceivedPush = {
          path,
          headers: request.headers,
          plaintext: decrypt(Buffer.concat(chunks)),
          claims,
          vapidPublicKey: key,
        };
        received.push(push);
        const waiter = waiting.shift();
        if (waiter) waiter(push);
        else unread.push(push);
        response.writeHead(statuses.get(path) ?? 201).end();
      } catch (error) {
        response.writeHead(400).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  // RFC 8291 section 3.4 and RFC 8188: one record, the sender's public key as the key id.
  function decrypt(body: Buffer): string {
    const salt = body.subarray(0, 16);
    const idLength = body.readUInt8(20);
    const asPublic = body.subarray(21, 21 + idLength);
    const ciphertext = body.subarray(21 + idLength);
    const ecdhSecret = agent.computeSecret(asPublic);
    const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), uaPublic, asPublic]);
    const ikm = hmac(hmac(authSecret, ecdhSecret), Buffer.concat([keyInfo, Buffer.from([1])]));
    const prk = hmac(salt, ikm);
    const cek = hmac(prk, Buffer.from("Content-Encoding: aes128gcm\0\x01")).subarray(0, 16);
    const nonce = hmac(prk, Buffer.from("Content-Encoding: nonce\0\x01")).subarray(0, 12);
    const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
    const padded = Buffer.concat([
      decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
      decipher.final(),
    ]);
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end -= 1;
    if (padded[end] !== 2) throw new Error("the last record's padding delimiter is not 2");
    return padded.subarray(0, end).toString("utf8");
  }

  function checkVapid(authorization: string) {
    const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization);
    if (!match?.[1] || !match[2]) throw new Error(`not a VAPID authorization: ${authorization}`);
    const [header = "", payload = "", signature = ""] = match[1].split(".");
    const raw = Buffer.from(match[2], "base64url");
    const key = createPublicKey({
      key: { kty: "EC", crv: "P-256", x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33)) },
      format: "jwk",
    });
    const signed = Buffer.from(`${header}.${payload}`);
    const ok = verify(
      "sha256",
      signed,
      { key, dsaEncoding: "ieee-p1363" },
      Buffer.from(signature, "base64url"),
    );
    if (!ok) throw new Error("the VAPID signature does not verify");
    const claims = JSON.parse(
      Buffer.from(payload, "base64url").toString("utf8"),
    ) as ReceivedPush["claims"];
    return { claims, key: match[2] };
  }

  return {
    subscription: (path) => ({
      endpoint: `http://127.0.0.1:${port}${path}`,
      keys: { p256dh: b64url(uaPublic), auth: b64url(authSecret) },
    }),
    answer: (path, status) => statuses.set(path, status),
    received,
    next: () =>
      new Promise<ReceivedPush>((resolve, reject) => {
        const early = unread.shift();
        if (early) return resolve(early);
        const timer = setTimeout(() => reject(new Error("no push arrived within 10 s")), 10_000);
        waiting.push((push) => {
          clearTimeout(timer);
          resolve(push);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
