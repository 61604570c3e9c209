import { gzipSync } from "node:zlib";

export type Chunk = { src: string; bytes: number; gzipBytes: number };
export type FirstLoad = {
  path: string;
  status: number;
  chunks: Chunk[];
  gzipBytes: number;
  /**
   * `<script nomodule>` files (Next's polyfills for browsers without ES modules): every browser
   * Hearth supports skips them, so they are listed here and left out of `gzipBytes`.
   */
  noModuleChunks: Chunk[];
  /** Inline <script> bodies (React Server Components payload), counted apart from the JS files. */
  inlineScriptGzipBytes: number;
};

const SCRIPT_TAG = /<script[^>]*\ssrc="([^"]+)"[^>]*>/g;
const NO_MODULE = /\snomodule[\s=>]/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 6 }).length;

/**
 * The JavaScript a browser must download to run a page, as the production server sends it: every
 * <script src> in the page's HTML but the `nomodule` ones, fetched and gzipped (level 6, a common
 * server default).
 */
export async function measureFirstLoad(
  appUrl: string,
  path: string,
  cookie: string,
): Promise<FirstLoad> {
  const page = await fetch(new URL(path, appUrl), { headers: { cookie }, redirect: "manual" });
  const html = await page.text();
  const tags = [...html.matchAll(SCRIPT_TAG)].map((match) => ({
    src: match[1] ?? "",
    noModule: NO_MODULE.test(match[0]),
  }));
  const fetchChunk = async (src: string): Promise<Chunk> => {
    const body = Buffer.from(
      await (await fetch(new URL(src.replaceAll("&amp;", "&"), appUrl))).arrayBuffer(),
    );
    return { src, bytes: body.length, gzipBytes: gzipSize(body) };
  };
  const sourcesWhere = (noModule: boolean) => [
    ...new Set(tags.filter((tag) => tag.noModule === noModule).map((tag) => tag.src)),
  ];
  const chunks = await Promise.all(sourcesWhere(false).map(fetchChunk));
  const noModuleChunks = await Promise.all(sourcesWhere(true).map(fetchChunk));
  const inline = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? "").join("");
  return {
    path,
    status: page.status,
    chunks,
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    noModuleChunks,
    inlineScriptGzipBytes: inline.length > 0 ? gzipSize(inline) : 0,
  };
}
