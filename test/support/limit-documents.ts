// Typed documents for the request-limit tests (codegen reads them from here).
import { graphql } from "../../src/generated/graphql/index.js";

export const ViewerId = graphql(`
  query ViewerId {
    viewer { id }
  }
`);

export const RequestRateLimits = graphql(`
  query RequestRateLimits {
    requestRateLimits { policy scope limit remaining used windowSeconds resetAt }
    rateLimits { provider limit }
  }
`);
