import type { ReactNode } from "react";

/** A form's submit button: disabled, and saying what it is doing, while the request runs. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  className = "button button--primary",
  disabled,
}: {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
  className?: string;
  disabled?: boolean;
}) {
  return (
    <button type="submit" className={className} disabled={pending || disabled} aria-busy={pending || undefined}>
      {pending ? pendingLabel : children}
    </button>
  );
}
