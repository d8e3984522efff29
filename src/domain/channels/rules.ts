// What a channel is (seed 001 Messaging API).
import { z } from "zod";
import { typeOfId } from "../../ids.js";

export const CHANNEL_TYPES = ["PUBLIC", "PRIVATE", "DIRECT"] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const CreateChannelInput = z.object({
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  type: z.enum(CHANNEL_TYPES),
  members: z.array(z.string().min(1)).max(1000, "at most 1000 members").nullish(),
});

/** Agents are AGENT members and senders; users and API keys are USER ones. */
export function memberTypeOf(id: string): "AGENT" | "USER" {
  return typeOfId(id) === "Agent" ? "AGENT" : "USER";
}
