// The floor's own configuration (none): without this file Next would take the project's.
const config = {};
export default config;
