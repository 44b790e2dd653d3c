/**
 * generated, do not edit: `npm run generate` writes this file from API Apprentissage's job routes, api-apprentissage-jobs.openapi.json
 * (normalized by scripts/normalize-openapi31.ts, corrected by scripts/corrections-api-apprentissage.ts, typed by openapi-typescript).
 */
export interface paths {
    "/job/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["jobsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job/v1/offer/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["jobSearchById"];
        put: operations["jobOfferUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job/v1/offer/{id}/publishing-informations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Publication status of an offer written through the API. Limit: 120 requests per minute per API key, counted apart from GET /job/v1/offer/{id}. */
        get: operations["jobPublisingInfos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["jobSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/formation/v1/appointment/generate-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["generateFormationAppointmentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job/v1/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["jobApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job/v1/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["jobOfferCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        GeoJsonPoint: {
            /** @description [longitude, latitude]: GeoJSON order, longitude first. */
            coordinates: [
                number,
                number
            ];
            /** @constant */
            type: "Point";
        };
        JobApplicationWrite: {
            /** Format: byte */
            applicant_attachment_content: string;
            applicant_attachment_name: string;
            /** Format: email */
            applicant_email: string;
            applicant_first_name: string;
            applicant_last_name: string;
            applicant_message?: string | null;
            applicant_phone: string;
            /**
             * @description Identifiant unique de la ressource vers laquelle la candidature est faite, préfixé par le nom de la collection
             * @example partners_6687165396d52b5e01b40954
             */
            recipient_id: string;
        };
        JobOfferExport: {
            /**
             * Format: date-time
             * @example 2025-06-26T08:28:05.000Z
             */
            lastUpdate: string;
            /** @example https://s3.rbx.io.cloud.ovh.net/bucket/file.json?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Content-Sha256=UNSIGNED-PAYLOAD */
            url: string;
        };
        JobOfferPublishing: {
            publishing: {
                error?: {
                    /**
                     * @description Why this write will not be published; an open set (new codes appear; CLASSIFICATION_PENDING is transient).
                     * @example CLOSED_COMPANY
                     * @example DUPLICATE
                     * @example STAGE
                     * @example EXPIRED
                     * @example CFA
                     * @example ROME_BLACKLISTED
                     * @example WRONG_DATA
                     * @example NON_DIFFUSIBLE
                     */
                    code: string;
                    /**
                     * @example The company is closed
                     * @example The offer is considered as a duplicate of another published offer
                     * @example The offer has expired
                     * @example The company's contact informations are not publishable
                     */
                    label: string;
                };
                /**
                 * @example WILL_BE_PUBLISHED
                 * @example PUBLISHED
                 * @example WILL_NOT_BE_PUBLISHED
                 * @enum {string}
                 */
                status: "WILL_BE_PUBLISHED" | "PUBLISHED" | "WILL_NOT_BE_PUBLISHED";
            };
        };
        JobOfferRead: {
            apply: {
                /** @example 0199000000 */
                phone: string | null;
                recipient_id?: string | null;
                /**
                 * Format: uri
                 * @example https://labonnealternance.apprentissage.beta.gouv.fr/recherche-apprentissage?display=list&page=fiche&type=matcha&itemId=664752a2ebe24062b758c641
                 */
                url: string;
            };
            contract: {
                /** @example 12 */
                duration: number | null;
                /**
                 * @example onsite
                 * @example remote
                 * @example hybrid
                 * @enum {string|null}
                 */
                remote: "onsite" | "remote" | "hybrid" | null;
                /**
                 * Format: date-time
                 * @example 2024-09-23T10:00:00.000Z
                 */
                start: string | null;
                type: ("Apprentissage" | "Professionnalisation")[];
            };
            identifier: {
                /** @example 6687165396d52b5e01b409545 */
                id: string | null;
                /** @example b16a546a-e61f-4028-b5a3-1a7bbfaa4e3d */
                partner_job_id: string;
                /**
                 * @description Who published the offer. Known values include France Travail, La bonne alternance, Hellowork, Monster, APEC, L'Etudiant; others appear.
                 * @example France Travail
                 * @example offres_emploi_lba
                 */
                partner_label: string;
            };
            /**
             * @description Indicates if the job offer management is delegated to a partner school
             * @default false
             * @example true
             */
            is_delegated: boolean;
            offer: {
                access_conditions: string[];
                /** @example Conçoit, développe et met au point un projet d'application informatique, de la phase d'étude à son intégration, pour un client ou une entreprise selon des besoins fonctionnels et un cahier des charges. Peut conduire des projets de développement. Peut coordonner une équipe. */
                description: string;
                desired_skills: string[];
                /**
                 * @example 1
                 * @example 3
                 */
                opening_count: number;
                publication: {
                    /**
                     * Format: date-time
                     * @example 2024-07-23T13:23:01.000Z
                     */
                    creation: string | null;
                    /**
                     * Format: date-time
                     * @example 2027-05-14T00:00:00Z
                     */
                    expiration: string | null;
                };
                rome_codes: string[];
                /**
                 * @example Active
                 * @enum {string}
                 */
                status: "Active" | "Filled" | "Cancelled";
                target_diploma: {
                    /**
                     * @example 3
                     * @enum {string}
                     */
                    european: "3" | "4" | "5" | "6" | "7";
                    /** @example BP, Bac, autres formations niveau (Bac) */
                    label: string;
                } | null;
                /** @example Développeur / Développeuse web */
                title: string;
                to_be_acquired_skills: string[];
            };
            workplace: {
                /** @example Enseigne (todo) */
                brand: string | null;
                /** @example Service du Premier ministre, placé sous l’autorité du ministre de la Transformation et de la Fonction publiques, la direction interministérielle du numérique (DINUM) a pour mission d’élaborer la stratégie numérique de l’État et de piloter sa mise en œuvre. Notre objectif : un État plus efficace, plus simple et plus souverain grâce au numérique. */
                description: string | null;
                domain: {
                    /** @example 1979 */
                    idcc: number | null;
                    naf: {
                        /** @example 8411Z */
                        code: string;
                        /** @example Administration publique générale */
                        label: string | null;
                    } | null;
                    /** @example OPCO 2i */
                    opco: string | null;
                };
                legal_name: string | null;
                location: {
                    /** @example 20 AVENUE DE SEGUR 75007 PARIS */
                    address: string;
                    geopoint: components["schemas"]["GeoJsonPoint"];
                };
                /** @example DIRECTION INTERMINISTERIELLE DU NUMERIQUE (DINUM) */
                name: string | null;
                /** @example 13002526500013 */
                siret: string | null;
                /** @example 100-199 */
                size: string | null;
                /**
                 * Format: uri
                 * @example https://beta.gouv.fr/startups/
                 */
                website: string | null;
            };
        };
        JobOfferWrite: {
            apply: {
                /**
                 * Format: email
                 * @description Email de contact
                 * @example jean.dupuis@beta.gouv.fr
                 */
                email?: string | null;
                /**
                 * @description Téléphone de contact
                 * @example 0199000000
                 */
                phone?: string | null;
                /**
                 * Format: uri
                 * @description URL pour candidater
                 * @example https://labonnealternance.apprentissage.beta.gouv.fr/recherche-apprentissage?display=list&page=fiche&type=matcha&itemId=664752a2ebe24062b758c641
                 */
                url?: string | null;
            };
            contract?: {
                /** @example 12 */
                duration?: number | null;
                /**
                 * @example onsite
                 * @example remote
                 * @example hybrid
                 * @enum {string|null}
                 */
                remote?: "onsite" | "remote" | "hybrid" | null;
                /**
                 * Format: date-time
                 * @example 2024-09-23T10:00:00.000Z
                 */
                start?: string | null;
                /**
                 * @default [
                 *       "Apprentissage",
                 *       "Professionnalisation"
                 *     ]
                 */
                type?: ("Apprentissage" | "Professionnalisation")[];
            };
            identifier?: {
                /** @example b16a546a-e61f-4028-b5a3-1a7bbfaa4e3d */
                partner_job_id: string;
            };
            offer: {
                /** @default [] */
                access_conditions?: string[];
                /** @example Conçoit, développe et met au point un projet d'application informatique, de la phase d'étude à son intégration, pour un client ou une entreprise selon des besoins fonctionnels et un cahier des charges. Peut conduire des projets de développement. Peut coordonner une équipe. */
                description: string;
                /** @default [] */
                desired_skills?: string[];
                /**
                 * @description Si l'offre peut être diffusé sur l'ensemble des plateformes partenaires
                 * @default true
                 */
                multicast?: boolean;
                /**
                 * @default 1
                 * @example 1
                 * @example 3
                 */
                opening_count?: number;
                /** @description Déprécié */
                origin?: string | null;
                publication?: {
                    /**
                     * Format: date-time
                     * @example 2024-07-23T13:23:01.000Z
                     */
                    creation?: string | null;
                    /**
                     * Format: date-time
                     * @example 2027-05-14T00:00:00Z
                     */
                    expiration?: string | null;
                };
                /** @description Validated (each code trimmed, ^[A-Z]\d{4}$), then ignored: the server always infers the ROME codes from the title, the NAF code and the description. */
                rome_codes?: string[] | null;
                /**
                 * @description Active by default; Filled, Cancelled and Pending are accepted on create and update alike.
                 * @default Active
                 * @example Active
                 * @example Filled
                 * @example Cancelled
                 * @enum {string}
                 */
                status?: "Active" | "Filled" | "Cancelled" | "Pending";
                target_diploma?: {
                    /**
                     * @example 3
                     * @enum {string|null}
                     */
                    european?: "3" | "4" | "5" | "6" | "7" | null;
                } | null;
                /** @example Développeur / Développeuse web */
                title: string;
                /** @default [] */
                to_be_acquired_skills?: string[];
            };
            workplace: {
                /** @example Service du Premier ministre, placé sous l’autorité du ministre de la Transformation et de la Fonction publiques, la direction interministérielle du numérique (DINUM) a pour mission d’élaborer la stratégie numérique de l’État et de piloter sa mise en œuvre. Notre objectif : un État plus efficace, plus simple et plus souverain grâce au numérique. */
                description?: string | null;
                location?: {
                    /** @example 20 AVENUE DE SEGUR 75007 PARIS */
                    address?: string | null;
                } | null;
                /** @example DIRECTION INTERMINISTERIELLE DU NUMERIQUE (DINUM) */
                name?: string | null;
                /** @example 13002526500013 */
                siret: string;
                /**
                 * @description Not checked by the server (any string).
                 * @example https://beta.gouv.fr/startups/
                 */
                website?: string | null;
            };
        };
        JobRecruiter: {
            apply: {
                /** @example 0199000000 */
                phone: string | null;
                recipient_id?: string | null;
                /**
                 * Format: uri
                 * @example https://labonnealternance.apprentissage.beta.gouv.fr/recherche-apprentissage?display=list&page=fiche&type=matcha&itemId=664752a2ebe24062b758c641
                 */
                url: string;
            };
            identifier: {
                /** @example 6687165396d52b5e01b409545 */
                id: string;
            };
            workplace: {
                /** @example Enseigne (todo) */
                brand: string | null;
                /** @example Service du Premier ministre, placé sous l’autorité du ministre de la Transformation et de la Fonction publiques, la direction interministérielle du numérique (DINUM) a pour mission d’élaborer la stratégie numérique de l’État et de piloter sa mise en œuvre. Notre objectif : un État plus efficace, plus simple et plus souverain grâce au numérique. */
                description: string | null;
                domain: {
                    /** @example 1979 */
                    idcc: number | null;
                    naf: {
                        /** @example 8411Z */
                        code: string;
                        /** @example Administration publique générale */
                        label: string | null;
                    } | null;
                    /** @example OPCO 2i */
                    opco: string | null;
                };
                legal_name: string | null;
                location: {
                    /** @example 20 AVENUE DE SEGUR 75007 PARIS */
                    address: string;
                    geopoint: components["schemas"]["GeoJsonPoint"];
                };
                /** @example DIRECTION INTERMINISTERIELLE DU NUMERIQUE (DINUM) */
                name: string | null;
                /** @example 13002526500013 */
                siret: string | null;
                /** @example 100-199 */
                size: string | null;
                /**
                 * Format: uri
                 * @example https://beta.gouv.fr/startups/
                 */
                website: string | null;
            };
        };
        /** @description The whole offer, replacing the stored one (omitted fields go back to their defaults); identifier is not part of it. */
        JobOfferUpdate: {
            apply: {
                /**
                 * Format: email
                 * @description Email de contact
                 * @example jean.dupuis@beta.gouv.fr
                 */
                email?: string | null;
                /**
                 * @description Téléphone de contact
                 * @example 0199000000
                 */
                phone?: string | null;
                /**
                 * Format: uri
                 * @description URL pour candidater
                 * @example https://labonnealternance.apprentissage.beta.gouv.fr/recherche-apprentissage?display=list&page=fiche&type=matcha&itemId=664752a2ebe24062b758c641
                 */
                url?: string | null;
            };
            contract?: {
                /** @example 12 */
                duration?: number | null;
                /**
                 * @example onsite
                 * @example remote
                 * @example hybrid
                 * @enum {string|null}
                 */
                remote?: "onsite" | "remote" | "hybrid" | null;
                /**
                 * Format: date-time
                 * @example 2024-09-23T10:00:00.000Z
                 */
                start?: string | null;
                /**
                 * @default [
                 *       "Apprentissage",
                 *       "Professionnalisation"
                 *     ]
                 */
                type?: ("Apprentissage" | "Professionnalisation")[];
            };
            offer: {
                /** @default [] */
                access_conditions?: string[];
                /** @example Conçoit, développe et met au point un projet d'application informatique, de la phase d'étude à son intégration, pour un client ou une entreprise selon des besoins fonctionnels et un cahier des charges. Peut conduire des projets de développement. Peut coordonner une équipe. */
                description: string;
                /** @default [] */
                desired_skills?: string[];
                /**
                 * @description Si l'offre peut être diffusé sur l'ensemble des plateformes partenaires
                 * @default true
                 */
                multicast?: boolean;
                /**
                 * @default 1
                 * @example 1
                 * @example 3
                 */
                opening_count?: number;
                /** @description Déprécié */
                origin?: string | null;
                publication?: {
                    /**
                     * Format: date-time
                     * @example 2024-07-23T13:23:01.000Z
                     */
                    creation?: string | null;
                    /**
                     * Format: date-time
                     * @example 2027-05-14T00:00:00Z
                     */
                    expiration?: string | null;
                };
                /** @description Validated (each code trimmed, ^[A-Z]\d{4}$), then ignored: the server always infers the ROME codes from the title, the NAF code and the description. */
                rome_codes?: string[] | null;
                /**
                 * @description Active by default; Filled, Cancelled and Pending are accepted on create and update alike.
                 * @default Active
                 * @example Active
                 * @example Filled
                 * @example Cancelled
                 * @enum {string}
                 */
                status?: "Active" | "Filled" | "Cancelled" | "Pending";
                target_diploma?: {
                    /**
                     * @example 3
                     * @enum {string|null}
                     */
                    european?: "3" | "4" | "5" | "6" | "7" | null;
                } | null;
                /** @example Développeur / Développeuse web */
                title: string;
                /** @default [] */
                to_be_acquired_skills?: string[];
            };
            workplace: {
                /** @example Service du Premier ministre, placé sous l’autorité du ministre de la Transformation et de la Fonction publiques, la direction interministérielle du numérique (DINUM) a pour mission d’élaborer la stratégie numérique de l’État et de piloter sa mise en œuvre. Notre objectif : un État plus efficace, plus simple et plus souverain grâce au numérique. */
                description?: string | null;
                location?: {
                    /** @example 20 AVENUE DE SEGUR 75007 PARIS */
                    address?: string | null;
                } | null;
                /** @example DIRECTION INTERMINISTERIELLE DU NUMERIQUE (DINUM) */
                name?: string | null;
                /** @example 13002526500013 */
                siret: string;
                /**
                 * @description Not checked by the server (any string).
                 * @example https://beta.gouv.fr/startups/
                 */
                website?: string | null;
            };
        };
    };
    responses: {
        /** @description Bad Request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error context data */
                    data?: unknown;
                    message: string;
                    /**
                     * @description The error's name when the gateway raised it.
                     * @example Bad Request
                     */
                    name?: string;
                    /** @enum {number} */
                    statusCode: 400;
                    /** @description The error's name when LBA raised it (the gateway passes its body through). */
                    error?: string;
                };
            };
        };
        /** @description Missing or invalid API key */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error context data */
                    data?: unknown;
                    message: string;
                    /**
                     * @description The error's name when the gateway raised it.
                     * @example Unauthorized
                     */
                    name?: string;
                    /** @enum {number} */
                    statusCode: 401;
                    /** @description The error's name when LBA raised it (the gateway passes its body through). */
                    error?: string;
                };
            };
        };
        /** @description Insufficient permissions to access the resource */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error context data */
                    data?: unknown;
                    message: string;
                    /**
                     * @description The error's name when the gateway raised it.
                     * @example Forbidden
                     */
                    name?: string;
                    /** @enum {number} */
                    statusCode: 403;
                    /** @description The error's name when LBA raised it (the gateway passes its body through). */
                    error?: string;
                };
            };
        };
        /** @description Resource not found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error context data */
                    data?: unknown;
                    message: string;
                    /**
                     * @description The error's name when the gateway raised it.
                     * @example Not Found
                     */
                    name?: string;
                    /** @enum {number} */
                    statusCode: 404;
                    /** @description The error's name when LBA raised it (the gateway passes its body through). */
                    error?: string;
                };
            };
        };
        /** @description Resource conflict */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error context data */
                    data?: unknown;
                    message: string;
                    /**
                     * @description The error's name when the gateway raised it.
                     * @example Conflict
                     */
                    name?: string;
                    /** @enum {number} */
                    statusCode: 409;
                    /** @description The error's name when LBA raised it (the gateway passes its body through). */
                    error?: string;
                };
            };
        };
        /** @description API key rate limit exceeded */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error context data */
                    data?: unknown;
                    message: string;
                    /**
                     * @description The error's name when the gateway raised it.
                     * @example Too Many Requests
                     */
                    name?: string;
                    /** @enum {number} */
                    statusCode: 429;
                    /** @description The error's name when LBA raised it (the gateway passes its body through). */
                    error?: string;
                };
            };
        };
        /** @description An unexpected error occurred on the server. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error context data */
                    data?: unknown;
                    message: string;
                    /**
                     * @description The error's name when the gateway raised it.
                     * @example Internal Server Error
                     */
                    name?: string;
                    /** @enum {number} */
                    statusCode: 500;
                    /** @description The error's name when LBA raised it (the gateway passes its body through). */
                    error?: string;
                };
            };
        };
        /** @description Service is unavailable. */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error context data */
                    data?: unknown;
                    message: string;
                    /**
                     * @description The error's name when the gateway raised it.
                     * @example Bad Gateway
                     */
                    name?: string;
                    /** @enum {number} */
                    statusCode: 502;
                    /** @description The error's name when LBA raised it (the gateway passes its body through). */
                    error?: string;
                };
            };
        };
        /** @description Service is under maintenance */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description Error context data */
                    data?: unknown;
                    message: string;
                    /**
                     * @description The error's name when the gateway raised it.
                     * @example Service Unavailable
                     */
                    name?: string;
                    /** @enum {number} */
                    statusCode: 503;
                    /** @description The error's name when LBA raised it (the gateway passes its body through). */
                    error?: string;
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    jobsExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobOfferExport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    jobSearchById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobOfferRead"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    jobOfferUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobOfferUpdate"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    jobPublisingInfos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobOfferPublishing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    jobSearch: {
        parameters: {
            query?: {
                longitude?: number;
                latitude?: number;
                radius?: number;
                target_diploma_level?: "3" | "4" | "5" | "6" | "7";
                /** @description ROME codes as ONE comma-separated value (F1601,F1201); a repeated romes key is a 400. No limit on their number. */
                romes?: string;
                rncp?: string;
                opco?: "AFDAS" | "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre" | "ATLAS" | "Constructys" | "L'Opcommerce" | "OCAPIAT" | "OPCO 2i" | "Opco entreprises de proximité" | "Opco Mobilités" | "Opco Santé" | "Uniformation, l'Opco de la Cohésion sociale";
                /** @description Department codes, one per repeated key (departements=44&departements=49); each is matched as a postcode prefix; 2A and 2B are understood. */
                departements?: string[];
                /** @description Partner labels to leave out, one per repeated key. */
                partners_to_exclude?: string[];
                /** @description Declared by the server (z.boolean().nullish(), not coerced) but not used by its API search (only the site's own search filters on it); a query value reaches that validation as a string, which z.boolean() rejects with a 400: leave it out. */
                elligibleHandicapFilter?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobs: components["schemas"]["JobOfferRead"][];
                        recruiters: components["schemas"]["JobRecruiter"][];
                        /**
                         * @example {
                         *       "code": "WARNING_CODE",
                         *       "message": "Some warning message"
                         *     }
                         */
                        warnings: {
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    generateFormationAppointmentLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parcoursup_id: string;
                } | {
                    onisep_id: string;
                } | {
                    cle_ministere_educatif: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cfd: string;
                        cle_ministere_educatif: string;
                        code_postal: string;
                        etablissement_formateur_entreprise_raison_sociale: string | null;
                        /** @example 78424186100011 */
                        etablissement_formateur_siret: string | null;
                        form_url: string;
                        intitule_long: string | null;
                        lieu_formation_adresse: string;
                        localite: string;
                    } | {
                        /** @enum {string} */
                        error: "Appointment request not available";
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    jobApply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobApplicationWrite"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    jobOfferCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobOfferWrite"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
