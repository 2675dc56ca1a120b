import { credentialAttributes } from "./credentialAttributes.ts";
import { TextField } from "./TextField.tsx";

/** An email input with the attributes every form shares (credentialAttributes.ts). */
export function EmailField({
  label = "Email",
  whose,
  value,
  onChange,
  hint,
  error,
}: {
  label?: string;
  /** "yours": the person's own address (autofilled); "theirs": someone else's. */
  whose: "yours" | "theirs";
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}) {
  return (
    <TextField
      {...credentialAttributes.email(whose)}
      label={label}
      value={value}
      onChange={onChange}
      hint={hint}
      error={error}
    />
  );
}
