import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { focusableIn, wrapFocus } from "./wrapFocus.ts";

/**
 * A modal dialog on the native `<dialog>`: `showModal()` makes the page behind it inert
 * and Escape closes it. Tab is kept inside (it would otherwise reach the browser's own
 * UI), focus starts on the first field (or `[data-autofocus]`), and returns to whatever
 * opened the dialog when it closes.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  wide = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Most of the window, for content such as a diff. */
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const first = dialog.querySelector<HTMLElement>("[data-autofocus]") ?? focusableIn(dialog)[0];
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [open]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab") return;
    const target = wrapFocus(focusableIn(event.currentTarget), document.activeElement, event.shiftKey);
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };

  return (
    // Escape fires `cancel` and then `close`; closing through React keeps one source of truth.
    <dialog
      ref={ref}
      className={wide ? "dialog dialog--wide" : "dialog"}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
