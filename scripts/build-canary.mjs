// Recognisable values the production build sees, so that a leak into client files is detectable.
export const BUILD_CANARY = {
  TATODESK_BASE_URL: 'https://tatodesk-canary.invalid/api',
  TATODESK_API_KEY: 'canary-api-key-7f3a9c1e5b',
};
