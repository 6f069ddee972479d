/** A provider that the page can connect, with what the page shows for it. */
export interface ProviderOption {
  /** Path segment in `/integrations/{key}/...`. */
  key: string;
  /** Name shown to people. */
  label: string;
  /** Brand colour of the connect button, as a CSS hex colour. */
  accent: string;
  /** One sentence about what loading returns. */
  description: string;
}

/** Every provider that the service serves, in the order the picker lists them. */
export const PROVIDERS: readonly ProviderOption[] = [
  {
    key: 'airtable',
    label: 'Airtable',
    accent: '#2d7ff9',
    description: 'Loads every base the account can open, and the tables inside each base.',
  },
  {
    key: 'notion',
    label: 'Notion',
    accent: '#37352f',
    description: 'Loads every page and database (or data source) that was shared with the integration.',
  },
  {
    key: 'hubspot',
    label: 'HubSpot',
    accent: '#ff7a59',
    description: 'Loads every contact, company and deal of the HubSpot account.',
  },
];
