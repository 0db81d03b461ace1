import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--no-first-run','--disable-background-networking'] });
const c = await b.newContext(); let n = 0;
const p = await c.newPage();
await p.addInitScript(() => { const orig = console.error; console.error = function (...a) { if (String(a[0]).includes('Maximum update') && !window.__shown) { window.__shown = 1; orig.call(console, 'STACK ' + new Error().stack); } return orig.apply(console, a); }; });
p.on('console', m => { if (m.text().startsWith('STACK')) console.log(m.text().slice(0, 4000)); });
await p.goto(`http://127.0.0.1:5198/`);
await p.waitForTimeout(15000);
await b.close();
