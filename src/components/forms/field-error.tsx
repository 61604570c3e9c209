/** The first error of a field, announced politely; `id` ties it to the control's aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  return (
    <p id={id} aria-live="polite" className="text-sm text-red-700">
      {errors?.[0]}
    </p>
  );
}
