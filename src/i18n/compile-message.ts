import compile from "icu-minify/compile";
import type { CompiledMessage } from "icu-minify/format";

/**
 * A message as the browser's formatter takes it (src/i18n/format-message.ts): an array, formatted
 * without parsing, or the source itself when it is plain text. A plain message that ICU quoting
 * changes ("'<name>'" prints "<name>") stays an array of its text, so it is not parsed again.
 */
export function compileMessage(source: string): CompiledMessage {
  const compiled = compile(source);
  if (typeof compiled === "string") return compiled === source ? compiled : [compiled];
  // icu-minify builds its plural and select cases without a prototype, which React will not pass
  // from a server component to the client: as JSON they become plain objects.
  return JSON.parse(JSON.stringify(compiled)) as CompiledMessage;
}
