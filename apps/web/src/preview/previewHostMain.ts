import { hostPreview } from "./previewHost.ts";

hostPreview(window);
