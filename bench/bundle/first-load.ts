import { gzipSync } from "node:zlib";

export type Chunk = { src: string; bytes: number; gzipBytes: number };
export type FirstLoad = {
  path: string;
  status: number;
  chunks: Chunk[];
  gzipBytes: number;
  /** Inline <script> bodies (React Server Components payload), counted apart from the JS files. */
  inlineScriptGzipBytes: number;
};

const SCRIPT_SRC = /<script[^>]*\ssrc="([^"]+)"[^>]*>/g;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 6 }).length;

/**
 * The JavaScript a browser must download to run a page, as the production server sends it: every
 * <script src> in the page's HTML, fetched and gzipped (level 6, a common server default).
 */
export async function measureFirstLoad(
  appUrl: string,
  path: string,
  cookie: string,
): Promise<FirstLoad> {
  const page = await fetch(new URL(path, appUrl), { headers: { cookie }, redirect: "manual" });
  const html = await page.text();
  const sources = [...new Set([...html.matchAll(SCRIPT_SRC)].map((match) => match[1] ?? ""))];
  const chunks = await Promise.all(
    sources.map(async (src) => {
      const body = Buffer.from(
        await (await fetch(new URL(src.replaceAll("&amp;", "&"), appUrl))).arrayBuffer(),
      );
      return { src, bytes: body.length, gzipBytes: gzipSize(body) };
    }),
  );
  const inline = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? "").join("");
  return {
    path,
    status: page.status,
    chunks,
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    inlineScriptGzipBytes: inline.length > 0 ? gzipSize(inline) : 0,
  };
}
