/**
 * Comments, and with `strings` also the contents of string and template literals, blanked
 * to spaces, so that a pattern looking for code does not find it in prose. Offsets and line
 * breaks are kept: a match in the mask is at the same place in the source. A lexer would
 * also know regular expression literals and JSX text; these patterns only need to be right
 * about ordinary code.
 */
export function maskCode(text: string, { strings }: { strings: boolean }): string {
  return text.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\[\s\S]|[^`\\])*`/g,
    (token) => {
      const comment = token.startsWith("/");
      if (!comment && !strings) return token;
      const blank = token.replace(/[^\n]/g, " ");
      return comment ? blank : `${token[0]}${blank.slice(1, -1)}${token[0]}`;
    },
  );
}
