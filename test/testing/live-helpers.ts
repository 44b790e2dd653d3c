import { createMockApi, MOCK_API_KEY, type MockApiOptions } from "../../src/testing/index.js";

/** Authorization header with the default mock key. */
export const AUTH = { authorization: `Bearer ${MOCK_API_KEY}` };

export const NANTES = { latitude: 47.2184, longitude: -1.5536 };

/** A mock of today's API (no rate limits unless given) with helpers returning status, body and headers. */
export function liveApi(options: MockApiOptions = {}) {
  const api = createMockApi({ rateLimits: false, ...options });
  const answer = (res: { status: number; body: unknown; headers: Record<string, string> }) => ({ status: res.status, body: res.body as any, headers: res.headers });
  return {
    api,
    /** GET without key (La Bonne Alternance routes). */
    get: (url: string, now?: number, ip?: string) => answer(api.handle({ method: "GET", url, ...(ip ? { ip } : {}) }, now)),
    /** GET with a key (gateway routes). */
    gw: (url: string, key: string | null = MOCK_API_KEY, now?: number) => answer(api.handle({ method: "GET", url, headers: key === null ? {} : { authorization: `Bearer ${key}` } }, now)),
    /** POST /job/v1/apply with a key. */
    apply: (body: unknown, key: string = MOCK_API_KEY, now?: number) => answer(api.handle({ method: "POST", url: "/api/job/v1/apply", body, headers: { authorization: `Bearer ${key}` } }, now)),
  };
}

/** A PDF as the apply route expects it (data URL + base64 of "%PDF-1.4…"). */
export const PDF = "data:application/pdf;base64,JVBERi0xLjQKJcOkw7zDtsOfCg==";

/** An application body (invented person) for `recipient_id`. */
export function application(recipientId: string, change: Record<string, unknown> = {}) {
  return {
    applicant_first_name: "Camille",
    applicant_last_name: "Exemple",
    applicant_email: "camille.exemple@example.org",
    applicant_phone: "0612345678",
    applicant_attachment_name: "cv-camille.pdf",
    applicant_attachment_content: PDF,
    recipient_id: recipientId,
    applicant_message: "Bonjour, je suis intéressée par votre offre.",
    ...change,
  };
}
