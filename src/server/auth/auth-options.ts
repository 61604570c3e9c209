import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/env";
import { signInSchema } from "@/lib/validations/auth";
import { ACCOUNT_DISABLED_CODE } from "@/lib/validations/auth";
import { authenticate } from "@/server/auth/authenticate";
import { AppError } from "@/server/errors";
import { clientIp } from "@/server/rate-limit/client-ip";
import { SESSION_LIFETIME_SECONDS, sessionUserFromToken } from "@/server/auth/session-token";

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
    /** Names this sign-in (the notification stream cap counts per session). */
    sessionId?: string;
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
          return authenticate({ ...input.data, ip }).catch((error: unknown) => {
            // next-auth hands a thrown message to the form as its error code.
            if (error instanceof AppError && error.code === "FORBIDDEN") {
              throw new Error(ACCOUNT_DISABLED_CODE);
            }
            return null;
          });
        },
      }),
    ],
    callbacks: {
      // Identity comes only from `authorize`; a client `update()` payload is never copied in.
      jwt({ token, user }) {
        if (!user) return token;
        return {
          sub: user.id,
          sessionVersion: user.sessionVersion,
          signedInAt: Math.floor(Date.now() / 1000),
          sessionId: randomUUID(),
        };
      },
      // Checked on every read, so a password change or a disabled account ends sessions at once.
      async session({ session, token }) {
        const user = await sessionUserFromToken(token);
        return user ? { expires: session.expires, user } : { expires: session.expires };
      },
    },
  };
  return cached;
}
