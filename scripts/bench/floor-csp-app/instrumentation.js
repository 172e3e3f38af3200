// The floor's own start hook, as it is.
export { register } from '../floor-app/instrumentation.js';
