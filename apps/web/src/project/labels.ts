import type { ProjectRole, Visibility } from "../api/Project.ts";

export const VISIBILITY_LABELS: Record<Visibility, { label: string; description: string }> = {
  private: { label: "Private", description: "Only members can open it." },
  unlisted: { label: "Unlisted", description: "Anyone with the link can view it; it is not listed." },
  public: { label: "Public", description: "Anyone can find and view it." },
};

export const ROLE_LABELS: Record<ProjectRole, { label: string; description: string }> = {
  owner: { label: "Owner", description: "Manages settings and members, and can delete the project." },
  editor: { label: "Editor", description: "Edits files and deploys." },
  viewer: { label: "Viewer", description: "Opens the project read-only." },
};
