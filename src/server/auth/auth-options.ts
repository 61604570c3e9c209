import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/env";
import { signInSchema } from "@/lib/validations/auth";
import { authenticate } from "@/server/auth/authenticate";
import { clientIp } from "@/server/auth/client-ip";
import { loadSessionUser } from "@/server/auth/load-session-user";

// Sessions end 30 days after sign-in whatever the activity: next-auth would otherwise renew forever.
export const SESSION_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

declare module "next-auth" {
  interface Session {
    user?: { id: string; username: string; displayName: string; role: "MEMBER" | "ADMIN" };
  }
  interface User {
    id: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    signedInAt?: number;
    revoked?: boolean;
  }
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  cached ??= {
    secret: getEnv().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_LIFETIME_SECONDS },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "password",
        credentials: { identifier: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const input = signInSchema.safeParse(credentials);
          if (!input.success) return null;
          const ip = clientIp(new Headers(req.headers as Record<string, string>));
          const user = await authenticate({ ...input.data, ip }).catch(() => null);
          return user;
        },
      }),
    ],
    callbacks: {
      // Identity comes only from `authorize`; a client `update()` payload is never copied in.
      jwt({ token, user }) {
        if (user) {
          return {
            sub: user.id,
            sessionVersion: user.sessionVersion,
            signedInAt: Math.floor(Date.now() / 1000),
          };
        }
        const age = Math.floor(Date.now() / 1000) - (token.signedInAt ?? 0);
        if (age > SESSION_LIFETIME_SECONDS) return { revoked: true };
        return token;
      },
      // Checked on every read, so a password change or a disabled account ends sessions at once.
      async session({ session, token }) {
        if (token.revoked || !token.sub || token.sessionVersion === undefined)
          return { expires: session.expires };
        const user = await loadSessionUser(token.sub, token.sessionVersion);
        return user ? { expires: session.expires, user } : { expires: session.expires };
      },
    },
  };
  return cached;
}
