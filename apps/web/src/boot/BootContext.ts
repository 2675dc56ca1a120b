import { createContext } from "react";
import type { BootHandle } from "./BootHandle.ts";

/**
 * What boot built before the app rendered (a deep-linked file's document and editor), for
 * the IDE session and its editor to take; null when boot built nothing. Provided once, by
 * renderApp; its value never changes.
 */
export const BootContext = createContext<BootHandle | null>(null);
