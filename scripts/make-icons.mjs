// Renders public/icon.svg into the PNG icons and favicon.ico that browsers and phones ask for,
// in Debian's Chromium. Run after changing the SVG: `node scripts/make-icons.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM } from './ensure-debian.mjs';

const svg = readFileSync('public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const png = async (size, padding = 0) => {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * padding;
  await page.setContent(
    `<body style="margin:0;background:${padding ? '#1d70b8' : 'transparent'}">` +
      `<div style="padding:${padding}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  return page.screenshot({ omitBackground: !padding, clip: { x: 0, y: 0, width: size, height: size } });
};

writeFileSync('public/icon-192.png', await png(192));
writeFileSync('public/icon-512.png', await png(512));
// Maskable and Apple icons fill the square: the glyph sits inside the safe zone.
writeFileSync('public/icon-maskable-512.png', await png(512, 52));
writeFileSync('public/apple-touch-icon.png', await png(180, 18));

// favicon.ico holding one 32×32 PNG (ICO has allowed PNG entries since Windows Vista).
const image = await png(32);
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6); // width
header.writeUInt8(32, 7); // height
header.writeUInt8(0, 8); // no palette
header.writeUInt8(0, 9);
header.writeUInt16LE(1, 10); // planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(image.length, 14);
header.writeUInt32LE(22, 18); // offset of the image
writeFileSync('public/favicon.ico', Buffer.concat([header, image]));
await browser.close();
console.log('icons written to public/');
