/**
 * The credentials object that `/credentials` returns and `/load` takes back. The page treats it as
 * opaque because it contains tokens. It sends it back as JSON text and never shows or logs it.
 */
export type Credentials = Readonly<Record<string, unknown>>;

/** One entry of a `/load` response: the service's uniform item, with its snake_case fields. */
export interface IntegrationItem {
  id: string | null;
  type: string | null;
  directory: boolean;
  parent_path_or_name: string | null;
  parent_id: string | null;
  name: string | null;
  creation_time: string | null;
  last_modified_time: string | null;
  url: string | null;
  children: string[] | null;
  mime_type: string | null;
  delta: string | null;
  drive_id: string | null;
  visibility: boolean;
}

/** Serving status of a provider: a configured client, no client, or the built-in stand-in. */
export type IntegrationStatus = 'configured' | 'unconfigured' | 'sandbox';

/** One entry of `GET /integrations`. */
export interface IntegrationSummary {
  name: string;
  display_name: string;
  status: IntegrationStatus;
}

/** Outcome of a connection attempt, as the callback page in the popup reports it. */
export type CallbackOutcome = 'connected' | 'denied' | 'failed' | 'invalid';

/** The message that the callback page posts to the window that opened the popup. */
export interface CallbackMessage {
  source: typeof CALLBACK_MESSAGE_SOURCE;
  provider: string | null;
  outcome: CallbackOutcome;
  message: string;
}

/** Value of `source` in every message of the callback page, so the page can tell it apart. */
export const CALLBACK_MESSAGE_SOURCE = 'integrations-oauth-callback';
