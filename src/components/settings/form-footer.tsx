type FormFooterProps = {
  pending: boolean;
  label: string;
  pendingLabel: string;
  message: string;
  ok: boolean;
};

/** The submit button and the form's outcome, announced politely when it changes. */
export function FormFooter({ pending, label, pendingLabel, message, ok }: FormFooterProps) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-ink-900 px-5 py-2.5 font-semibold text-white hover:bg-ink-600 disabled:opacity-60"
      >
        {pending ? pendingLabel : label}
      </button>
      <p
        role="status"
        className={`text-sm font-medium ${ok ? "text-emerald-700" : "text-red-700"}`}
      >
        {message}
      </p>
    </div>
  );
}
