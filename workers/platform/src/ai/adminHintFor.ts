import { AiErrorCode, type AiConfig, KeySource, providerSettings } from "@wove/ai";

/**
 * What whoever runs the platform should set or fix, for a failure people were told about in
 * their own words (see NO_MODEL_MESSAGE): the variable names belong in the server's log and
 * the README, not in the AI panel. Null when the failure is nothing the admin can fix.
 */
export function adminHintFor(code: AiErrorCode, config: AiConfig): string | null {
  const platform = Object.values(config.providers).filter((p) => p.keySource === KeySource.Env);
  if (code === AiErrorCode.NoModelAvailable && platform.length === 0) {
    return (
      "No AI provider is configured for the platform: set ANTHROPIC_API_KEY, OPENAI_API_KEY or GOOGLE_API_KEY, " +
      "or LOCAL_AI_BASE_URL and LOCAL_AI_MODEL for a local server"
    );
  }
  const keyed = code === AiErrorCode.InvalidKey || code === AiErrorCode.PermissionDenied;
  const keyEnvs = platform.flatMap((p) => {
    const setting = providerSettings[p.id];
    return "keyEnv" in setting ? [setting.keyEnv] : [];
  });
  if (keyed && keyEnvs.length > 0)
    return `A vendor refused a key: if it was the platform's, check ${keyEnvs.join(", ")}`;
  if (code === AiErrorCode.ConnectionFailed && config.providers.local?.keySource === KeySource.Env) {
    return "If the local model server failed: check that it runs at LOCAL_AI_BASE_URL";
  }
  return null;
}
