import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

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
      <Button type="submit" variant="dark" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      <p
        role="status"
        className={cn("text-sm font-medium", ok ? "text-emerald-700" : "text-red-700")}
      >
        {message}
      </p>
    </div>
  );
}
