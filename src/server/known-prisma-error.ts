import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";

/**
 * The Prisma failures a caller caused rather than a bug: a unique value already taken, or a row
 * that is not there (an id that names nothing). Both transports answer them as the caller's error.
 */
export function appErrorFromPrisma(error: unknown): AppError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === "P2002") {
    return new AppError("CONFLICT", {
      message: error.message,
      key: "alreadyExists",
    });
  }
  if (error.code === "P2025") {
    return new AppError("NOT_FOUND", { message: error.message, key: "notFound" });
  }
  return null;
}
