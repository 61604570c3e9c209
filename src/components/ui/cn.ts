import { clsx, type ClassValue } from "clsx";

/** Joins class names, dropping falsy ones (the kit's variants plus a caller's layout classes). */
export function cn(...values: ClassValue[]): string {
  return clsx(values);
}
