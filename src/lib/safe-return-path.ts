// Any origin works as the base: only whether a path stays on it matters. `.invalid` never resolves.
const BASE = "https://hearth.invalid";

// Browsers drop tabs and newlines from URLs and read `\` as `/`, so `/\t/evil.test` or `/\evil.test`
// would turn into `//evil.test` (another site) after this check had passed them.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

// What a browser, proxy or server that decodes once more could read as "another host": `//x`, `/\x`
// and their percent-encoded forms (`%2F`, `%5C`), anywhere a path starts.
const NETWORK_PATH = /^\/(?:\/|\\|%2f|%5c)/i;

function isPlainPath(path: string): boolean {
  return path.startsWith("/") && !NETWORK_PATH.test(path) && !UNSAFE_CHARACTERS.test(path);
}

// A path that stays plain when decoded and resolved again, as many times as it changes (`%252F`
// decodes twice): some proxy or server on the way might decode it before resolving.
function staysPlainWhenDecoded(pathname: string): boolean {
  let current = pathname;
  for (let pass = 0; pass < 4; pass += 1) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (!isPlainPath(decoded)) return false;
    const resolved = new URL(decoded, BASE);
    if (resolved.origin !== BASE || !isPlainPath(resolved.pathname)) return false;
    if (decoded === current) return true;
    current = decoded;
  }
  return false;
}

/**
 * A same-site path to return to after sign-in; anything else (other hosts, `//evil`, control
 * characters or backslashes anywhere) becomes "/". The checks run on the input and again on the
 * path the URL parser resolved it to (and on that path decoded and resolved again), because resolving `/.//evil`,
 * `/%2e//evil` or `/..//evil` yields `//evil`, which a `Location` header sends to another origin.
 */
export function safeReturnPath(value: string | string[] | undefined | null): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !isPlainPath(path)) return "/";
  let resolved: URL;
  try {
    resolved = new URL(path, BASE);
  } catch {
    return "/";
  }
  if (resolved.origin !== BASE) return "/";
  const result = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  if (!isPlainPath(result)) return "/";
  if (!staysPlainWhenDecoded(resolved.pathname)) return "/";
  // The result must resolve to itself on any origin: a second pass changes nothing.
  if (new URL(result, BASE).origin !== BASE) return "/";
  return result;
}
