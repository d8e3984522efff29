// The latest messages of a chosen channel, live through messageAdded. After the socket comes back, the
// subscription starts again from the last message seen (`after`), so what was sent meanwhile appears,
// once each.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Api, ApiError } from "../api.js";
import type { MessageRowFragment } from "../generated/graphql.js";
import { useQuery, useSubscription } from "../live.js";
import { ChannelMessagesQuery, ChannelsQuery, MessageAddedSubscription } from "../operations.js";
import { Loading, Panel, Problem, When } from "../ui.js";

const SHOWN = 50;

function merge(list: MessageRowFragment[], message: MessageRowFragment): MessageRowFragment[] {
  if (list.some((m) => m.id === message.id)) return list;
  return [...list, message].sort((a, b) => a.position - b.position).slice(-SHOWN);
}

function ChannelMessages({ api, channelId }: { api: Api; channelId: string }) {
  const [messages, setMessages] = useState<MessageRowFragment[]>();
  const [error, setError] = useState<ApiError>();
  /** Subscribe from here: the last message seen (null: only what comes next). */
  const [after, setAfter] = useState<string | null | undefined>(undefined);
  const [loads, setLoads] = useState(0);
  const last = useRef<MessageRowFragment | null>(null);

  useEffect(() => {
    let current = true;
    setAfter(undefined);
    api.query(ChannelMessagesQuery, { id: channelId }).then(
      (data) => {
        if (!current) return;
        const list = data.channel?.messages.edges.map((e) => e.node) ?? [];
        last.current = list.at(-1) ?? null;
        setMessages(list);
        setAfter(last.current?.cursor ?? null);
      },
      (failure: ApiError) => current && setError(failure),
    );
    return () => void (current = false);
  }, [api, channelId, loads]);

  // Back from a lost socket: resume after the last message seen (or read the channel again if none was).
  useEffect(() => api.onReconnected(() => (last.current ? setAfter(last.current.cursor) : setLoads((n) => n + 1))), [api]);

  const liveError = useSubscription(api, MessageAddedSubscription, after === undefined ? null : { channelId, after }, ({ messageAdded: { message } }) => {
    if (!message) return;
    if (!last.current || message.position > last.current.position) last.current = message;
    setMessages((list) => merge(list ?? [], message));
  });

  if (error) return <Problem error={error} />;
  if (!messages) return <Loading />;
  return (
    <>
      <Problem error={liveError} />
      {messages.length ? (
        <ol class="messages" aria-live="polite" aria-label="Latest messages">
          {messages.map((m) => (
            <li key={m.id} data-position={m.position}>
              <div class="message-head">
                <span class={`badge sender-${m.senderType.toLowerCase()}`}>{m.senderType === "AGENT" ? "Agent" : "User"}</span>
                <span class="muted sender">{m.senderId}</span>
                <When at={m.sentAt} />
              </div>
              <p class="message-text">{m.content}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">No messages in this channel yet.</p>
      )}
    </>
  );
}

export function MessagesPanel({ api }: { api: Api }) {
  const channels = useQuery(api, ChannelsQuery, {}, 30_000); // no subscription announces new channels
  const [chosen, setChosen] = useState<string>();
  const list = channels.data?.channels.edges.map((e) => e.node) ?? [];
  const channelId = chosen ?? list[0]?.id;
  return (
    <Panel id="messages" title="Channel messages">
      <Problem error={channels.error} />
      {!channels.data && !channels.error && <Loading />}
      {channels.data && !list.length && <p class="muted">No channels you may read.</p>}
      {list.length > 0 && (
        <>
          <label class="field">
            <span>Channel</span>
            <select value={channelId} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
              {list.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </label>
          {channelId && <ChannelMessages key={channelId} api={api} channelId={channelId} />}
        </>
      )}
    </Panel>
  );
}
