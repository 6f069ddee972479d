import { loggerFor } from './logger';
import type { Credentials, IntegrationItem, IntegrationStatus, IntegrationSummary } from './types';

/** Scheme, host and port of the service; empty means the page's own origin. */
export const API_BASE_URL = (import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, '');

/** A failed API call, with the `status`, `code` and `detail` of the service's problem detail. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;

  constructor(status: number, code: string, detail: string) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

const logger = loggerFor('api');

const STATUSES: readonly IntegrationStatus[] = ['configured', 'unconfigured', 'sandbox'];

/** Lists the providers that the service serves, with their display names and whether they can connect. */
export async function listIntegrations(signal?: AbortSignal): Promise<IntegrationSummary[]> {
  const response = await send('/integrations', { method: 'GET' }, signal);
  const list = await readJson(response, 'integrations');
  if (!Array.isArray(list) || !list.every(isIntegrationSummary)) {
    throw unexpectedBody('integrations', 'a JSON array of integrations');
  }
  return list;
}

/** Requests the provider's authorization URL, which the popup opens. */
export async function authorize(
  provider: string,
  userId: string,
  orgId: string,
  signal?: AbortSignal,
): Promise<string> {
  const url = await postForm(provider, 'authorize', { user_id: userId, org_id: orgId }, signal);
  if (typeof url !== 'string') {
    throw unexpectedBody('authorize', 'a URL string');
  }
  return url;
}

/** Collects the credentials of a finished connection; the service hands them out only once. */
export async function fetchCredentials(
  provider: string,
  userId: string,
  orgId: string,
  signal?: AbortSignal,
): Promise<Credentials> {
  const credentials = await postForm(provider, 'credentials', { user_id: userId, org_id: orgId }, signal);
  return requireObject(credentials, 'credentials');
}

/** Exchanges the refresh token in the credentials for fresh credentials. */
export async function refreshCredentials(
  provider: string,
  credentials: Credentials,
  signal?: AbortSignal,
): Promise<Credentials> {
  const fresh = await postForm(provider, 'refresh', { credentials: JSON.stringify(credentials) }, signal);
  return requireObject(fresh, 'refresh');
}

/** Loads every item that the credentials can see. */
export async function loadItems(
  provider: string,
  credentials: Credentials,
  signal?: AbortSignal,
): Promise<IntegrationItem[]> {
  const items = await postForm(provider, 'load', { credentials: JSON.stringify(credentials) }, signal);
  if (!Array.isArray(items)) {
    throw unexpectedBody('load', 'a JSON array of items');
  }
  return items as IntegrationItem[];
}

/** Sends form fields as `application/x-www-form-urlencoded` and returns the parsed JSON response. */
async function postForm(
  provider: string,
  operation: string,
  fields: Record<string, string>,
  signal?: AbortSignal,
): Promise<unknown> {
  const path = `/integrations/${encodeURIComponent(provider)}/${operation}`;
  const response = await send(path, { method: 'POST', body: new URLSearchParams(fields) }, signal);
  return readJson(response, operation);
}

/** Sends a request and returns its successful response; failures become an ApiError. */
async function send(path: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  const done = logger.time('request');
  let response: Response;
  try {
    response = await fetch(API_BASE_URL + path, {
      ...init,
      headers: { Accept: 'application/json, application/problem+json' },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) {
      done('debug', { method: init.method, path, outcome: 'aborted' });
      throw error;
    }
    done('warn', { method: init.method, path, outcome: 'unreachable' });
    throw new ApiError(
      0,
      'network_error',
      `The integrations service could not be reached for ${path}; check that it is running and try again.`,
    );
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    done('warn', { method: init.method, path, status: response.status, problem: problem.code });
    throw problem;
  }
  done('debug', { method: init.method, path, status: response.status });
  return response;
}

/** Builds an ApiError from an RFC 9457 problem detail, or from the status line when there is none. */
async function problemOf(response: Response): Promise<ApiError> {
  const fallback = `The service responded with ${response.status}${response.statusText ? ' ' + response.statusText : ''}; try again later.`;
  const body: unknown = await response.json().catch(() => null);
  if (body === null || typeof body !== 'object') {
    return new ApiError(response.status, `http_${response.status}`, fallback);
  }
  const problem = body as { code?: unknown; detail?: unknown };
  const code = typeof problem.code === 'string' ? problem.code : `http_${response.status}`;
  const detail = typeof problem.detail === 'string' && problem.detail.trim() !== '' ? problem.detail : fallback;
  return new ApiError(response.status, code, detail);
}

async function readJson(response: Response, operation: string): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw unexpectedBody(operation, 'JSON');
  }
}

function isIntegrationSummary(value: unknown): value is IntegrationSummary {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const entry = value as Partial<IntegrationSummary>;
  return (
    typeof entry.name === 'string' &&
    typeof entry.display_name === 'string' &&
    STATUSES.includes(entry.status as IntegrationStatus)
  );
}

function requireObject(value: unknown, operation: string): Credentials {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw unexpectedBody(operation, 'a JSON object');
  }
  return value as Credentials;
}

function unexpectedBody(operation: string, expected: string): ApiError {
  return new ApiError(
    200,
    'unexpected_response',
    `The service's response to ${operation} was not ${expected}; check that the page and the service versions match.`,
  );
}
