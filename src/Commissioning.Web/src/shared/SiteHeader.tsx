import { sitePages } from './pages';

/** The banner every page shares: the service name and the navigation between pages. */
export function SiteHeader({ current }: { current: string }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">Skip to main content</a>
      <span className="site-name">Commissioning</span>
      <nav aria-label="Pages">
        <ul>
          {sitePages.map((page) => (
            <li key={page.path}>
              <a href={page.path} aria-current={page.path === current ? 'page' : undefined}>{page.title}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
