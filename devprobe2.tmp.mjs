import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--no-first-run','--disable-background-networking'] });
const c = await b.newContext(); let done = false;
const p = await c.newPage();
p.on('console', async m => { if (done || m.type()!=='error') return; done = true;
  for (const a of m.args()) { try { console.log(await a.evaluate(x => x && x.stack ? x.stack : String(x))); } catch (e) {} }
});
await p.goto(`http://127.0.0.1:5198/`);
await p.waitForTimeout(8000);
await b.close();
