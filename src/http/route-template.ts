// The route a request matched, as its documented template (`/api/agent/:agent_id`), so metrics are
// labelled by route rather than by raw path (bounded label values). Handlers set it when they match.
const templates = new WeakMap<Request, string>();

export function setRouteTemplate(request: Request, template: string): void {
  templates.set(request, template);
}

export function routeTemplateOf(request: Request): string | undefined {
  return templates.get(request);
}
