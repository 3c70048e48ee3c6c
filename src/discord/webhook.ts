/**
 * The three calls the HTTP endpoint makes after answering in its response, on the interaction's own webhook: edit the
 * original answer (with a picture attached, or not), delete it, and send a follow-up. The interaction's token is the
 * credential, so no bot token is sent. Node's own `fetch`, so the endpoint loads no REST library: loading one took a
 * third of its start, or, loaded later, held every answer for as long.
 */
export interface WebhookClient {
  post(route: string, body: unknown): Promise<void>;
  patch(route: string, body: unknown, files?: WebhookFile[]): Promise<void>;
  delete(route: string): Promise<void>;
}

export interface WebhookFile {
  name: string;
  data: Buffer;
  contentType: string;
}

/** Discord's API, in the version the payloads are written for. */
const DISCORD_API = 'https://discord.com/api';
const VERSION = 10;
/** A call Discord asks to wait for (429) is tried again this many times, after the wait it names. */
const RETRIES = 2;
/** Longer waits are not worth it: the interaction's token lives 15 minutes, a member waits less. */
const MAX_WAIT_MS = 10_000;

export function webhookClient(apiUrl: string = DISCORD_API): WebhookClient {
  const base = `${apiUrl.replace(/\/+$/, '')}/v${VERSION}`;
  const call = async (method: string, route: string, body?: unknown, files?: WebhookFile[]) => {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${base}${route}`, { method, ...request(body, files) });
      if (response.status === 429 && attempt < RETRIES) {
        const wait = await retryAfterMs(response);
        if (wait <= MAX_WAIT_MS) {
          await new Promise((resolve) => setTimeout(resolve, wait));
          continue;
        }
      }
      if (!response.ok) throw new Error(`Discord answered ${method} ${route.split('/')[1]} with ${response.status}`);
      await response.arrayBuffer();
      return;
    }
  };
  return {
    post: (route, body) => call('POST', route, body),
    patch: (route, body, files) => call('PATCH', route, body, files),
    delete: (route) => call('DELETE', route),
  };
}

/** A JSON body, or with files a multipart form: the JSON as `payload_json`, each file as `files[n]`. */
function request(body: unknown, files: WebhookFile[] | undefined): RequestInit {
  const headers = { 'user-agent': 'DiscordBot (https://github.com/rivalen/rivalen, 0.1.0)' };
  if (body === undefined) return { headers };
  if (!files || files.length === 0)
    return { headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const form = new FormData();
  form.append('payload_json', JSON.stringify(body));
  files.forEach((file, i) => form.append(`files[${i}]`, new Blob([file.data], { type: file.contentType }), file.name));
  return { headers, body: form };
}

/** How long Discord asks to wait: `retry_after` seconds in the body, else the header, else a second. */
async function retryAfterMs(response: Response): Promise<number> {
  const header = Number(response.headers.get('retry-after'));
  try {
    const json = (await response.json()) as { retry_after?: unknown };
    if (typeof json.retry_after === 'number') return Math.ceil(json.retry_after * 1000);
  } catch {
    // No JSON body: the header says it.
  }
  return Number.isFinite(header) && header > 0 ? header * 1000 : 1000;
}

/** `/webhooks/{application}/{token}` and its original message's route. */
export const webhookRoute = (application: string, token: string) => `/webhooks/${application}/${token}`;
export const originalRoute = (application: string, token: string) =>
  `${webhookRoute(application, token)}/messages/@original`;
