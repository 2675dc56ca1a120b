import { useId, useState, type KeyboardEvent } from "react";

/**
 * The inline name field for a new or renamed entry. Enter submits, Escape cancels;
 * a refused name stays in the field with the reason under it, so nothing typed is lost.
 */
export function ExplorerNameInput({
  label,
  initial,
  depth,
  hint,
  placeholder,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial: string;
  depth: number;
  /** What to say under the field for what is typed now (where a new entry will go). */
  hint?: (value: string) => string;
  placeholder?: string;
  /** Answers why the name was refused, or null when it was taken. */
  onSubmit: (name: string) => string | null;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const hintId = useId();
  const described = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      setError(onSubmit(value));
    } else if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <div className="explorer__edit" style={{ paddingInlineStart: `${0.5 + depth * 0.9}rem` }}>
      <input
        // The person just asked for this field.
        autoFocus
        className="explorer__input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          // Select the name without its extension, as desktop editors do.
          const dot = e.target.value.lastIndexOf(".");
          e.target.setSelectionRange(0, dot > 0 ? dot : e.target.value.length);
        }}
        onBlur={() => (value.trim() && value !== initial ? setError(onSubmit(value)) : onCancel())}
      />
      {hint && (
        <p id={hintId} className="explorer__hint">
          {hint(value)}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="explorer__error">
          {error}
        </p>
      )}
    </div>
  );
}
