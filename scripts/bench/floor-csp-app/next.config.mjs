// The floor's own configuration, as it is.
export { default } from '../floor-app/next.config.mjs';
