// The servers are data the mock API needs too: defined once in data/servers.ts.
export { API_APPRENTISSAGE_BASE_URL, PRODUCTION_BASE_URL, RECETTE_BASE_URL } from "../data/servers.js";
