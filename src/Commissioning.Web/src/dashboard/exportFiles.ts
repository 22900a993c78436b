import { readToken } from '../shared/token';

/**
 * Downloads one of the API's exports (/exports/*.csv|xlsx) as the signed-in caller. A link cannot carry the
 * Authorization header, so the file is fetched with the token and saved from the response's blob.
 */
export async function downloadExport(address: string, fallbackName: string): Promise<void> {
  const token = readToken();
  const response = await fetch(address, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    // The API says why in plain text (not signed in, not allowed, a bad filter).
    throw new Error((await response.text()).trim() || `The export failed (HTTP ${response.status}).`);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName(response.headers.get('Content-Disposition')) ?? fallbackName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The browser has started saving by now; the URL only has to live that long.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

function fileName(disposition: string | null): string | null {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The query string of an export: each value under its name, lists repeated. */
export function exportQuery(parameters: Record<string, string | readonly string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value === undefined || value === '') continue;
    for (const item of typeof value === 'string' ? [value] : value) params.append(name, item);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
