import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const LK_MODULE = "github.com/livekit/livekit-cli/v2";
const LK_VERSION = "v2.18.2";
// livekit-cli v2.18.2 pins a livekit/protocol pseudo-version that some Go proxy mirrors do not
// carry; the fallback builds the same lk against the protocol version livekit-server v1.13.5 uses.
// Its Go module lacks PortAudio's vendored C sources, so lk links Debian's (bench/run.sh installs it).
const TAGS = ["-tags", "portaudio_system"];
const PROTOCOL_FALLBACK = "github.com/livekit/protocol@v1.50.5-0.20260728075222-28e604c046c6";

function isPinned(binary: string): boolean {
  const run = spawnSync(binary, ["--version"], { encoding: "utf8" });
  return run.status === 0 && `${run.stdout}${run.stderr}`.includes(LK_VERSION.slice(1));
}

function goBin(): string {
  return path.join(execFileSync("go", ["env", "GOPATH"], { encoding: "utf8" }).trim(), "bin");
}

/** The local Go's major.minor, so the throwaway module never asks for another toolchain. */
function goVersion(): string {
  const version = execFileSync("go", ["env", "GOVERSION"], { encoding: "utf8" }).trim();
  return version.replace(/^go(\d+\.\d+).*$/, "$1");
}

/** Path of lk v2.18.2: PATH, then Go's bin folder, else built with go install (first time only). */
export function ensureLk(): string {
  const onPath = spawnSync("sh", ["-c", "command -v lk"], { encoding: "utf8" }).stdout.trim();
  if (onPath && isPinned(onPath)) return onPath;
  const installed = path.join(goBin(), "lk");
  if (existsSync(installed) && isPinned(installed)) return installed;

  console.error(
    `fanout: building lk ${LK_VERSION} with go install (first time only, several minutes)`,
  );
  const install = spawnSync("go", ["install", ...TAGS, `${LK_MODULE}/cmd/lk@${LK_VERSION}`], {
    stdio: "inherit",
  });
  if (install.status === 0 && isPinned(installed)) return installed;

  console.error(`fanout: go install failed; building lk ${LK_VERSION} with ${PROTOCOL_FALLBACK}`);
  const dir = path.join(tmpdir(), "hearth-bench-lk-build");
  mkdirSync(dir, { recursive: true });
  const [protocolModule, protocolVersion] = PROTOCOL_FALLBACK.split("@");
  writeFileSync(
    path.join(dir, "go.mod"),
    `module hearthbenchlk\n\ngo ${goVersion()}\n\nrequire ${LK_MODULE} ${LK_VERSION}\n\nreplace ${protocolModule} => ${protocolModule} ${protocolVersion}\n`,
  );
  const build = spawnSync(
    "go",
    ["build", ...TAGS, "-mod=mod", "-o", installed, `${LK_MODULE}/cmd/lk`],
    {
      cwd: dir,
      stdio: "inherit",
    },
  );
  if (build.status === 0 && existsSync(installed)) return installed;
  throw new Error(`could not build lk ${LK_VERSION} (see the go output above)`);
}
