import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabaseOptions = {
  /** A directory to persist to, or undefined for an in-memory database. */
  dataDir?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
};

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * PGlite (Postgres compiled to WASM) behind a Postgres wire-protocol socket, so the app talks to it
 * through the same pg driver and Prisma adapter as to a real server. PGlite is one session, so the
 * app uses a pool of one connection against it (DATABASE_POOL_MAX=1).
 */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions = {},
): Promise<EmbeddedDatabase> {
  const host = options.host ?? "127.0.0.1";
  // pg_trgm ships inside the PGlite package: search's migration creates it like on a server.
  const db = await PGlite.create(options.dataDir ?? "memory://", { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: 4 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(":").pop());
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
