/**
 * The platform Worker's route table: read this file to see where a request goes.
 * Handlers live one per file under routes/; Durable Object classes under rooms/.
 * Every project route asks `authorizeProject` (projects/projectAccess.ts), which asks
 * the one policy, `can` (policy/can.ts).
 */
import { Hono } from "hono";
import {
  approveAgentRunSchema,
  createAgentProjectSchema,
  createAgentRunSchema,
  messageAgentRunSchema,
  resumeAgentRunSchema,
} from "./agent/agentSchemas.ts";
import { approveAgentRun } from "./routes/approveAgentRun.ts";
import { createAgentProject } from "./routes/createAgentProject.ts";
import { createAgentRun } from "./routes/createAgentRun.ts";
import { getAgentRun } from "./routes/getAgentRun.ts";
import { listAgentRuns } from "./routes/listAgentRuns.ts";
import { messageAgentRun } from "./routes/messageAgentRun.ts";
import { resumeAgentRun } from "./routes/resumeAgentRun.ts";
import { stopAgentRun } from "./routes/stopAgentRun.ts";
import { undoAgentRun } from "./routes/undoAgentRun.ts";
import { wakeAgentRuns } from "./routes/wakeAgentRuns.ts";
import type { AppEnv } from "./AppEnv.ts";
import { notFound } from "./errors/notFound.ts";
import { onError } from "./errors/onError.ts";
import { limitAuthAttempts } from "./middleware/limitAuthAttempts.ts";
import { checkAuthNames } from "./middleware/checkAuthNames.ts";
import { checkLocalHost } from "./middleware/checkLocalHost.ts";
import { checkOrigin } from "./middleware/checkOrigin.ts";
import { limitApiKeys } from "./middleware/limitApiKeys.ts";
import { limitBody } from "./middleware/limitBody.ts";
import { limitPerPerson } from "./middleware/limitPerPerson.ts";
import { validateJson } from "./middleware/validateJson.ts";
import { withAuth } from "./middleware/withAuth.ts";
import { requirePublicUrl } from "./middleware/requirePublicUrl.ts";
import { serveDeployedSite } from "./middleware/serveDeployedSite.ts";
import { serveOutbound } from "./middleware/serveOutbound.ts";
import { withDb } from "./middleware/withDb.ts";
import {
  addMemberSchema,
  createProjectSchema,
  transferProjectSchema,
  updateMemberSchema,
  updateProjectSchema,
} from "./projects/schemas.ts";
import { acceptInvitation } from "./routes/acceptInvitation.ts";
import { acceptProjectInvitation } from "./routes/acceptProjectInvitation.ts";
import { activateDeployment } from "./routes/activateDeployment.ts";
import { addMember } from "./routes/addMember.ts";
import { answerChat, answerChatSchema } from "./routes/answerChat.ts";
import { createApiKey, createApiKeySchema } from "./routes/createApiKey.ts";
import { createDeployment } from "./routes/createDeployment.ts";
import { createProject } from "./routes/createProject.ts";
import { createRoomToken } from "./routes/createRoomToken.ts";
import { deleteProject } from "./routes/deleteProject.ts";
import { deleteProviderKey } from "./routes/deleteProviderKey.ts";
import { getAiUsage } from "./routes/getAiUsage.ts";
import { getBlob } from "./routes/getBlob.ts";
import { getConfig } from "./routes/getConfig.ts";
import { getDeployment } from "./routes/getDeployment.ts";
import { getHealth } from "./routes/getHealth.ts";
import { getInvitation } from "./routes/getInvitation.ts";
import { getPackument } from "./routes/getPackument.ts";
import { getProject } from "./routes/getProject.ts";
import { getSite } from "./routes/getSite.ts";
import { getSiteBundle } from "./routes/getSiteBundle.ts";
import { getTarball } from "./routes/getTarball.ts";
import { handleAuth } from "./routes/handleAuth.ts";
import { listAiModels } from "./routes/listAiModels.ts";
import { listDeployments } from "./routes/listDeployments.ts";
import { listDevMailbox } from "./routes/listDevMailbox.ts";
import { listMembers } from "./routes/listMembers.ts";
import { listMyInvitations } from "./routes/listMyInvitations.ts";
import { listProviderKeys } from "./routes/listProviderKeys.ts";
import { listProjects } from "./routes/listProjects.ts";
import { openRoom } from "./routes/openRoom.ts";
import { removeMember } from "./routes/removeMember.ts";
import { clientErrorSchema, reportClientError } from "./routes/reportClientError.ts";
import { revokeInvitation } from "./routes/revokeInvitation.ts";
import { saveProviderKey, saveProviderKeySchema } from "./routes/saveProviderKey.ts";
import { testProviderKey } from "./routes/testProviderKey.ts";
import { transferProject } from "./routes/transferProject.ts";
import { updateMember } from "./routes/updateMember.ts";
import { updateProject } from "./routes/updateProject.ts";
import { updateSite, updateSiteSchema } from "./routes/updateSite.ts";
import { uploadBlob } from "./routes/uploadBlob.ts";

export const app = new Hono<AppEnv>();

// Production without an https PUBLIC_URL answers nothing but why (middleware/requirePublicUrl.ts);
// locally, only the platform's own host names are answered (DNS rebinding).
// Workers for Platforms: a user Worker's outbound fetch, when the platform is the
// namespace's outbound Worker (middleware/serveOutbound.ts). Nothing else has WOVE_OUTBOUND.
app.use("*", serveOutbound);
app.use("*", requirePublicUrl, checkLocalHost);
// Deployed sites are chosen by Host header, before anything of the platform's own runs.
app.use("*", serveDeployedSite);
// The local site host fetching a bundle (npm start only): its key is its authority, so it
// is answered before the session and API-key middleware below.
app.get("/api/site-host/bundles/:hash", getSiteBundle);
// A state-changing request from a page that is not the platform's is refused; a request
// made with an API key is refused when the key's scopes do not cover it.
app.use("/api/*", checkOrigin, withDb, withAuth, limitApiKeys);

// Blob uploads have their own, larger limit; the handler answers without calling next,
// so the general limit registered below never applies to them.
app.put("/api/projects/:id/blobs", limitBody("MAX_BLOB_BYTES"), limitPerPerson("blobs"), uploadBlob);
app.use("/api/*", limitBody("MAX_BODY_BYTES"));
// Routes that make something count it against the person's quota (limits/personQuotas.ts): limitPerPerson.

app.get("/api/health", getHealth);
app.get("/api/config", getConfig);
app.post("/api/client-errors", validateJson(clientErrorSchema), reportClientError);

// Accounts: better-auth's endpoints (sign-up, sign-in, magic link, teams, API keys).
app.on(["GET", "POST"], "/api/auth/*", limitAuthAttempts, checkAuthNames, handleAuth);
app.post("/api/keys", validateJson(createApiKeySchema), limitPerPerson("keys"), createApiKey);
app.get("/api/dev/mailbox", listDevMailbox);

// Projects
app.post("/api/projects", validateJson(createProjectSchema), limitPerPerson("projects"), createProject);
app.get("/api/projects", listProjects);
app.get("/api/projects/:id", getProject);
app.patch("/api/projects/:id", validateJson(updateProjectSchema), updateProject);
app.delete("/api/projects/:id", deleteProject);
app.post("/api/projects/:id/transfer", validateJson(transferProjectSchema), transferProject);
app.post("/api/projects/:id/room-token", createRoomToken);
app.get("/api/projects/:id/sync", openRoom);
app.get("/api/projects/:id/blobs/:hash", getBlob);

// Members and invitations
app.get("/api/projects/:id/members", listMembers);
app.post("/api/projects/:id/members", validateJson(addMemberSchema), limitPerPerson("invitations"), addMember);
app.patch("/api/projects/:id/members/:memberId", validateJson(updateMemberSchema), updateMember);
app.delete("/api/projects/:id/members/:memberId", removeMember);
app.delete("/api/projects/:id/invitations/:invitationId", revokeInvitation);
app.post("/api/projects/:id/invitations/:invitationId/accept", acceptProjectInvitation);
app.get("/api/invitations", listMyInvitations);
app.get("/api/invitations/:token", getInvitation);
app.post("/api/invitations/:token/accept", acceptInvitation);

// Deploys: a project's site (name, URL) and its deployments (history, status, log, rollback)
app.get("/api/projects/:id/site", getSite);
app.patch("/api/projects/:id/site", validateJson(updateSiteSchema), updateSite);
app.post("/api/projects/:id/deployments", limitPerPerson("deploys"), createDeployment);
app.get("/api/projects/:id/deployments", listDeployments);
app.get("/api/projects/:id/deployments/:deploymentId", getDeployment);
app.post("/api/projects/:id/deployments/:deploymentId/activate", activateDeployment);

// The builder agent: runs on a project (plan, approval, live log, stop/resume/undo, steering),
// and "Describe your app", which makes the project too
app.post("/api/projects/:id/agent-runs", validateJson(createAgentRunSchema), createAgentRun);
app.get("/api/projects/:id/agent-runs", listAgentRuns);
app.get("/api/projects/:id/agent-runs/:runId", getAgentRun);
app.post("/api/projects/:id/agent-runs/:runId/approve", validateJson(approveAgentRunSchema), approveAgentRun);
app.post("/api/projects/:id/agent-runs/:runId/stop", stopAgentRun);
app.post("/api/projects/:id/agent-runs/:runId/resume", validateJson(resumeAgentRunSchema), resumeAgentRun);
app.post("/api/projects/:id/agent-runs/:runId/undo", undoAgentRun);
app.post("/api/projects/:id/agent-runs/:runId/messages", validateJson(messageAgentRunSchema), messageAgentRun);
app.post("/api/internal/agent-runs/wake", wakeAgentRuns);
app.post(
  "/api/agent/new-project",
  validateJson(createAgentProjectSchema),
  limitPerPerson("projects"),
  createAgentProject,
);

// npm packages for the preview, which resolves them in the browser as deploys do: the
// registry's documents and tarballs through the platform's R2 cache
app.get("/api/projects/:id/npm/packuments/:name{.+}", getPackument);
app.get("/api/projects/:id/npm/tarballs", getTarball);

// AI: the caller's own provider keys (stored encrypted, never answered back), and a test
// call to the vendor that says whether a saved key works
app.get("/api/ai/keys", listProviderKeys);
app.put("/api/ai/keys/:provider", validateJson(saveProviderKeySchema), saveProviderKey);
app.delete("/api/ai/keys/:provider", deleteProviderKey);
app.post("/api/ai/keys/:provider/test", testProviderKey);

// AI: models, answers (server-sent events), and what was spent against which limit
app.get("/api/ai/models", listAiModels);
app.post("/api/ai/chat", validateJson(answerChatSchema), answerChat);
app.get("/api/ai/usage", getAiUsage);

app.notFound(notFound);
app.onError(onError);

export default app satisfies ExportedHandler<Env>;
export { ProjectRoom } from "./rooms/ProjectRoom.ts";
export { DeployRunner } from "./deploys/DeployRunner.ts";
export { AiMeter } from "./ai/AiMeter.ts";
export { SiteOutbound } from "./deploys/SiteOutbound.ts";
export { AgentWorkflow } from "./agent/AgentWorkflow.ts";
