import type { ButtonHTMLAttributes } from "react";

/**
 * A button for a request to the server: off and marked busy while it is on its way, with a
 * label that says so ("Stopping…"), so a second press cannot send it twice.
 */
export function PendingButton({
  pending,
  label,
  pendingLabel,
  disabled,
  type = "button",
  ...button
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "children" | "type"> & {
  type?: "button" | "submit";
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <button {...button} type={type} disabled={pending || disabled} aria-busy={pending || undefined}>
      {pending ? pendingLabel : label}
    </button>
  );
}
