// Where deployments run. A provider is told about a new deployment and says what state it has reached;
// the built-in one is a local simulation, named as such everywhere it shows (`provider: "simulated"`).
export const DEPLOYMENT_STATUSES = ["INITIATED", "PROVISIONING", "DEPLOYING", "ACTIVE", "FAILED"] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

export interface DeploymentSpec {
  id: string;
  name: string;
  config: { cpu: number; memory: string; storage: string };
  createdAt: Date;
}

export interface DeploymentProvider {
  name: string;
  /** The state the deployment has reached by `now`, and its endpoint once it is reachable. */
  observe(deployment: DeploymentSpec, now: Date): { status: DeploymentStatus; endpoint: string | null; error: string | null };
}

/**
 * No network: a deployment moves INITIATED → PROVISIONING (after 2 s) → DEPLOYING (5 s) → ACTIVE (10 s)
 * on the server's clock; one asking for more than the simulated provider offers (16 CPUs) FAILS while
 * provisioning, as a real provider's bid would.
 */
const SIMULATED_SCHEDULE: readonly [number, DeploymentStatus][] = [
  [10_000, "ACTIVE"],
  [5_000, "DEPLOYING"],
  [2_000, "PROVISIONING"],
];
const SIMULATED_MAX_CPU = 16;

export function createSimulatedProvider(): DeploymentProvider {
  return {
    name: "simulated",
    observe(deployment, now) {
      const elapsed = now.getTime() - deployment.createdAt.getTime();
      const reached = SIMULATED_SCHEDULE.find(([after]) => elapsed >= after)?.[1] ?? "INITIATED";
      if (reached !== "INITIATED" && deployment.config.cpu > SIMULATED_MAX_CPU) {
        return { status: "FAILED", endpoint: null, error: `no simulated provider offers ${deployment.config.cpu} CPUs (at most ${SIMULATED_MAX_CPU})` };
      }
      return { status: reached, endpoint: reached === "ACTIVE" ? `http://${deployment.id}.simulated.local` : null, error: null };
    },
  };
}
