/**
 * Argument JSON cut into three fragments, anywhere (mid-string, mid-escape), as Anthropic and
 * OpenAI stream it: an adapter must join them before parsing.
 */
export function splitArguments(json: string): string[] {
  const third = Math.ceil(json.length / 3);
  return [json.slice(0, third), json.slice(third, 2 * third), json.slice(2 * third)].filter(Boolean);
}
