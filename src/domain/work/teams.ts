// Registered teams (seed 003 "Spawn Team"): each a pipeline of members, every member reading the
// previous one's output.
export interface TeamMember {
  role: string;
  model: string;
}

export const TEAMS: Record<string, readonly TeamMember[]> = {
  team_coding: [
    { role: "architect", model: "k2p5" },
    { role: "engineer", model: "k2p5" },
    { role: "reviewer", model: "sonnet" },
  ],
  team_creative: [
    { role: "ideation lead", model: "sonnet" },
    { role: "writer", model: "sonnet" },
    { role: "editor", model: "opus" },
  ],
  team_research: [
    { role: "researcher", model: "sonnet" },
    { role: "analyst", model: "opus" },
  ],
  team_business: [
    { role: "strategist", model: "opus" },
    { role: "analyst", model: "k2p5" },
    { role: "writer", model: "sonnet" },
  ],
};

export function memberPrompt(team: string, member: TeamMember, task: string, previous: string | null): string {
  return [
    `You are the ${member.role} of ${team}.`,
    `Task: ${task}`,
    previous === null ? "You go first." : `The previous member produced:\n${previous}\n\nBuild on it.`,
  ].join("\n");
}
