/** A scripted stand-in for the registry's fetch, recording each request. */

/** One scripted answer: a response, or an error thrown as the network would. */
export type Answer = Response | Error | (() => Response | Promise<Response>);

/** A fetch that answers from `routes` by URL path and records the requests it saw. */
export function fakeFetch(routes: Record<string, Answer[]>) {
  const requests: { url: string; headers: Headers }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    requests.push({ url, headers: new Headers(init?.headers) });
    const queue = routes[new URL(url).pathname];
    const answer = queue && queue.length > 1 ? queue.shift() : queue?.[0];
    if (!answer) return new Response('not found', { status: 404 });
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer() : answer.clone();
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** A JSON response with optional headers. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}
