// The caller's bearer token, shared by the IDE and the dashboard. sessionStorage, not localStorage: the token
// is gone when the tab closes, so a shared workstation does not keep someone's access to safeguarding data.
const key = 'commissioning.bearerToken';

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null; // Storage can be disabled by the browser's privacy settings; then nothing is kept.
  }
}

export function saveToken(token: string): void {
  const trimmed = token.trim().replace(/^Bearer\s+/i, '');
  try {
    if (trimmed) sessionStorage.setItem(key, trimmed);
    else sessionStorage.removeItem(key);
  } catch {
    // Not kept across reloads; the page still uses the token it was given.
  }
}

export function clearToken(): void {
  saveToken('');
}
