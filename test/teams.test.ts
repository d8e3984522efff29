// Seed 003 "Spawn Team": a registered team runs its members as a pipeline — each reads the previous
// member's output — as one parent run with a child run per member, a combined result and cost.
import { describe, expect, it } from "vitest";
import { gqlOk, rest } from "./support/client.js";
import { freshDatabase } from "./support/server.js";
import { promptOf, startWorkServer, taskWhen, useWorkServer } from "./support/work.js";
import { SpawnTeam } from "./support/work-documents.js";
import { eventually } from "./support/ws.js";

const work = useWorkServer();

describe("team pipelines (seed 003 POST /api/spawn-team)", () => {
  it("answers 201 with the team's models and its estimated cost", async () => {
    const response = await rest(work.server, "POST", "/api/spawn-team", { body: { team: "team_coding", task: "Build a login form", priority: "normal" } });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      success: true,
      agent_id: expect.stringMatching(/^subagent_/),
      team: "team_coding",
      models: ["k2p5", "k2p5", "sonnet"],
      status: expect.stringMatching(/^(spawning|running)$/),
      estimated_cost: expect.any(Number),
    });
    await taskWhen(work.server, response.body.agent_id);
    const status = await rest(work.server, "GET", `/api/agent/${response.body.agent_id}`);
    expect(status.body).toMatchObject({
      status: "completed",
      team: "team_coding",
      members: [
        { role: "architect", model: "k2p5", status: "completed" },
        { role: "engineer", model: "k2p5", status: "completed" },
        { role: "reviewer", model: "sonnet", status: "completed" },
      ],
    });
  });

  it("hands each member the previous member's output, and combines results and cost in the parent run", async () => {
    const base = work.models.requests.length;
    const { spawnTeam } = await gqlOk(work.server, SpawnTeam, { input: { team: "team_research", task: "Survey vector databases" } });
    expect(spawnTeam.task).toMatchObject({ kind: "TEAM", team: "team_research", members: [{ role: "researcher", model: "sonnet" }, { role: "analyst", model: "opus" }] });
    const team = await taskWhen(work.server, spawnTeam.task.id);

    const [researcher, analyst] = work.models.requests.slice(base).map((r) => promptOf(r.body));
    expect(researcher).toContain("You are the researcher of team_research.\nTask: Survey vector databases\nYou go first.");
    expect(analyst).toContain("You are the analyst of team_research.");
    expect(analyst).toContain(`The previous member produced:\n[researcher] worked on it.`);

    expect(team.members.map((m) => [m.role, m.status, m.result])).toEqual([
      ["researcher", "COMPLETED", "[researcher] worked on it."],
      ["analyst", "COMPLETED", "[analyst] worked on it."],
    ]);
    expect(team.members[1]!.task).toBe(analyst); // a member's task is the prompt it was given
    expect(team.result).toBe("## researcher\n[researcher] worked on it.\n\n## analyst\n[analyst] worked on it.");
    const memberCost = team.members.reduce((sum, m) => sum + Number(m.actualCost), 0);
    expect(Number(team.actualCost)).toBeCloseTo(memberCost, 6);
    expect(team.usage).toMatchObject({ calls: 2, cost: team.actualCost });
    expect(Number(team.refund)).toBeCloseTo(Number(team.estimatedCost) - Number(team.actualCost), 6);
  });

  it("keeps members that finished before a restart and runs only the rest", async () => {
    const database = await freshDatabase();
    work.models.hold();
    const first = await startWorkServer(work.models, { database });
    const base = work.models.requests.length;
    const { spawnTeam } = await gqlOk(first, SpawnTeam, { input: { team: "team_research", task: "Compare queues" } });
    await eventually(() => work.models.held === 1);
    work.models.releaseNext(); // the researcher answers…
    await eventually(() => work.models.held === 1 && work.models.requests.length === base + 2); // …and the analyst is asked
    await first.stop();

    work.models.releaseAll();
    const second = await startWorkServer(work.models, { database });
    try {
      const team = await taskWhen(second, spawnTeam.task.id);
      expect(team.status).toBe("COMPLETED");
      expect(work.models.requests.slice(base).map((r) => /You are the (\w+)/.exec(promptOf(r.body))![1])).toEqual(["researcher", "analyst", "analyst"]);
      expect(team.members.map((m) => m.status)).toEqual(["COMPLETED", "COMPLETED"]);
    } finally {
      await second.stop();
    }
  });

  it("cancelling the team stops the member that is running and cancels those still waiting", async () => {
    work.models.hold();
    const base = work.models.requests.length;
    const { spawnTeam } = await gqlOk(work.server, SpawnTeam, { input: { team: "team_business", task: "Plan a launch" } });
    await eventually(() => work.models.requests.length === base + 1);
    const cancelled = await rest(work.server, "DELETE", `/api/agent/${spawnTeam.task.id}`);
    expect(cancelled.body).toMatchObject({ success: true, status: "cancelled" });
    const team = await taskWhen(work.server, spawnTeam.task.id);
    expect(team.members.map((m) => m.status)).toEqual(["CANCELLED", "CANCELLED", "CANCELLED"]);
    expect(work.models.requests.length).toBe(base + 1);
  });
});
