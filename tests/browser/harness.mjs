// Starts the real API (built in Release) on a free localhost port over a temporary SQLite file filled with the
// demo commissioner, and Debian's Chromium driven by playwright-core. Screenshots go to ./artifacts.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repositoryRoot = resolve(here, '../..');
export const artifactsDir = process.env.BROWSER_ARTIFACTS ?? join(here, 'artifacts');
const apiProject = join(repositoryRoot, 'src/Commissioning.Api');
const apiDll = join(apiProject, 'bin/Release/net10.0/Commissioning.Api.dll');

// The flags Chromium needs on a machine with a closed network and no GPU; without the networking ones it keeps
// trying to reach Google's services. Playwright adds --headless and a fresh profile itself.
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntilHealthy(baseUrl, process, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`The API exited with code ${process.exitCode}; see ${join(artifactsDir, 'api.log')}.`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet: migrating and seeding come first.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The API did not become healthy within ${timeoutMs / 1000} s; see ${join(artifactsDir, 'api.log')}.`);
}

/** A demo token for a role, from the API's own `token` command; null when the API has no such command yet. */
export function mintToken(role, environment) {
  const result = spawnSync('dotnet', [apiDll, 'token', '--role', role], {
    cwd: apiProject, env: environment, encoding: 'utf8', timeout: 60_000,
  });
  if (result.status !== 0) throw new Error(`token --role ${role} failed: ${result.stderr || result.stdout}`);
  const token = result.stdout.trim().split(/\s+/).find((word) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(word));
  if (!token) throw new Error(`token --role ${role} printed no JWT: ${result.stdout}`);
  return token;
}

/** The running API: its address, and a way to stop it and remove its database. */
export async function startApi() {
  if (!existsSync(apiDll)) throw new Error(`${apiDll} is missing: run dotnet build src/Commissioning.Api -c Release first.`);
  if (!existsSync(join(apiProject, 'wwwroot/dashboard.html'))) {
    throw new Error('src/Commissioning.Api/wwwroot has no built pages: build the Api with npm on the PATH (not -p:SkipWebBuild=true).');
  }
  mkdirSync(artifactsDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'commissioning-browser-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const environment = {
    ...process.env,
    // Development: the `token` command signs demo tokens only there.
    ASPNETCORE_ENVIRONMENT: 'Development',
    Commissioning__Database__Provider: 'Sqlite',
    Commissioning__Database__SqlitePath: join(dataDir, 'commissioning.db'),
  };
  const log = createWriteStream(join(artifactsDir, 'api.log'));
  // The content root is the project folder, as under `dotnet run`, so wwwroot and appsettings.json are found.
  const api = spawn('dotnet', [apiDll, '--urls', baseUrl], { cwd: apiProject, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  api.stdout.pipe(log);
  api.stderr.pipe(log);
  await waitUntilHealthy(baseUrl, api, 300_000);
  return {
    baseUrl,
    environment,
    async stop() {
      api.kill('SIGTERM');
      await new Promise((r) => (api.exitCode !== null ? r() : api.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A browser page that fails the test on anything a person would see go wrong: a script error, a console error
 * (a blocked Content-Security-Policy load among them), or a request that leaves localhost (no CDN at run time).
 */
export async function openBrowser() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
  const problems = [];
  async function newPage({ token } = {}) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    if (token) {
      await context.addInitScript((t) => sessionStorage.setItem('commissioning.bearerToken', t), token);
    }
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      problems.push(`request outside localhost: ${url.href}`);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    return page;
  }
  return {
    newPage,
    /** What went wrong so far, emptied by reading it. */
    takeProblems() { return problems.splice(0); },
    close: () => browser.close(),
  };
}

export async function screenshot(page, name) {
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export function resetArtifacts() {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
}
