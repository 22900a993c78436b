// The site's pages, in the order the navigation shows them. Each is an entry in vite.config.ts and a route the
// Api maps (src/Commissioning.Api/Web/WebPages.cs); a new page (exports, the committee report) is added in all three.
export interface SitePage {
  readonly path: string;
  readonly title: string;
}

export const sitePages: readonly SitePage[] = [
  { path: '/dashboard', title: 'Compliance dashboard' },
  { path: '/reports/committee', title: 'Committee report' },
  { path: '/graphql', title: 'GraphQL IDE' },
];
