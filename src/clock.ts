// Time comes from here, never from `new Date()` in the domain, so tests can move it forward
// instead of sleeping.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
