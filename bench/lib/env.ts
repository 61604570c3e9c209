// What bench/run.sh hands every benchmark; each benchmark asks only for what it uses.
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is missing: run benchmarks with \`npm run bench -- <name>\``);
  return value;
}

export const benchEnv = {
  appUrl: () => requireEnv("APP_URL"),
  databaseUrl: () => requireEnv("DATABASE_URL"),
  adminDatabaseUrl: () => requireEnv("BENCH_ADMIN_DATABASE_URL"),
  livekitUrl: () => requireEnv("LIVEKIT_URL"),
  livekitKey: () => requireEnv("LIVEKIT_API_KEY"),
  livekitSecret: () => requireEnv("LIVEKIT_API_SECRET"),
  runDir: () => requireEnv("BENCH_RUN_DIR"),
  distDir: () => requireEnv("BENCH_DIST_DIR"),
  appPid: () => Number(requireEnv("BENCH_APP_PID")),
  livekitPid: () => Number(requireEnv("BENCH_LIVEKIT_PID")),
  postgresLog: () => requireEnv("BENCH_POSTGRES_LOG"),
};
