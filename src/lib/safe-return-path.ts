// Any origin works as the base: only whether a path stays on it matters. `.invalid` never resolves.
const BASE = "https://hearth.invalid";

// Browsers drop tabs and newlines from URLs and read `\` as `/`, so `/\t/evil.test` or `/\evil.test`
// would turn into `//evil.test` (another site) after this check had passed them.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/**
 * A same-site path to return to after sign-in; anything else (other hosts, `//evil`, control
 * characters or backslashes anywhere) becomes "/". Returns the path as the URL parser resolved it.
 */
export function safeReturnPath(value: string | string[] | undefined | null): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || UNSAFE_CHARACTERS.test(path)) {
    return "/";
  }
  let resolved: URL;
  try {
    resolved = new URL(path, BASE);
  } catch {
    return "/";
  }
  if (resolved.origin !== BASE) return "/";
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
