import { useEffect, useState } from "react";
import { languageFor } from "../editor/languageFor.ts";
import { loadMonaco } from "../editor/loadMonaco.ts";

/**
 * Code as Monaco colours it (`monaco.editor.colorize`: the same grammars and theme as the
 * editor, which has loaded Monaco already), or null until then or while `paused` (an
 * answer still streaming is not re-coloured on every token). Monaco escapes the text.
 */
export function useColorized(code: string, lang: string, path: string | null, paused: boolean): string | null {
  const [html, setHtml] = useState<{ code: string; html: string } | null>(null);
  useEffect(() => {
    if (paused) return;
    let cancelled = false;
    loadMonaco()
      .then((monaco) => {
        // By the path's extension ("a.ts"), the fence's extension ("ts") or a language name ("typescript").
        let language = languageFor(path ?? `code.${lang}`);
        if (language === "plaintext" && lang) {
          const named = lang.toLowerCase();
          const known = monaco.languages
            .getLanguages()
            .find((l) => l.id === named || l.aliases?.some((alias) => alias.toLowerCase() === named));
          if (known) language = known.id;
        }
        return monaco.editor.colorize(code, language, { tabSize: 2 });
      })
      .then(
        (colored) => {
          if (!cancelled) setHtml({ code, html: colored });
        },
        // Not coloured (Monaco could not load offline): the plain text stays.
        () => undefined,
      );
    return () => {
      cancelled = true;
    };
  }, [code, lang, path, paused]);
  return html?.code === code ? html.html : null;
}
