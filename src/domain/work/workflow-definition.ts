// What a valid workflow is: a DAG of steps, each running an agent, a model or a team with a prompt
// template that may use the run's input ({{input.name}}) and the output of steps it depends on
// ({{steps.key.output}}). Every problem is reported, with where it is.
import { AppError } from "../../errors.js";

export const STEP_KINDS = ["AGENT", "MODEL", "TEAM"] as const;
type StepKind = (typeof STEP_KINDS)[number];

export interface StepDefinition {
  key: string;
  kind: StepKind;
  agentId?: string | null;
  model?: string | null;
  team?: string | null;
  prompt: string;
  dependsOn?: string[] | null;
  timeoutSeconds?: number | null;
}

export interface Known {
  agents: ReadonlySet<string>;
  models: readonly string[];
  teams: readonly string[];
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const MAX_STEPS = 50;

type Reference = { kind: "input"; name: string } | { kind: "step"; key: string } | { kind: "unknown"; text: string };

function references(prompt: string): Reference[] {
  return [...prompt.matchAll(PLACEHOLDER)].map(([, inner]): Reference => {
    const input = /^input\.([A-Za-z0-9_]+)$/.exec(inner!);
    if (input) return { kind: "input", name: input[1]! };
    const step = /^steps\.([A-Za-z][A-Za-z0-9_-]*)\.output$/.exec(inner!);
    if (step) return { kind: "step", key: step[1]! };
    return { kind: "unknown", text: inner! };
  });
}

/** Every step a step depends on, directly or not. */
function ancestors(key: string, byKey: Map<string, StepDefinition>, seen = new Set<string>()): Set<string> {
  for (const dep of byKey.get(key)?.dependsOn ?? []) {
    if (!seen.has(dep) && byKey.has(dep)) {
      seen.add(dep);
      ancestors(dep, byKey, seen);
    }
  }
  return seen;
}

/** A cycle among the steps, as a path (a → b → a), or null. */
function findCycle(steps: StepDefinition[]): string[] | null {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === "done") return null;
    if (state.get(key) === "visiting") return [...path.slice(path.indexOf(key)), key];
    state.set(key, "visiting");
    path.push(key);
    for (const dep of byKey.get(key)?.dependsOn ?? []) {
      if (!byKey.has(dep) || dep === key) continue; // unknown and self references are reported on their own
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(key, "done");
    return null;
  };
  for (const step of steps) {
    const cycle = visit(step.key);
    if (cycle) return cycle;
  }
  return null;
}

/** Checks a definition; returns the input names its prompts need. */
export function checkDefinition(steps: StepDefinition[], known: Known): { requiredInputs: string[] } {
  const problems: { field: string; message: string }[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  if (!steps.length) problem("steps", "give at least one step");
  if (steps.length > MAX_STEPS) problem("steps", `at most ${MAX_STEPS} steps`);

  const byKey = new Map<string, StepDefinition>();
  for (const [i, step] of steps.entries()) {
    if (!KEY.test(step.key)) problem(`steps[${i}].key`, "must start with a letter and hold letters, digits, '_' or '-' (at most 40)");
    if (byKey.has(step.key)) problem(`steps[${i}].key`, `"${step.key}" is used by another step`);
    byKey.set(step.key, step);
  }

  const requiredInputs = new Set<string>();
  for (const step of steps) {
    const at = `steps.${step.key}`;
    const given = [step.agentId ? "agentId" : null, step.model ? "model" : null, step.team ? "team" : null].filter(Boolean);
    const wanted = { AGENT: "agentId", MODEL: "model", TEAM: "team" }[step.kind];
    if (given.length !== 1 || given[0] !== wanted) problem(at, `a ${step.kind} step names its ${wanted}, and nothing else`);
    else if (step.kind === "AGENT" && !known.agents.has(step.agentId!)) problem(`${at}.agentId`, `no agent ${step.agentId}`);
    else if (step.kind === "MODEL" && !known.models.includes(step.model!)) problem(`${at}.model`, `must be one of: ${known.models.join(", ")}`);
    else if (step.kind === "TEAM" && !known.teams.includes(step.team!)) problem(`${at}.team`, `must be one of: ${known.teams.join(", ")}`);
    if (!step.prompt.trim()) problem(`${at}.prompt`, "must not be empty");
    if (step.prompt.length > 8000) problem(`${at}.prompt`, "must be at most 8000 characters");
    if (step.timeoutSeconds != null && (step.timeoutSeconds < 1 || step.timeoutSeconds > 3600)) problem(`${at}.timeoutSeconds`, "must be between 1 and 3600");
    for (const dep of step.dependsOn ?? []) {
      if (dep === step.key) problem(`${at}.dependsOn`, "a step cannot depend on itself");
      else if (!byKey.has(dep)) problem(`${at}.dependsOn`, `refers to unknown step "${dep}"`);
    }
    const upstream = ancestors(step.key, byKey);
    for (const ref of references(step.prompt)) {
      if (ref.kind === "input") requiredInputs.add(ref.name);
      else if (ref.kind === "unknown") problem(`${at}.prompt`, `unknown placeholder {{${ref.text}}}: use {{input.<name>}} or {{steps.<key>.output}}`);
      else if (!byKey.has(ref.key)) problem(`${at}.prompt`, `refers to unknown step "${ref.key}"`);
      else if (!upstream.has(ref.key)) problem(`${at}.prompt`, `uses the output of "${ref.key}" but does not depend on it`);
    }
  }
  const cycle = findCycle(steps);
  if (cycle) problem("steps", `cycle: ${cycle.join(" → ")}`);
  if (problems.length) throw new AppError("invalid_workflow", { message: `The workflow definition is not valid: ${problems[0]!.message}`, details: { fields: problems } });
  return { requiredInputs: [...requiredInputs].sort() };
}

export function render(prompt: string, input: Record<string, unknown>, outputs: Record<string, string>): string {
  return prompt.replace(PLACEHOLDER, (_match, inner: string) => {
    const ref = references(`{{${inner}}}`)[0]!;
    if (ref.kind === "input") {
      const value = input[ref.name];
      return typeof value === "string" ? value : JSON.stringify(value ?? null);
    }
    return ref.kind === "step" ? (outputs[ref.key] ?? "") : "";
  });
}
