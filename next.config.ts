import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // A separate build folder lets two builds of one checkout run side by side (e.g. a bench run).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  // Profiles live at /@username, but App Router reads an `@` folder as a parallel-route slot.
  rewrites: () => Promise.resolve([{ source: "/@:username", destination: "/u/:username" }]),
};

export default nextConfig;
