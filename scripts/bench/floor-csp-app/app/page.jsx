// The floor's page, as it is (rendered on demand: a nonce needs a render per request).
export { default } from '../../floor-app/app/page';
export const dynamic = 'force-dynamic';
