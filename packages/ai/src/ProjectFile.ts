/** A text file of the project, as the router sees it: path and content, nothing else. */
export interface ProjectFile {
  /** POSIX, relative: `src/app.tsx`. */
  path: string;
  text: string;
}
