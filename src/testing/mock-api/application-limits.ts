// What both generations of the mock's application routes refuse (today's /job/v1/apply and the
// 2022 /api/V1/application, src/testing/legacy/routes/application.ts).
import { MAX_CV_CONTENT_LENGTH } from "../../data/applicant-limits.js";

/** Most characters of the base64 CV the server accepts. @example `content.length <= MAX_FILE_CONTENT_CHARS` */
export const MAX_FILE_CONTENT_CHARS = MAX_CV_CONTENT_LENGTH;

/**
 * Throwaway e-mail domains the mock refuses (a sample of the real server's much longer list).
 *
 * @example
 * ```ts
 * THROWAWAY_EMAIL_DOMAINS.includes("yopmail.com"); // true
 * ```
 */
export const THROWAWAY_EMAIL_DOMAINS: readonly string[] = [
  "yopmail.com", "yopmail.fr", "10minutemail.com", "mailinator.com", "guerrillamail.com", "tempmail.com", "temp-mail.org",
  "trashmail.com", "jetable.org", "throwawaymail.com", "getnada.com", "maildrop.cc", "dispostable.com", "sharklasers.com",
];
