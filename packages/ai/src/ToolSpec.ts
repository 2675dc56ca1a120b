/**
 * A tool the model may call: OpenAI-style function name, and its arguments as a JSON Schema
 * object (`{type: "object", properties, required}`). Each adapter renames the fields for its vendor.
 */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}
