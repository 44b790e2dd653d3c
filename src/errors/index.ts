export { LbaError } from "./lba-error.js";
export { LbaInputError, formatInputIssue, type LbaInputIssue } from "./lba-input-error.js";
export { LbaApiError } from "./lba-api-error.js";
export { LbaRateLimitError } from "./lba-rate-limit-error.js";
export { LbaAuthError } from "./lba-auth-error.js";
export { LbaResponseValidationError, type LbaValidationIssue } from "./lba-response-validation-error.js";
export { LbaNetworkError } from "./lba-network-error.js";
export { LbaTimeoutError } from "./lba-timeout-error.js";
export { LbaAbortError } from "./lba-abort-error.js";
