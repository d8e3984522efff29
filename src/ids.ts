// Object ids: `<prefix>_<time><random>`. The prefix names the type, so one id is used everywhere —
// database key, Relay global id (node(id:) resolves it) and REST path parameter. The time part
// (base36 milliseconds) makes ids sort in creation order.
import { randomHex } from "./random.js";

const ID_PREFIXES = {
  Agent: "agt",
  ApiKey: "key",
  User: "usr",
  RefreshToken: "rtk",
  RefreshTokenFamily: "rtf",
  Session: "ses",
  SessionMessage: "smg",
  Channel: "chn",
  Message: "msg",
  UsageRecord: "use",
  BudgetReservation: "rsv",
  SystemTask: "tsk",
  Task: "subagent",
  Workflow: "wf",
  WorkflowRun: "wfr",
  Webhook: "whk",
  WebhookDelivery: "whd",
  IpBlock: "blk",
  AuditEvent: "aud",
} as const;

export type IdType = keyof typeof ID_PREFIXES;
type Prefix = (typeof ID_PREFIXES)[IdType];

const TYPE_BY_PREFIX = new Map<string, IdType>(
  Object.entries(ID_PREFIXES).map(([type, prefix]) => [prefix, type as IdType]),
);

/** 64 random bits: no two ids of the same millisecond collide in practice, on any number of instances. */
const randomPart = () => randomHex(8);

export function newId(prefix: Prefix, at: Date = new Date()): string {
  const time = at.getTime().toString(36).padStart(9, "0");
  return `${prefix}_${time}${randomPart()}`;
}

/** The type an id belongs to, or null when it is not one of ours. */
export function typeOfId(id: string): IdType | null {
  const match = /^([a-z]+)_[0-9a-z_]+$/.exec(id);
  return match ? (TYPE_BY_PREFIX.get(match[1]!) ?? null) : null;
}

/** Seed 003's spawned-agent ids: `subagent_<unix ms>_<random>`. */
export function newTaskId(at: Date = new Date()): string {
  return `subagent_${at.getTime()}_${randomPart()}`;
}
