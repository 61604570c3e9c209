import "server-only";

export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
} as const;

export type AppErrorCode = keyof typeof errorStatus;

/** A failure a use case expects; `message` is for logs, `userMessage` is safe to show people. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  /** The form field the error is about, when there is one (shown next to that field). */
  readonly field: string | undefined;

  constructor(
    code: AppErrorCode,
    options: { message?: string; userMessage: string; field?: string },
  ) {
    super(options.message ?? options.userMessage);
    this.name = "AppError";
    this.code = code;
    this.userMessage = options.userMessage;
    this.field = options.field;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}
