import { vi } from 'vitest';

import type { IntegrationItem } from '../types';

/** A request that the page sent, with its form fields decoded. */
export interface SentRequest {
  url: string;
  method: string;
  contentType: string | null;
  fields: Record<string, string>;
}

type Reply = Response | (() => Response) | Error;

/**
 * Replaces `fetch` with a stub that records every request and returns the replies queued for its
 * path, in order. A request for a path whose queue is empty fails the test.
 */
export function stubFetch(replies: Record<string, Reply[]>): SentRequest[] {
  const sent: SentRequest[] = [];
  const queues = new Map(Object.entries(replies).map(([path, queue]) => [path, [...queue]]));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const body = init?.body;
      sent.push({
        url,
        method: init?.method ?? 'GET',
        contentType: body instanceof URLSearchParams ? 'application/x-www-form-urlencoded' : null,
        fields: body instanceof URLSearchParams ? Object.fromEntries(body.entries()) : {},
      });
      const reply = queues.get(new URL(url, 'http://page.test').pathname)?.shift();
      if (reply === undefined) {
        throw new Error(`No reply stubbed for ${init?.method ?? 'GET'} ${url}`);
      }
      if (reply instanceof Error) {
        throw reply;
      }
      return typeof reply === 'function' ? reply() : reply;
    }),
  );
  return sent;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, code: string, detail: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, code, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A popup window stand-in whose `closed` flips when the page or the test closes it. */
export interface FakePopup {
  closed: boolean;
  location: { href: string };
  close: () => void;
}

/** Makes `window.open` return a fake popup, and returns it with the spy. */
export function stubPopup() {
  const popup: FakePopup = {
    closed: false,
    location: { href: '' },
    close: vi.fn(() => {
      popup.closed = true;
    }),
  };
  const open = vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
  return { popup, open };
}

/** Sends a `message` event to the page as if `source` had called `postMessage`. */
export function postFrom(source: unknown, data: unknown) {
  const event = new MessageEvent('message', { data });
  Object.defineProperty(event, 'source', { value: source });
  window.dispatchEvent(event);
}

/** Sends a message on the callback page's BroadcastChannel, as a cut-off popup's callback page does. */
export function broadcast(data: unknown) {
  const channel = new BroadcastChannel('integrations-oauth-callback');
  channel.postMessage(data);
  channel.close();
}

/** Lets pending promises, fetch stubs and BroadcastChannel deliveries run, without moving fake clocks. */
export async function flush() {
  // Node's setImmediate, which the fake timers leave alone; the page's types do not include Node's.
  const { setImmediate } = globalThis as unknown as { setImmediate: (callback: () => void) => void };
  for (let round = 0; round < 10; round += 1) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The `GET /integrations` body of a service with the three sandbox stand-ins. */
export const SANDBOX_INTEGRATIONS = [
  { name: 'airtable', display_name: 'Airtable', status: 'sandbox' },
  { name: 'hubspot', display_name: 'HubSpot', status: 'sandbox' },
  { name: 'notion', display_name: 'Notion', status: 'sandbox' },
];

export function callbackMessage(outcome: string, message: string, provider = 'Airtable') {
  return { source: 'integrations-oauth-callback', provider, outcome, message };
}

export function item(fields: Partial<IntegrationItem>): IntegrationItem {
  return {
    id: null,
    type: null,
    directory: false,
    parent_path_or_name: null,
    parent_id: null,
    name: null,
    creation_time: null,
    last_modified_time: null,
    url: null,
    children: null,
    mime_type: null,
    delta: null,
    drive_id: null,
    visibility: true,
    ...fields,
  };
}
