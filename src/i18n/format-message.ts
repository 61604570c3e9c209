// use-intl formats every message through "use-intl/format-message"; next.config.ts points that
// import here in every Next.js bundle. The browser's catalogue is precompiled (compile-message.ts):
// its messages with arguments are formatted without parsing ICU or building an IntlMessageFormat
// for each, work the room's profile showed in its longest tasks. The server's catalogue is the
// source (server components, emails, pushes, errors), formatted by use-intl's own formatter.
import formatSource from "use-intl-source-formatter";
import formatCompiled from "use-intl/format-message/format-only";

type SourceArgs = Parameters<typeof formatSource>;

export default function formatMessage(...args: SourceArgs): ReturnType<typeof formatSource> {
  const [key, message, values, options] = args;
  if (Array.isArray(message)) return formatCompiled(key, message, values, options);
  // A compiled message left a string is its source (tests/unit/precompiled-messages.test.ts).
  return formatSource(...args);
}

// t.raw would hand the browser a compiled message: use-intl refuses it when this is false.
formatMessage.raw = false;
