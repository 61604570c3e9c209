import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { requireCallerOf, type Caller } from "@/server/auth/get-caller";
import { errorResponse } from "@/server/http/error-response";
import { findRouteLocale } from "@/server/i18n/request-locale";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

type Handler<TBody, TParams> = (input: {
  caller: Caller;
  body: TBody;
  params: TParams;
  request: NextRequest;
}) => Promise<unknown>;

type Schemas<TBody, TParams> = { body?: z.ZodType<TBody>; params?: z.ZodType<TParams> };

/**
 * Every authenticated route handler goes through here: 401 without a session, zod-validated
 * params and JSON body, one use case call, and errors mapped to HTTP once.
 */
export function withAuth<TBody = undefined, TParams = undefined>(
  schemas: Schemas<TBody, TParams>,
  handler: Handler<TBody, TParams>,
) {
  return async (request: NextRequest, context: RouteContext): Promise<Response> => {
    let caller: Caller | undefined;
    try {
      caller = await requireCallerOf(request);
      const params = (
        schemas.params ? schemas.params.parse(await context.params) : undefined
      ) as TParams;
      const body = (
        schemas.body ? schemas.body.parse(await readJson(request)) : undefined
      ) as TBody;
      const result = await handler({ caller, body, params, request });
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (error) {
      return errorResponse(error, await findRouteLocale(request, caller?.id));
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
