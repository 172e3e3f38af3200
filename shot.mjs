import { chromium } from '@playwright/test';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const p = await b.newPage({ viewport: { width: Number(process.argv[4] ?? 390), height: 844 } });
await p.goto(process.argv[2]);
await p.waitForTimeout(500);
await p.screenshot({ path: process.argv[3], fullPage: true });
await b.close();
