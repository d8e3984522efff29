// The security headers seed 004 promises on every response.
import type { Plugin } from "graphql-yoga";

const HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "X-XSS-Protection": "1; mode=block",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
};

const ENTRIES = Object.entries(HEADERS); // listed once, not per response

export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of ENTRIES) response.headers.set(name, value);
    },
  };
}
