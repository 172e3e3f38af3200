/**
 * The simulator's API key. Public by design: it guards nothing but the simulator, and both sides
 * (the app configured for the simulator, the simulator itself) read it here.
 */
export const SIMULATOR_API_KEY = 'demo-simulator-key';
