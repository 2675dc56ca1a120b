import type { AiModel } from "@wove/protocol";

/** "auto" (Wove picks per task) or one of the models this person can use. */
export function ModelPicker({
  models,
  auto,
  value,
  onChange,
}: {
  models: AiModel[];
  auto: boolean;
  value: string;
  onChange: (id: string) => void;
}) {
  const known = value === "auto" || models.some((m) => m.id === value);
  return (
    <select
      className="ai-model"
      aria-label="Model"
      value={known ? value : "auto"}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="auto" disabled={!auto}>
        Auto (Wove picks per task)
      </option>
      {models.map((model) => (
        <option key={model.id} value={model.id}>
          {model.label ?? model.model} · {model.provider}
          {model.keySource === "user" ? " (your key)" : ""}
        </option>
      ))}
    </select>
  );
}
