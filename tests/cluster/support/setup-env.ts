// The app modules the tests import (session cookies, the Prisma client) read the cluster's
// settings, which scripts/lib/cluster.sh wrote to cluster.env and the test command exported.
const required = ["CLUSTER_DIR", "CLUSTER_APP_URL", "CLUSTER_DATABASE_URL", "CLUSTER_AUTH_SECRET"];
for (const name of required) {
  if (!process.env[name])
    throw new Error(`${name} is not set: run these tests with scripts/test.sh`);
}
process.env.DATABASE_URL = process.env.CLUSTER_DATABASE_URL;
process.env.AUTH_SECRET = process.env.CLUSTER_AUTH_SECRET;
process.env.APP_URL = process.env.CLUSTER_APP_URL;
process.env.LIVEKIT_URL = process.env.CLUSTER_LIVEKIT_URL;
process.env.LIVEKIT_API_KEY = process.env.CLUSTER_LIVEKIT_API_KEY;
process.env.LIVEKIT_API_SECRET = process.env.CLUSTER_LIVEKIT_API_SECRET;
