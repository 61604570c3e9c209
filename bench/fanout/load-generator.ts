// The listeners lk load-test brings, split over several lk processes. lk starts at most 10 testers
// a second per process (it lowers --num-per-second to 10), and each tester holds 12–15 open files
// (a signal socket, and for each of its two peer connections a UDP socket on each of the machine's
// four addresses plus mDNS sockets) against a per-process limit of 20,000 that the bench cannot
// raise: one lk process filling a room with 1,500 testers reached 19,200 open files at about 1,450
// of them. Each process gets at most TESTERS_PER_PROCESS testers and the join rate is shared
// between them.
import { spawn } from "node:child_process";
import { benchEnv } from "../lib/env";
import { pinProcess } from "../lib/cpu-pinning";
import { watchProcess, type Usage } from "../lib/process-usage";
import { watchPressure, type Pressure } from "./process-pressure";

const TESTERS_PER_PROCESS = 500;

export type LoadGenerator = {
  processes: number;
  /** Resolves when every lk process has printed its summaries and exited. */
  exited: Promise<void>;
  /** Each process's output so far. */
  outputs: () => string[];
  /** Their CPU summed (% of one core; they share the cores they are pinned to) and peak memory summed. */
  stopUsage: () => Usage & { peakOpenFilesPerProcess: number };
};

export function startLoadGenerator(
  lk: string,
  roomId: string,
  listeners: number,
  options: { joinRatePerSecond: number; holdSeconds: number; cores: string },
): LoadGenerator {
  const processes = Math.ceil(listeners / TESTERS_PER_PROCESS);
  const children = Array.from({ length: processes }, (_, index) => {
    const subscribers = Math.floor(listeners / processes) + (index < listeners % processes ? 1 : 0);
    const child = spawn(
      lk,
      [
        "--url",
        benchEnv.livekitUrl(),
        "--api-key",
        benchEnv.livekitKey(),
        "--api-secret",
        benchEnv.livekitSecret(),
        "perf",
        "load-test",
        "--room",
        roomId,
        // Distinct identities: two testers with the same identity would evict each other.
        "--identity-prefix",
        `fanout${index}`,
        "--audio-publishers",
        index === 0 ? "1" : "0",
        "--subscribers",
        String(subscribers),
        "--num-per-second",
        String(options.joinRatePerSecond / processes),
        // Counted from the moment this process's testers are all connected.
        "--duration",
        `${options.holdSeconds}s`,
      ],
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } },
    );
    if (child.pid) pinProcess(child.pid, options.cores);
    let output = "";
    // Decoded as streams: lk's table is drawn with multi-byte characters, and one split across two
    // chunks and decoded chunk by chunk garbles that row (a held listener then read as 100% lost).
    child.stdout.setEncoding("utf8").on("data", (text: string) => (output += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (output += text));
    return {
      output: () => output,
      usage: child.pid ? watchProcess(child.pid) : null,
      pressure: child.pid ? watchPressure(child.pid) : null,
      exited: new Promise<void>((resolve) => child.on("close", () => resolve())),
    };
  });
  return {
    processes,
    exited: Promise.all(children.map((child) => child.exited)).then(() => undefined),
    outputs: () => children.map((child) => child.output()),
    stopUsage() {
      const usages = children.map((child) => child.usage?.stop());
      const pressures: (Pressure | undefined)[] = children.map((child) => child.pressure?.stop());
      return {
        cpuPercentOfOneCore: usages.reduce((sum, u) => sum + (u?.cpuPercentOfOneCore ?? 0), 0),
        // A process that ended before its memory was read has none (NaN): left out of the sum.
        peakRssMb: usages.reduce(
          (sum, u) => sum + (Number.isFinite(u?.peakRssMb) ? (u?.peakRssMb ?? 0) : 0),
          0,
        ),
        peakOpenFilesPerProcess: Math.max(0, ...pressures.map((p) => p?.peakOpenFiles ?? 0)),
      };
    },
  };
}
