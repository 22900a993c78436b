import { readToken } from '../shared/token';

/**
 * Fetches the report's PDF as the signed-in caller and saves it. A link cannot carry the Authorization header,
 * so the file is fetched with the token (as the dashboard's exports are) and saved from the response's blob.
 */
export async function downloadPdf(address: string, fileName: string): Promise<void> {
  const token = readToken();
  const response = await fetch(address, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    // The API says why in plain text: not signed in, not allowed, or Chromium missing on the server.
    throw new Error((await response.text()).trim() || `The PDF failed (HTTP ${response.status}).`);
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The browser has started saving by now; the URL only has to live that long.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
