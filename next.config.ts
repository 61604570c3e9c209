import { createRequire } from "node:module";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { apiSecurityHeaders } from "./src/lib/security/headers";

// next-intl reads its per-request config (locale, time zone, catalogues) from src/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

// The browser's catalogue is precompiled (src/i18n/load-messages.ts): use-intl's formatter import
// is pointed at ours, which formats compiled messages directly and hands any other to use-intl's own
// formatter, reached under a second name (Turbopack takes relative paths from the project root).
const useIntlSourceFormatter = path.relative(
  process.cwd(),
  createRequire(import.meta.url).resolve("use-intl/format-message"),
);

const nextConfig: NextConfig = {
  turbopack: {
    resolveAlias: {
      "use-intl/format-message": "./src/i18n/format-message.ts",
      "use-intl-source-formatter": `./${useIntlSourceFormatter}`,
    },
  },
  // A separate build folder lets two builds of one checkout run side by side (e.g. a bench run).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  output: "standalone",
  poweredByHeader: false,
  // The message catalogues are read from disk at run time (src/i18n/load-messages.ts).
  outputFileTracingIncludes: { "/**": ["./messages/**/*.json"] },
  reactStrictMode: true,
  // Types are checked by the test command's own tsc run over the whole project (tests included),
  // which CI runs on every change: a build does not check them again (a minute of a newcomer's first
  // start on two cores). The test command's build (HEARTH_TEST_BUILD=1) builds a clean clone once,
  // so it also writes no Turbopack cache nobody will read.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    turbopackFileSystemCacheForBuild: process.env.HEARTH_TEST_BUILD !== "1",
    // Server actions take small forms, and anyone may post to some (sign-up, the invite code):
    // Next.js reads an action's whole body before it runs. The largest honest one, an event's
    // edit with a 500-character description and React's encoding of the form state, is under
    // 8 KB. Profile photos (5 MB) go to PUT /api/photos, a route that reads them after the
    // session check.
    serverActions: { bodySizeLimit: "64kb" },
  },
  // The database driver stays outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // API responses: static headers, so JSON routes skip the proxy (src/proxy.ts) and its cost.
  headers: () =>
    Promise.resolve([
      {
        source: "/api/:path*",
        headers: Object.entries(apiSecurityHeaders(process.env.NODE_ENV === "production")).map(
          ([key, value]) => ({ key, value }),
        ),
      },
    ]),
  // Profiles live at /@username, but App Router reads an `@` folder as a parallel-route slot.
  rewrites: () => Promise.resolve([{ source: "/@:username", destination: "/u/:username" }]),
};

export default withNextIntl(nextConfig);
