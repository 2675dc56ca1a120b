import { useId } from "react";
import { Visibility } from "../api/Project.ts";
import { VISIBILITY_LABELS } from "./labels.ts";

const OPTIONS = Object.values(Visibility);

/** Who can open the project, as a radio group (arrow keys move between the choices). */
export function VisibilityField({
  value,
  onChange,
  error,
  disabled,
}: {
  value: Visibility;
  onChange: (value: Visibility) => void;
  error?: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <fieldset
      className="field choices"
      disabled={disabled}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>Visibility</legend>
      {OPTIONS.map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name={`${id}-visibility`}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
            aria-describedby={`${id}-${option}`}
          />
          <span>
            <span className="choice__label">{VISIBILITY_LABELS[option].label}</span>
            <span className="choice__hint" id={`${id}-${option}`}>
              {VISIBILITY_LABELS[option].description}
            </span>
          </span>
        </label>
      ))}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
