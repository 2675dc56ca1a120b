/**
 * The names generated React code most often uses without importing, and the module each
 * comes from: `React` is react's default export, the rest named exports. The hooks are the
 * names a model forgets most; the others are here because they too are only ever React's.
 */
export const reactBindings: ReadonlyMap<string, { module: string; isDefault: boolean }> = new Map([
  ["React", { module: "react", isDefault: true }],
  ...[
    "useState",
    "useEffect",
    "useLayoutEffect",
    "useInsertionEffect",
    "useContext",
    "useReducer",
    "useCallback",
    "useMemo",
    "useRef",
    "useImperativeHandle",
    "useDebugValue",
    "useId",
    "useTransition",
    "useDeferredValue",
    "useSyncExternalStore",
    "useOptimistic",
    "useActionState",
    "Fragment",
    "StrictMode",
    "Suspense",
    "createContext",
    "forwardRef",
    "memo",
    "lazy",
    "startTransition",
  ].map((name) => [name, { module: "react", isDefault: false }] as const),
  ["createRoot", { module: "react-dom/client", isDefault: false }],
  ["hydrateRoot", { module: "react-dom/client", isDefault: false }],
]);
