// Runs Next.js's own server-action handler (next/dist/server/app-render/action-handler) on one
// oversized POST, as `next start` would for a page, and prints what happened as JSON. It runs in a
// child process started with `--conditions=react-server`, which React's server decoder requires.
// argv[2]: the app's `experimental.serverActions` (JSON); argv[3]: how many bytes of junk to send,
// or "form" for a small, well-formed action call (the control: its action is looked up).
"use strict";
const { AsyncLocalStorage } = require("node:async_hooks");
const { Readable } = require("node:stream");

globalThis.AsyncLocalStorage = AsyncLocalStorage;
const { addHookAliases } = require("next/dist/server/require-hook");
addHookAliases([
  [
    "react-server-dom-webpack/server.node",
    require.resolve("next/dist/compiled/react-server-dom-webpack/server.node"),
  ],
]);
const { setManifestsSingleton } = require("next/dist/server/app-render/manifests-singleton");
const { handleAction } = require("next/dist/server/app-render/action-handler");

const serverActions = JSON.parse(process.argv[2]);
const CHUNK = 64 * 1024;
const BOUNDARY = "----hearth";
// React's encoding of a call with no arguments: field "0" is the argument list.
const FORM = Buffer.from(
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--${BOUNDARY}--\r\n`,
);
const total = process.argv[3] === "form" ? FORM.length : Number(process.argv[3]);
// An action the build registered for the sign-up page (the id's shape is Next's: 42 hex digits).
const ACTION_ID = `7f${"ab".repeat(20)}`;
const PAGE = "/invite/[code]/page";

async function main() {
  setManifestsSingleton({
    page: PAGE,
    clientReferenceManifest: {
      clientModules: {},
      edgeRscModuleMapping: {},
      rscModuleMapping: {},
      moduleLoading: { prefix: "" },
      entryCSSFiles: {},
      entryJSFiles: {},
      edgeSSRModuleMapping: {},
      ssrModuleMapping: {},
    },
    serverActionsManifest: {
      encryptionKey: "",
      node: { [ACTION_ID]: { workers: { [`app${PAGE}`]: { moduleId: "signup", async: false } } } },
      edge: {},
    },
  });
  let pulled = 0;
  const body = new Readable({
    read() {
      if (pulled >= total) return void this.push(null);
      if (process.argv[3] === "form") {
        pulled = total;
        return void this.push(FORM);
      }
      const size = Math.min(CHUNK, total - pulled);
      pulled += size;
      this.push(Buffer.alloc(size, 0x61));
    },
  });
  let actionLoaded = false;
  let refusal = null;
  const res = { statusCode: 200, setHeader() {}, getHeader() {} };
  const outcome = await handleAction({
    req: {
      method: "POST",
      url: "/invite/abc",
      headers: {
        host: "hearth.example",
        origin: "https://hearth.example",
        "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
        "next-action": ACTION_ID,
      },
      body,
    },
    res,
    // The action itself is never looked up before the body is read: if it were, this would run.
    ComponentMod: {
      __next_app__: {
        require: () => {
          actionLoaded = true;
          return {};
        },
      },
    },
    generateFlight: async (_ctx, _store, { actionResult }) => {
      refusal = await actionResult.then(
        () => null,
        (error) => String(error).split("\n")[0],
      );
      return "flight";
    },
    workStore: {},
    requestStore: {},
    serverActions,
    ctx: { renderOpts: { page: PAGE, basePath: "" }, fallbackRouteParams: null },
    metadata: {},
  });
  process.stdout.write(
    JSON.stringify({ status: res.statusCode, pulled, actionLoaded, refusal, type: outcome?.type }),
  );
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
