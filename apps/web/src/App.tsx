import { RouterProvider } from "react-router/dom";
import { router } from "./router.tsx";
import { useDocumentTheme } from "./ui/useTheme.ts";

export function App() {
  useDocumentTheme();
  return <RouterProvider router={router} />;
}
