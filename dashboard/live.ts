// Preact hooks over the Api: a query (optionally refreshed where no subscription exists) and a
// subscription that lives as long as the component.
import type { AnyVariables } from "@urql/core";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { Api, ApiError } from "./api.js";
import type { TypedDocumentString } from "./generated/graphql.js";

export interface QueryState<R> {
  data: R | undefined;
  error: ApiError | undefined;
  /** Replace the data (a subscription event arrived). */
  update(change: (data: R) => R): void;
  reload(): void;
}

/** Runs `document` (not while `variables` is null), and again every `refreshMs` when given. */
export function useQuery<R, V extends AnyVariables>(api: Api, document: TypedDocumentString<R, V>, variables: V | null, refreshMs?: number): QueryState<R> {
  const [data, setData] = useState<R>();
  const [error, setError] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  const args = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (args === null) return;
    let current = true;
    const load = () => {
      api.query(document, JSON.parse(args) as V).then(
        (result) => current && (setData(result), setError(undefined)),
        (failure: ApiError) => current && setError(failure),
      );
    };
    load();
    const timer = refreshMs ? setInterval(load, refreshMs) : undefined;
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [api, document, args, refreshMs, generation]);
  const update = useCallback((change: (data: R) => R) => setData((old) => (old === undefined ? old : change(old))), []);
  return { data, error, update, reload: () => setGeneration((g) => g + 1) };
}

/** Subscribes while mounted (and again when `variables` change); `onData` may change freely. */
export function useSubscription<R, V extends AnyVariables>(api: Api, document: TypedDocumentString<R, V>, variables: V | null, onData: (data: R) => void): ApiError | undefined {
  const [error, setError] = useState<ApiError>();
  const handler = useRef(onData);
  handler.current = onData;
  const args = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (args === null) return;
    setError(undefined);
    return api.subscribe(document, JSON.parse(args) as V, (data) => handler.current(data), setError);
  }, [api, document, args]);
  return error;
}
