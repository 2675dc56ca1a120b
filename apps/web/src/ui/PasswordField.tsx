import { credentialAttributes, MIN_PASSWORD_LENGTH } from "./credentialAttributes.ts";
import { TextField } from "./TextField.tsx";

/**
 * A password input with the attributes every form shares (credentialAttributes.ts); a new
 * password says how long it must be.
 */
export function PasswordField({
  purpose,
  value,
  onChange,
  error,
}: {
  purpose: "current" | "new";
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <TextField
      {...credentialAttributes.password(purpose)}
      label="Password"
      value={value}
      onChange={onChange}
      hint={purpose === "new" ? `At least ${MIN_PASSWORD_LENGTH} characters.` : undefined}
      error={error}
    />
  );
}
