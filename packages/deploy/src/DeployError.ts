/**
 * A deploy that cannot go ahead for a reason the person deploying can act on (a target
 * that does not take this kind of project, say). Its message goes to the deployment's log
 * as it is; any other throw from a deployer is logged as a bug and shown as an internal error.
 */
export class DeployError extends Error {
  override name = "DeployError";
}
