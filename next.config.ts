import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
};

export default nextConfig;
