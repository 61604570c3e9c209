// Compose's variable interpolation, as the Compose Specification defines it (12-interpolation.md):
// `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`, nesting inside
// the default or message, and `$$` for a literal dollar. Applied to values only, never to keys.
// No Docker engine runs where Hearth is tested, so this is how the suite sees what compose would do.

export class ComposeInterpolationError extends Error {
  override name = "ComposeInterpolationError";
}

type Environment = Record<string, string | undefined>;

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/** The braced expression's body, from just after `${` to its matching `}`. */
function bracedBody(text: string, start: number): { body: string; end: number } {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text.startsWith("${", i)) {
      depth++;
      i++;
    } else if (text[i] === "}") {
      depth--;
      if (depth === 0) return { body: text.slice(start, i), end: i + 1 };
    }
  }
  throw new ComposeInterpolationError(
    `invalid interpolation format for "${text}": no closing brace`,
  );
}

function resolveBraced(body: string, env: Environment): string {
  const name = NAME.exec(body)?.[0];
  if (!name) throw new ComposeInterpolationError(`invalid interpolation format: "\${${body}}"`);
  const rest = body.slice(name.length);
  const value = env[name];
  const isUnset = value === undefined;
  const isEmpty = isUnset || value === "";
  for (const [operator, applies] of [
    [":-", isEmpty],
    ["-", isUnset],
    [":?", isEmpty],
    ["?", isUnset],
  ] as const) {
    if (!rest.startsWith(operator)) continue;
    if (!applies) return value ?? "";
    // Evaluated only when used, as compose does: a nested `?` in an unused default never fires.
    const argument = interpolateString(rest.slice(operator.length), env);
    if (operator.endsWith("-")) return argument;
    throw new ComposeInterpolationError(
      `required variable ${name} is missing a value: ${argument}`,
    );
  }
  if (rest !== "")
    throw new ComposeInterpolationError(`invalid interpolation format: "\${${body}}"`);
  // Unset without a default: compose warns and substitutes an empty string.
  return value ?? "";
}

export function interpolateString(text: string, env: Environment): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== "$") {
      out += char;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i++;
    } else if (next === "{") {
      const { body, end } = bracedBody(text, i + 2);
      out += resolveBraced(body, env);
      i = end - 1;
    } else {
      const name = NAME.exec(text.slice(i + 1))?.[0];
      if (!name) {
        out += "$";
        continue;
      }
      out += env[name] ?? "";
      i += name.length;
    }
  }
  return out;
}

/** Interpolates every string value of a parsed compose file (keys stay as written). */
export function interpolateCompose(value: unknown, env: Environment): unknown {
  if (typeof value === "string") return interpolateString(value, env);
  if (Array.isArray(value)) return value.map((item) => interpolateCompose(item, env));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolateCompose(item, env)]),
    );
  }
  return value;
}

/** Every `${...}` expression written in a text, outermost first, as written. */
export function bracedExpressions(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith("$$", i)) {
      i++;
    } else if (text.startsWith("${", i)) {
      const { body, end } = bracedBody(text, i + 2);
      found.push(body);
      found.push(...bracedExpressions(body.slice(NAME.exec(body)?.[0].length ?? 0)));
      i = end - 1;
    }
  }
  return found;
}
