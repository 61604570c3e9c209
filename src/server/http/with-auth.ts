import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireCallerOf, requireSessionClaimsOf, type Caller } from "@/server/auth/get-caller";
import type { SessionClaims } from "@/server/auth/session-token";
import { errorResponse } from "@/server/http/error-response";
import { refuseCrossSite } from "@/server/http/refuse-cross-site";
import { findRouteLocale } from "@/server/i18n/request-locale";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

type Handler<TWho, TBody, TParams> = (
  input: TWho & { body: TBody; params: TParams; request: NextRequest },
) => Promise<unknown>;

// zod's core type: classic schemas and the zod/mini ones shared with the browser (src/lib/live).
type Schemas<TBody, TParams> = {
  body?: z.core.$ZodType<TBody>;
  params?: z.core.$ZodType<TParams>;
};

/**
 * Every authenticated route handler goes through here: writes only from the app's own pages and in
 * JSON, 401 without a session, zod-validated params and JSON body, one use case call, and errors
 * mapped to HTTP once.
 */
export function withAuth<TBody = undefined, TParams = undefined>(
  schemas: Schemas<TBody, TParams>,
  handler: Handler<{ caller: Caller }, TBody, TParams>,
) {
  return route(
    schemas,
    requireCallerOf,
    (caller) => caller.id,
    ({ who, ...input }) => handler({ caller: who, ...input }),
  );
}

/**
 * withAuth for a handler whose one statement confirms the session itself, where loading the caller
 * first would double the database round trips of a hot path (the join). The handler gets the
 * cookie's claims and must refuse them when its statement finds the account disabled or the
 * session ended.
 */
export function withSessionClaims<TBody = undefined, TParams = undefined>(
  schemas: Schemas<TBody, TParams>,
  handler: Handler<{ session: SessionClaims }, TBody, TParams>,
) {
  return route(
    schemas,
    requireSessionClaimsOf,
    (claims) => claims.userId,
    ({ who, ...input }) => handler({ session: who, ...input }),
  );
}

function route<TWho, TBody, TParams>(
  schemas: Schemas<TBody, TParams>,
  authenticate: (request: NextRequest) => Promise<TWho>,
  userIdOf: (who: TWho) => string,
  handler: Handler<{ who: TWho }, TBody, TParams>,
) {
  return async (request: NextRequest, context: RouteContext): Promise<Response> => {
    const crossSite = refuseCrossSite(request);
    if (crossSite) return crossSite;
    let who: TWho | undefined;
    try {
      who = await authenticate(request);
      const params = (
        schemas.params ? z.parse(schemas.params, await context.params) : undefined
      ) as TParams;
      const body = (
        schemas.body ? z.parse(schemas.body, await readJson(request)) : undefined
      ) as TBody;
      const result = await handler({ who, body, params, request });
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (error) {
      const locale = await findRouteLocale(request, who && userIdOf(who));
      return errorResponse(error, locale, `${request.method} ${request.nextUrl.pathname}`);
    }
  };
}

async function readJson(request: NextRequest): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return Symbol("malformed JSON");
  }
}
