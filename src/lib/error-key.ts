import type englishErrors from "../../messages/en/errors.json";

// Messages for people that the server writes (zod field errors, AppError refusals) are keys of the
// `errors` catalogue, translated where they leave the server (src/server/i18n/translate-error.ts)
// or, for checks the browser runs itself, where they are shown.

export type ErrorKey = keyof typeof englishErrors;
export type ErrorValues = Record<string, string | number>;

/** A catalogue key as a zod message: checked here at compile time, worded where it is shown. */
export function errorKey(key: ErrorKey): ErrorKey {
  return key;
}

/** Every message of a flattened zod error, passed through `word` (a translation). */
export function mapFieldMessages(
  fieldErrors: Record<string, string[] | undefined>,
  word: (message: string) => string,
): Record<string, string[] | undefined> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [field, messages?.map(word)]),
  );
}
