export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors: Record<string, string[] | undefined> };

export const initialActionState = { ok: false, message: "", fieldErrors: {} } as const;
