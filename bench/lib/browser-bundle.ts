import { buildSync } from "esbuild";

/**
 * Bundles a browser-side bench script into one IIFE string. esbuild comes with tsx; the bench uses
 * it so page scripts are TypeScript like the rest, without adding a bundler to the app.
 */
export function bundleForBrowser(entry: string): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    target: "chrome120",
    write: false,
    logLevel: "error",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.text;
}
