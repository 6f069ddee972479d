import type { IntegrationStatus, IntegrationSummary } from './types';

/** A provider that the page can offer, as the service lists it, with how the page shows it. */
export interface ProviderOption {
  /** Path segment in `/integrations/{key}/...`. */
  key: string;
  /** Name shown to people. */
  label: string;
  status: IntegrationStatus;
  /** Brand colour of the connect button, as a CSS hex colour. */
  accent: string;
  /** One sentence about what loading returns. */
  description: string;
}

type Look = Pick<ProviderOption, 'accent' | 'description'>;

/** Colour and description per provider name. A provider missing here is shown with `FALLBACK`. */
const LOOKS: Readonly<Record<string, Look>> = {
  airtable: {
    accent: '#2d7ff9',
    description: 'Loads every base the account can open, and the tables inside each base.',
  },
  notion: {
    accent: '#37352f',
    description: 'Loads every page and database (or data source) that was shared with the integration.',
  },
  hubspot: {
    accent: '#ff7a59',
    description: 'Loads every contact, company and deal of the HubSpot account.',
  },
};

const FALLBACK: Look = {
  accent: '#3f51b5',
  description: 'Loads every item that the connected account can see.',
};

/** Turns the service's list into the page's options, in the service's order. */
export function toProviderOptions(summaries: readonly IntegrationSummary[]): ProviderOption[] {
  return summaries.map((summary) => ({
    key: summary.name,
    label: summary.display_name,
    status: summary.status,
    ...(LOOKS[summary.name] ?? FALLBACK),
  }));
}
