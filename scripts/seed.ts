// Seeds the admin account (once) and mints a fresh invite link; prints both for the run command.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/env";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import { createInvite } from "@/server/invites/create-invite";

const credentialsFile = path.resolve(import.meta.dirname, "../.data/admin-credentials.json");
type Credentials = { email: string; username: string; password: string };

async function readSavedCredentials(): Promise<Credentials | undefined> {
  try {
    return JSON.parse(await readFile(credentialsFile, "utf8")) as Credentials;
  } catch {
    return undefined;
  }
}

async function ensureAdmin(): Promise<{ id: string; credentials: Credentials | undefined }> {
  const existing = await db.user.findFirst({ where: { role: "ADMIN" }, select: { id: true } });
  if (existing) return { id: existing.id, credentials: await readSavedCredentials() };

  // `||`, not `??`: a blank line in a .env file or compose file gives "", which means "not set".
  const credentials: Credentials = {
    email: process.env.SEED_ADMIN_EMAIL || "admin@hearth.local",
    username: "admin",
    password: process.env.SEED_ADMIN_PASSWORD || randomBytes(12).toString("base64url"),
  };
  const admin = await db.user.create({
    data: {
      email: credentials.email.toLowerCase(),
      username: credentials.username,
      displayName: "Hearth Admin",
      passwordHash: await hashPassword(credentials.password),
      role: "ADMIN",
      invitesLeft: 0,
    },
    select: { id: true },
  });
  await mkdir(path.dirname(credentialsFile), { recursive: true });
  await writeFile(credentialsFile, JSON.stringify(credentials, null, 2));
  await chmod(credentialsFile, 0o600);
  return { id: admin.id, credentials };
}

const admin = await ensureAdmin();
const invite = await createInvite({ actorId: admin.id });
const appUrl = getEnv().APP_URL.replace(/\/$/, "");

console.log("");
if (admin.credentials) {
  console.log(`  Admin:   ${admin.credentials.email} / ${admin.credentials.password}`);
} else {
  console.log("  Admin:   exists already (its password was printed when it was created)");
}
console.log(
  `  Invite:  ${appUrl}/invite/${invite.code}   (expires ${invite.expiresAt.toISOString().slice(0, 10)})`,
);
console.log("");
await db.$disconnect();
