import { chromium } from 'playwright-core';
const [url, out, x=0, y=0, w=1400, h=900, vw=1400] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: +vw, height: 1000 } });
p.on('console', m => console.log('console', m.type(), m.text()));
await p.goto(url);
await p.waitForTimeout(+process.env.WAIT || 4000);
if (process.env.CLICK) { await p.locator(process.env.CLICK).first().click(); await p.waitForTimeout(3000); }
await p.screenshot({ path: out, fullPage: true, clip: { x: +x, y: +y, width: +w, height: +h } });
await b.close();
