// The load generator, run as its own process pinned to its own core: argv[2] names a JSON file of
// LoadPlan; prints one LoadOutcome as JSON on stdout.
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export type LoadPlan = {
  url: string;
  method: "GET" | "POST";
  path: string;
  connections: number;
  durationSeconds: number;
  /** Cookies to rotate through, one per request; empty for an anonymous route. */
  cookies: string[];
};

export type LoadOutcome = {
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCounts: Record<string, number>;
  perSecond: number[];
  latenciesMs: number[];
  durationSeconds: number;
};

const plan = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as LoadPlan;
let nextCookie = 0;
const instance = autocannon({
  url: plan.url,
  connections: plan.connections,
  duration: plan.durationSeconds,
  timeout: 10,
  requests: [
    {
      method: plan.method,
      path: plan.path,
      // API writes must come from the app's own origin (src/proxy.ts), as the room page's do.
      headers: { "content-type": "application/json", origin: new URL(plan.url).origin },
      setupRequest(request) {
        const cookie = plan.cookies[nextCookie++ % Math.max(1, plan.cookies.length)];
        return cookie ? { ...request, headers: { ...request.headers, cookie } } : request;
      },
    },
  ],
});

const latenciesMs: number[] = [];
const perSecond: number[] = [];
const statusCounts: Record<string, number> = {};
instance.on("response", (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
  latenciesMs.push(Math.round(ms * 100) / 100);
  statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
});
instance.on("tick", (tick: { counter: number }) => perSecond.push(tick.counter));

const result = await instance;
const outcome: LoadOutcome = {
  requests: result.requests.total,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  statusCounts,
  // autocannon can tick once more after the run; only whole seconds of the run count.
  perSecond: perSecond.slice(0, plan.durationSeconds),
  latenciesMs,
  durationSeconds: result.duration,
};
process.stdout.write(JSON.stringify(outcome));
