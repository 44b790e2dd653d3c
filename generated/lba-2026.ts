/**
 * generated, do not edit: `npm run generate` writes this file from the La Bonne Alternance server's 2026 contract, lba-2026.openapi.json
 * (normalized by scripts/normalize-openapi31.ts, corrected by scripts/corrections-lba-2026.ts, typed by openapi-typescript).
 */
export interface paths {
    "/api/appointment-request/context/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Appointment request */
        post: operations["createAppointmentRequestContext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/formations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Rechercher des formations en alternance pour un métier ou un ensemble de métiers autour d'un point géographique
         *     Limite : 7 appel(s) / 1 seconde(s)
         */
        get: operations["getFormations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/formations/formation/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Get one formation identified by it's clé ministère éducatif
         *     Limite : 7 appel(s) / 1 seconde(s)
         */
        get: operations["getFormation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/formationsParRegion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Rechercher des formations en alternance dans un département ou dans une région ou dans la France entière pour un métier ou un ensemble de métiers
         *     Limite : 5 appel(s) / 1 seconde(s)
         */
        get: operations["getFormationsParRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Récupérer la liste des noms des métiers du référentiel de La bonne alternance
         *     Limite : 20 appel(s) / 1 seconde(s)
         */
        get: operations["getMetiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metiers/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Retourne la liste de tous les métiers référencés sur LBA
         *     Limite : 20 appel(s) / 1 seconde(s)
         */
        get: operations["getAllMetiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metiers/intitule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Retourne une liste de métiers enrichis avec les codes romes associés correspondant aux critères en paramètres
         *     Limite : 20 appel(s) / 1 seconde(s)
         */
        get: operations["getMetiersIntitule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metiers/metiersParFormation/{cfd}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Récupérer la liste des noms des métiers du référentiel de La bonne alternance pour une formation donnée
         *     Limite : 20 appel(s) / 1 seconde(s)
         */
        get: operations["getMetiersParFormation"];
        put?: never;
        post?: never;
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
        /** @description Informations de contact */
        Contact: {
            /**
             * @description L'adresse email du contact de référence
             * @example contact@domaine.fr
             */
            email?: string | null;
            hasEmail: boolean | null;
            /** @description Des informations complémentaires concernant le contact de référence */
            info?: string | null;
            iv?: string | null;
            /**
             * @description Le nom du contact de référence
             * @example Mme Dupont
             */
            name?: string | null;
            /**
             * @description Le numéro de téléphone du contact de référence
             * @example 0X XX XX XX XX
             */
            phone?: string | null;
            /** @description L'url pour postuler */
            url?: string | null;
        };
        DureeDeSessionEnJours: number;
        Error: {
            /**
             * @description Données contextuelles liées à l'erreur
             * @example {
             *       "validationError": {
             *         "code": "FST_ERR_VALIDATION",
             *         "issues": [
             *           {
             *             "code": "invalid_type",
             *             "expected": "number",
             *             "message": "Number attendu",
             *             "path": [
             *               "longitude"
             *             ],
             *             "received": "nan"
             *           }
             *         ],
             *         "name": "ZodError",
             *         "statusCode": 400,
             *         "validationContext": "querystring"
             *       }
             *     }
             */
            data?: unknown;
            /**
             * @description Le type générique de l'erreur
             * @example Bad Request
             */
            error: string;
            /**
             * @description Un message explicatif de l'erreur
             * @example querystring.longitude: Number attendu
             */
            message: string;
            /**
             * @description Le status code retourné
             * @example 400
             */
            statusCode: number;
        };
        Formation: {
            /**
             * @description Capacité d'accueil.
             * @example 15
             */
            capacity?: string | null;
            /**
             * @description Le code formation diplôme de l'éducation nationale.
             * @example 50023324
             */
            cfd?: string | null;
            cleMinistereEducatif?: string | null;
            /** @description Les informations de la société. Selon le contexte il peut s'agir du centre de formation ou de l'entreprise offrant une opportunité d'emploi. */
            company: {
                creationDate?: string | null;
                /** @description La description de l'entreprise */
                description?: string | null;
                elligibleHandicap?: boolean | null;
                headquarter?: {
                    /** @description Lieu de formation seulement : indique si l'établissement gestionnaire est conventionné */
                    hasConvention?: string | null;
                    /** @description Lieu de formation seulement : l'identifiant de l'établissement gestionnaire */
                    id?: string | null;
                    /**
                     * @description La raison sociale du centre de formation auquel est affilié la formation
                     * @example ECOLE DE TRAVAIL ORT
                     */
                    name?: string | null;
                    /** @description Un lieu. Selon le contexte il peut s'agir du lieu de formation, du lieu du centre de formation responsable de la formation ou de l'emplacement d'une entreprise offrant une opportunité d'emploi */
                    place?: components["schemas"]["PartialPlace"] | null;
                    /**
                     * @description Le numéro de SIRET de l'établissement
                     * @example 78424186100011
                     */
                    siret: string | null;
                    /** @description Lieu de formation seulement : le type de l'établissement gestionnaire */
                    type?: string | null;
                    /** @description Lieu de formation seulement : l'uai de l'établissement gestionnaire */
                    uai?: string | null;
                } | null;
                /** @description Lieu de formation seulement : l'identifiant du lieu de formation */
                id?: string | null;
                /** @description L'url du logo de l'entreprise */
                logo?: string | null;
                /** @description Indique si l'offre est déposée par un CFA mandataire (offres Matcha seulement) */
                mandataire?: boolean | null;
                /**
                 * @description La raison sociale de l'entreprise
                 * @example ECOLE DE TRAVAIL ORT
                 */
                name?: string | null;
                opco?: {
                    label: string | null;
                    url: string | null;
                } | null;
                /** @description Un lieu. Selon le contexte il peut s'agir du lieu de formation, du lieu du centre de formation responsable de la formation ou de l'emplacement d'une entreprise offrant une opportunité d'emploi */
                place?: components["schemas"]["PartialPlace"] | null;
                /**
                 * @description Le numéro de SIRET de l'établissement
                 * @example 78424186100011
                 */
                siret?: string | null;
                /** @description La tranche d'effectifs de l'entreprise */
                size?: string | null;
                /** @description Un lien vers un réseau social présentant l'entreprise */
                socialNetwork?: string | null;
                /** @description Lieu de formation seulement : l'uai du lieu de formation */
                uai?: string | null;
                /** @description Un lien vers le site de l'entreprise */
                url?: string | null;
                /** @description The company is a GEIQ (employers' group for integration and qualification). */
                isGeiq?: boolean | null;
            } | null;
            contact?: components["schemas"]["Contact"] | null;
            /**
             * @description Le diplôme délivré par la formation.
             * @example CERTIFICAT D'APTITUDES PROFESSIONNELLES
             */
            diploma?: string | null;
            /**
             * @description L'identifiant de la formation dans le catalogue du Réseau des Carif-Oref.
             * @example 5e8dfad720ff3b2161269d86
             */
            id: string | null;
            idRco?: string | null;
            idRcoFormation?: string | null;
            /**
             * @description Le type labonnealternance d'objet, ici la seule valeur possible est 'formation'
             * @example formation
             * @enum {string}
             */
            ideaType: "formation";
            /**
             * @description Le titre en version longue de la formation
             * @example MONTEUR EN INSTALLATIONS THERMIQUES (CAP)
             */
            longTitle?: string | null;
            /**
             * @description Le lien vers la description de la formation sur le site de l'ONISEP
             * @example http://www.onisep.fr/http/redirection/formation/identifiant/7872
             */
            onisepUrl?: string | null;
            period?: string | null;
            place: components["schemas"]["Place"] | null;
            rdvContext?: unknown;
            /**
             * @description Le code RNCP.
             * @example RNCP31899
             */
            rncpCode?: string | null;
            /**
             * @description Indique si le titre RNCP est éligible en apprentissage.
             * @example true
             */
            rncpEligibleApprentissage?: boolean | null;
            /**
             * @description L'intitulé RNCP.
             * @example Intégrateur - Développeur Web
             */
            rncpLabel?: string | null;
            romes?: components["schemas"]["Rome"][] | null;
            /**
             * @description Le niveau de la formation.
             * @example 3 (CAP...)
             */
            target_diploma_level?: string | null;
            /**
             * @description Le titre de la formation
             * @example CAP Monteur en Installation Thermique
             */
            title?: string | null;
            training?: components["schemas"]["Training"] | null;
        };
        LbacError: {
            /**
             * @description Le type générique de l'erreur
             * @example wrong_parameters
             */
            error: string;
            /**
             * @description Une liste d'erreurs détaillées. Ex : les erreurs de paramétrage de la requête.
             * @example [
             *       "romes : Badly formatted rome codes. Rome code must be one letter followed by 4 digit number. ex : A1234",
             *       "romes : Too many rome codes. Maximum is 20."
             *     ]
             */
            error_messages?: string[] | null;
        };
        MetierEnrichi: {
            /**
             * @description Le nom du métier
             * @example Décor et accessoires pour le spectacle
             */
            label: string;
            /**
             * @description La liste des codes RNCPs correspondants au métier
             * @example [
             *       "RNCP500",
             *       "RNCP806"
             *     ]
             */
            rncps?: string[] | null;
            /** @description Optionnel : tableau de couples romes / libellés */
            romeTitles?: components["schemas"]["RomeWithLabel"][] | null;
            /**
             * @description La liste des codes ROMEs correspondants au métier
             * @example [
             *       "L1503",
             *       "L1502",
             *       "L1506"
             *     ]
             */
            romes: string[];
            /**
             * @description Indique que l'objet est de type job
             * @example job
             */
            type?: string | null;
        };
        /** @description Le lieu de formation */
        Place: {
            /**
             * @description L'adresse du lieu
             * @example 4 RUE DES ROSIERS
             */
            address?: string | null;
            /**
             * @description L'éventuel CEDEX de l'adresse
             * @example null
             */
            cedex?: string | null;
            /**
             * @description La ville
             * @example PARIS 4
             */
            city?: string | null;
            /**
             * @description Numéro de département
             * @example 44
             */
            departementNumber?: string | null;
            /**
             * @description La distance du lieu par rapport au centre de recherche en kilomètres
             * @example 3.5
             */
            distance: number | null;
            /**
             * @description L'adresse postale complète du lieu
             * @example 4 RUE DES ROSIERS PARIS 4 75004
             */
            fullAddress?: string | null;
            /**
             * @description L'éventuel code Insee de la commune du lieu
             * @example 75004
             */
            insee?: string | null;
            /**
             * @description La latitude du lieu
             * @example 48.845
             */
            latitude?: number | null;
            /**
             * @description La longitude du lieu
             * @example 2.3752
             */
            longitude?: number | null;
            /**
             * @description Numéro de rue et nom de rue
             * @example 3, rue du loup
             */
            numberAndStreet?: string | null;
            /**
             * @description Région administrative
             * @example 11
             */
            region?: string | null;
            remoteOnly?: boolean | null;
            /**
             * @description Le code postal du lieu
             * @example 75004
             */
            zipCode?: string | null;
        };
        Rome: {
            /**
             * @description Un code ROME provenant de la nomenclature des métiers de France Travail
             * @example F1603
             */
            code: string | null;
            /**
             * @description Le libellé correspondant au code ROME
             * @example Installation d'équipements sanitaires et thermiques
             */
            label?: string | null;
        };
        RomeWithLabel: {
            codeRome: string;
            intitule: string;
        };
        SessionDeFormation: {
            endDate?: string | null;
            isPermanentEntry: boolean | null;
            startDate?: string | null;
        };
        Training: {
            description: string | null;
            duration: components["schemas"]["DureeDeSessionEnJours"] | null;
            objectif: string | null;
            sessions?: components["schemas"]["SessionDeFormation"][] | null;
        };
        /** @description A place whose fields may all be absent (the place of a company or of its headquarter). */
        PartialPlace: {
            /**
             * @description L'adresse du lieu
             * @example 4 RUE DES ROSIERS
             */
            address?: string | null;
            /**
             * @description L'éventuel CEDEX de l'adresse
             * @example null
             */
            cedex?: string | null;
            /**
             * @description La ville
             * @example PARIS 4
             */
            city?: string | null;
            /**
             * @description Numéro de département
             * @example 44
             */
            departementNumber?: string | null;
            /**
             * @description La distance du lieu par rapport au centre de recherche en kilomètres
             * @example 3.5
             */
            distance?: number | null;
            /**
             * @description L'adresse postale complète du lieu
             * @example 4 RUE DES ROSIERS PARIS 4 75004
             */
            fullAddress?: string | null;
            /**
             * @description L'éventuel code Insee de la commune du lieu
             * @example 75004
             */
            insee?: string | null;
            /**
             * @description La latitude du lieu
             * @example 48.845
             */
            latitude?: number | null;
            /**
             * @description La longitude du lieu
             * @example 2.3752
             */
            longitude?: number | null;
            /**
             * @description Numéro de rue et nom de rue
             * @example 3, rue du loup
             */
            numberAndStreet?: string | null;
            /**
             * @description Région administrative
             * @example 11
             */
            region?: string | null;
            remoteOnly?: boolean | null;
            /**
             * @description Le code postal du lieu
             * @example 75004
             */
            zipCode?: string | null;
        };
    };
    responses: {
        /** @description Too many requests from this IP in the last second: wait (Retry-After when sent) and retry. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createAppointmentRequestContext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    idParcoursup: string;
                    /** @enum {string} */
                    referrer: "parcoursup";
                    trainingHasJob?: boolean;
                } | {
                    idActionFormation: string;
                    /** @enum {string} */
                    referrer: "onisep";
                    trainingHasJob?: boolean;
                } | {
                    idCleMinistereEducatif: string;
                    /** @enum {string} */
                    referrer: "parcoursup" | "lba" | "onisep" | "jeune_1_solution" | "affelnet";
                    trainingHasJob?: boolean;
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
                        /** @example 24113401 */
                        cfd: string;
                        /** @example 101249P01313538697790003635386977900036-93006#L01 */
                        cle_ministere_educatif: string;
                        /** @example 93170 */
                        code_postal: string;
                        /** @example CAMPUS FONDERIE DE L'IMAGE */
                        etablissement_formateur_entreprise_raison_sociale: string | null;
                        /**
                         * @description Le numéro de SIRET de l'établissement
                         * @example 78424186100011
                         */
                        etablissement_formateur_siret?: string | null;
                        /** @example https://labonnealternance.apprentissage.beta.gouv.fr/rdva?referrer=affelnet&cleMinistereEducatif=101249P01313538697790003635386977900036-93006%23L01 */
                        form_url: string;
                        /** @example 14_AF_0000095539|14_SE_0000501120##14_SE_0000598458##14_SE_0000642556##14_SE_0000642557##14_SE_0000825379##14_SE_0000825382|101249 */
                        id_rco_formation: string | null;
                        /** @example METIERS D'ART ET DU DESIGN (DN) */
                        intitule_long: string;
                        /** @example 80 Rue Jules Ferry */
                        lieu_formation_adresse: string;
                        /** @example Bagnolet */
                        localite: string;
                    } | {
                        /** @enum {string} */
                        error: "Prise de rendez-vous non disponible.";
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getFormations: {
        parameters: {
            query?: {
                /** @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s). Maximum 20.<br />rome et romeDomain sont incompatibles.<br/><strong>Au moins un des deux doit être renseigné.</strong> */
                romes?: string;
                /** @description Un domaine ROME (1 lettre et deux chiffres) ou un grand domaine ROME (1 lettre). <br />rome et romeDomain sont incompatibles.<br /><strong>Au moins un des deux doit être renseigné.</strong> */
                romeDomain?: string;
                /** @description La latitude du centre de recherche. Nécessaire avec insee et longitude pour une recherche localisée. */
                latitude?: number;
                /** @description La longitude du centre de recherche. Nécessaire avec latitude et insee pour une recherche localisée. */
                longitude?: number;
                /** @description Le rayon de recherche en kilomètres */
                radius?: number;
                /** @description Le niveau de diplôme visé en fin d'études */
                diploma?: "INDIFFERENT" | "3 (CAP...)" | "4 (BAC...)" | "5 (BTS, DEUST...)" | "6 (Licence, BUT...)" | "7 (Master, titre ingénieur...)";
                /** @description Votre raison sociale ou le nom de votre produit qui fait appel à l'API idéalement préfixé par une adresse email de contact */
                caller?: string;
                /** @description Ajoute la description au résultat de retour */
                options?: "with_description";
            };
            header?: {
                referer?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Un tableau contenant la liste des formations correspondants aux critères transmis en paramètre de la requête. Le tableau peut être vide si aucune formation ne correspond. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Un tableau de formations correspondantes aux critères */
                        results: components["schemas"]["Formation"][];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] | components["schemas"]["LbacError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] | components["schemas"]["LbacError"];
                };
            };
        };
    };
    getFormation: {
        parameters: {
            query?: {
                /** @description Votre raison sociale ou le nom de votre produit qui fait appel à l'API idéalement préfixé par une adresse email de contact */
                caller?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Un tableau contenant la liste des formations correspondants aux critères transmis en paramètre de la requête. Le tableau peut être vide si aucune formation ne correspond. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Un tableau de formations correspondantes aux critères */
                        results: components["schemas"]["Formation"][];
                    };
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] | components["schemas"]["LbacError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] | components["schemas"]["LbacError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] | components["schemas"]["LbacError"];
                };
            };
        };
    };
    getFormationsParRegion: {
        parameters: {
            query?: {
                /** @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s). Maximum 20.<br />rome et romeDomain sont incompatibles.<br /><strong>Au moins un des deux doit être renseigné dans le cas d'une recherche France entière.</strong> */
                romes?: string;
                romeDomain?: string;
                /** @description Votre raison sociale ou le nom de votre produit qui fait appel à l'API idéalement préfixé par une adresse email de contact */
                caller?: string;
                /** @description Le numéro à 2 chiffres d'un département français ou à 3 chiffres pour un département d'outre-mer.<br />region et departement sont incompatibles.<br /><strong>Si aucun des deux n'est renseigné la recherche portera sur France entière.</strong><br /><strong>France entière ne peut être utilisé sans rome ou romeDomain.</strong> */
                departement?: string;
                /** @description Le code Insee d'une région française.<br />region et departement sont incompatibles.<br /><strong>Si aucun des deux n'est renseigné la recherche portera sur France entière.</strong><br /><strong>France entière ne peut être utilisé sans rome ou romeDomain.</strong><br /><ul><li>84 : Auvergne-Rhône-Alpes</li><li>27 : Bourgogne-Franche-Comté</li><li>53 : Bretagne</li><li>24 : Centre-Val de Loire</li><li>94 : Corse</li><li>44 : Grand Est</li><li>32 : Hauts-de-France</li><li>11 : Île-de-France</li><li>28 : Normandie</li><li>75 : Nouvelle-Aquitaine</li><li>76 : Occitanie</li><li>52 : Pays de la Loire</li><li>93 : Provence-Alpes-Côte d'Azur</li><li>01 : Guadeloupe</li><li>02 : Martinique</li><li>03 : Guyane</li><li>04 : La Réunion</li><li>06 : Mayotte</li></ul> */
                region?: string;
                /** @description Le niveau de diplôme visé en fin d'études */
                diploma?: "INDIFFERENT" | "3 (CAP...)" | "4 (BAC...)" | "5 (BTS, DEUST...)" | "6 (Licence, BUT...)" | "7 (Master, titre ingénieur...)";
                /** @description Ajoute la description au résultat de retour */
                options?: "with_description";
            };
            header?: {
                referer?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Un tableau contenant la liste des formations correspondants aux critères transmis en paramètre de la requête. Le tableau peut être vide si aucune formation ne correspond. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Un tableau de formations correspondantes aux critères */
                        results: components["schemas"]["Formation"][];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] | components["schemas"]["LbacError"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] | components["schemas"]["LbacError"];
                };
            };
        };
    };
    getMetiers: {
        parameters: {
            query: {
                /** @description Un terme libre de recherche de métier. */
                title: string;
                /** @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s). */
                romes?: string;
                /** @description Une liste de codes RNCP séparés par des virgules correspondant au(x) métier(s) recherché(s). */
                rncps?: string;
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
                        /** @description Un tableau de métiers correspondantes aux critères */
                        labelsAndRomes: components["schemas"]["MetierEnrichi"][];
                    };
                };
            };
            /** @description Bad Request (unknown or missing query parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAllMetiers: {
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
                    "application/json": {
                        /** @description Un tableau des noms des métiers triés par ordre alphabétique */
                        metiers: string[];
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMetiersIntitule: {
        parameters: {
            query: {
                label: string;
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
                        coupleAppellationRomeMetier: {
                            appellation: string;
                            code_rome?: string;
                            intitule: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request (unknown or missing query parameter) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMetiersParFormation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description L'identifiant CFD de la formation. */
                cfd: string;
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
                    "application/json": {
                        /** @description Un tableau des noms des métiers triés par ordre alphabétique */
                        metiers: string[];
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
}
