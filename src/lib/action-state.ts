/**
 * The state a form starts in before its server action first answers (`useActionState`). In
 * src/lib, not beside the action wrapper, because client components need it as a value and import
 * only types from src/server.
 */
export const initialActionState = { ok: false, message: "", fieldErrors: {} } as const;
