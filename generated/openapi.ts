/**
 * generated, do not edit: `npm run generate` writes this file from the La Bonne Alternance spec
 * (normalized by scripts/normalize.ts, corrected by scripts/corrections.ts, typed by openapi-typescript).
 */
export interface paths {
    "/api/V1/formations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Rechercher des formations en alternance pour un métier ou un ensemble de métiers autour d'un point géographique */
        get: operations["getFormations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/V1/formationsParRegion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Rechercher des formations en alternance dans un département ou dans une région ou dans la France entière pour un métier ou un ensemble de métiers */
        get: operations["getFormationsParRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/V1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Rechercher les entreprises recrutant ou susceptibles de recruter en alternance référencées par les APIs de Pôle emploi, pour un métier ou un ensemble de métiers, autour d'un point géographique ou sur la France entière */
        get: operations["getJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/V1/jobsEtFormations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Rechercher des formations en alternance et des entreprises recrutant ou susceptibles de recruter en alternance référencées par les APIs de Pôle emploi, pour un métier ou un ensemble de métiers, autour d'un point géographique ou sur la France entière */
        get: operations["getJobsEtFormations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/V1/metiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Rechercher des métiers et les codes ROMEs et RNCPs correspondants pour un titre, des codes ROMEs ou des codes RNCPs */
        get: operations["getMetiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/V1/metiers/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Récupérer la liste des noms des métiers du référentiel de La bonne alternance */
        get: operations["getAllMetiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/V1/metiers/metiersParFormation/{cfd}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Récupérer la liste des noms des métiers du référentiel de La bonne alternance pour une formation donnée */
        get: operations["getMetiersParFormation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/V1/metiers/metiersParEtablissement/{siret}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Récupérer la liste des noms des métiers du référentiel de La bonne alternance pour un établissement de formation */
        get: operations["getMetiersParEtablissement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/V1/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Envoi d'un email de candidature à une offre postée sur La bonne alternance recruteur ou une candidature spontanée à une entreprise identifiée par La bonne alternance.
         *     L'email est envoyé depuis l'adresse générique "Ne pas répondre" de La bonne alternance.
         */
        post: operations["postApplication"];
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
        Error: {
            /**
             * @description Le type générique de l'erreur
             * @example wrong_parameters
             */
            error: string;
            /**
             * @description Une liste d'erreurs détaillées. Ex : les erreurs de paramétrage de la requête.
             * @example [
             *       "romes : Badly formatted rome codes. Rome code must be one letter followed by 4 digit number. ex : A1234",
             *       "romes : Too many rome codes. Maximum is 15."
             *     ]
             */
            error_messages?: string[];
        };
        Formations: {
            /** @description Un tableau de formations correspondantes aux critères */
            results: components["schemas"]["Formation"][];
        };
        /** @description Cet objet contient les types d'opportunité d'emploi demandé dans le champ <strong>source</strong> de la requête. */
        Jobs: {
            peJobs?: components["schemas"]["Offres"] | components["schemas"]["SourceError"];
            lbaCompanies?: components["schemas"]["Societes"] | components["schemas"]["SourceError"];
            matchas?: components["schemas"]["OffresMatchas"] | components["schemas"]["SourceError"];
            lbbCompanies?: components["schemas"]["Societes"] | components["schemas"]["SourceError"];
            partnerJobs?: components["schemas"]["Offres"] | components["schemas"]["SourceError"];
        };
        /** @description Un tableau d'offres d'emploi en alternance correspondantes aux critères */
        Offres: {
            results: components["schemas"]["Offre"][];
        };
        /** @description Un tableau de sociétés susceptibles de recruter en alternance correspondantes aux critères.<br />Les lba ont déjà recruté des apprentis par le passé. */
        Societes: {
            results: components["schemas"]["Societe"][];
        };
        /** @description Un tableau d'offres d'emploi en alternance correspondantes aux critères. */
        OffresMatchas: {
            results: components["schemas"]["OffreMatcha"][];
        };
        Formation: {
            /**
             * @description Le titre de la formation
             * @example CAP Monteur en Installation Thermique
             */
            title: string | null;
            /**
             * @description Le titre en version longue de la formation
             * @example MONTEUR EN INSTALLATIONS THERMIQUES (CAP)
             */
            longTitle?: string | null;
            /**
             * @description Le type labonnealternance d'objet, ici la seule valeur possible est 'formation' Known values: formation, peJob, matcha, lba, lbb, partnerJob; others may come.
             * @example formation
             */
            ideaType: string | null;
            /**
             * @description L'identifiant de la formation dans le catalogue de la mission apprentissage.
             * @example 5e8dfad720ff3b2161269d86
             */
            id: string | null;
            /**
             * @description Le niveau de la formation.
             * @example 3 (CAP...)
             */
            diplomaLevel?: string | null;
            /**
             * @description Le diplôme délivré par la formation.
             * @example CERTIFICAT D'APTITUDES PROFESSIONNELLES
             */
            diploma?: string | null;
            /**
             * @description Le code formation diplôme de l'éducation nationale.
             * @example 50023324
             */
            cfd?: string | null;
            /**
             * @description Le code RNCP.
             * @example RNCP31899
             */
            rncpCode?: string | null;
            /**
             * @description L'intitulé RNCP.
             * @example Intégrateur - Développeur Web
             */
            rncpLabel?: string | null;
            /** @description Indique si le titre RNCP est éligible en apprentissage. */
            rncpEligibleApprentissage?: (boolean | string) | null;
            /**
             * @description Période d'inscription à la formation.
             * @example ["Septembre"]
             */
            period?: string | null;
            /**
             * @description Capacité d'accueil.
             * @example 15
             */
            capacity?: string | null;
            /**
             * @description Date d'ajout en base de données de la formation
             * @example 2020-11-30T21:33:23.481Z
             */
            createdAt?: string | null;
            /**
             * @description Date de dernières mise à jour
             * @example 2020-11-30T21:33:23.481Z
             */
            lastUpdateAt?: string | null;
            /**
             * @description Le lien vers la description de la formation sur le site de l'ONISEP
             * @example http://www.onisep.fr/http/redirection/formation/identifiant/7872
             */
            onisepUrl?: string | null;
            contact?: components["schemas"]["Contact"] | null;
            /** @description Le lieu de formation */
            place?: components["schemas"]["Place"] | null;
            company?: components["schemas"]["Company"] | null;
            romes?: components["schemas"]["Rome"][] | null;
            /**
             * @description Le lien Internet vers l'offre sur le site de Pôle emploi
             * @example https://candidat.pole-emploi.fr/offres/recherche/detail/106ZWVB
             */
            url?: string | null;
            job?: components["schemas"]["Job"] | null;
            nafs?: components["schemas"]["Naf"][] | null;
            /** @description Identifier of the training in the RCO catalogue (formations). */
            idRco?: string | null;
            /** @description Identifier of the training session in the RCO catalogue (formations). */
            idRcoFormation?: string | null;
            /** @description Training details attached to some items; shape not documented by the server. */
            training?: unknown;
        };
        Offre: {
            /**
             * @description Le titre de l'offre
             * @example Monteur / Monteuse en chauffage (H/F)
             */
            title: string | null;
            /**
             * @description Le type d'objet, ici la seule valeur possible est 'peJob' Known values: formation, peJob, matcha, lba, lbb, partnerJob; others may come.
             * @example peJob
             */
            ideaType: string | null;
            /**
             * @description Le lien Internet vers l'offre sur le site de Pôle emploi
             * @example https://candidat.pole-emploi.fr/offres/recherche/detail/106ZWVB
             */
            url: string | null;
            job: components["schemas"]["Job"] | null;
            contact?: components["schemas"]["Contact"] | null;
            /** @description Les coordonnées de la société proposant l'offre */
            place?: components["schemas"]["Place"] | null;
            company?: components["schemas"]["Company"] | null;
            romes?: components["schemas"]["Rome"][] | null;
            /**
             * @description Le titre en version longue de la formation
             * @example MONTEUR EN INSTALLATIONS THERMIQUES (CAP)
             */
            longTitle?: string | null;
            /**
             * @description L'identifiant de la formation dans le catalogue de la mission apprentissage.
             * @example 5e8dfad720ff3b2161269d86
             */
            id?: string | null;
            /**
             * @description Le niveau de la formation.
             * @example 3 (CAP...)
             */
            diplomaLevel?: string | null;
            /**
             * @description Le diplôme délivré par la formation.
             * @example CERTIFICAT D'APTITUDES PROFESSIONNELLES
             */
            diploma?: string | null;
            /**
             * @description Le code formation diplôme de l'éducation nationale.
             * @example 50023324
             */
            cfd?: string | null;
            /**
             * @description Le code RNCP.
             * @example RNCP31899
             */
            rncpCode?: string | null;
            /**
             * @description L'intitulé RNCP.
             * @example Intégrateur - Développeur Web
             */
            rncpLabel?: string | null;
            /** @description Indique si le titre RNCP est éligible en apprentissage. */
            rncpEligibleApprentissage?: (boolean | string) | null;
            /**
             * @description Période d'inscription à la formation.
             * @example ["Septembre"]
             */
            period?: string | null;
            /**
             * @description Capacité d'accueil.
             * @example 15
             */
            capacity?: string | null;
            /**
             * @description Date d'ajout en base de données de la formation
             * @example 2020-11-30T21:33:23.481Z
             */
            createdAt?: string | null;
            /**
             * @description Date de dernières mise à jour
             * @example 2020-11-30T21:33:23.481Z
             */
            lastUpdateAt?: string | null;
            /**
             * @description Le lien vers la description de la formation sur le site de l'ONISEP
             * @example http://www.onisep.fr/http/redirection/formation/identifiant/7872
             */
            onisepUrl?: string | null;
            nafs?: components["schemas"]["Naf"][] | null;
            /** @description Identifier of the training in the RCO catalogue (formations). */
            idRco?: string | null;
            /** @description Identifier of the training session in the RCO catalogue (formations). */
            idRcoFormation?: string | null;
            /** @description Training details attached to some items; shape not documented by the server. */
            training?: unknown;
        };
        OffreMatcha: {
            /**
             * @description Le titre de l'offre
             * @example Monteur / Monteuse en chauffage (H/F)
             */
            title: string | null;
            /**
             * @description Le type d'objet, ici la seule valeur possible est 'matcha' Known values: formation, peJob, matcha, lba, lbb, partnerJob; others may come.
             * @example matcha
             */
            ideaType: string | null;
            job: components["schemas"]["Job"] | null;
            contact?: components["schemas"]["Contact"] | null;
            /** @description Les coordonnées de la société proposant l'offre */
            place?: components["schemas"]["Place"] | null;
            company?: components["schemas"]["Company"] | null;
            romes?: components["schemas"]["Rome"][] | null;
            /**
             * @description Le(s) niveau(x) d'étude requis
             * @example CAP, BEP
             */
            diplomaLevel?: string | null;
            /**
             * @description Le titre en version longue de la formation
             * @example MONTEUR EN INSTALLATIONS THERMIQUES (CAP)
             */
            longTitle?: string | null;
            /**
             * @description L'identifiant de la formation dans le catalogue de la mission apprentissage.
             * @example 5e8dfad720ff3b2161269d86
             */
            id?: string | null;
            /**
             * @description Le diplôme délivré par la formation.
             * @example CERTIFICAT D'APTITUDES PROFESSIONNELLES
             */
            diploma?: string | null;
            /**
             * @description Le code formation diplôme de l'éducation nationale.
             * @example 50023324
             */
            cfd?: string | null;
            /**
             * @description Le code RNCP.
             * @example RNCP31899
             */
            rncpCode?: string | null;
            /**
             * @description L'intitulé RNCP.
             * @example Intégrateur - Développeur Web
             */
            rncpLabel?: string | null;
            /** @description Indique si le titre RNCP est éligible en apprentissage. */
            rncpEligibleApprentissage?: (boolean | string) | null;
            /**
             * @description Période d'inscription à la formation.
             * @example ["Septembre"]
             */
            period?: string | null;
            /**
             * @description Capacité d'accueil.
             * @example 15
             */
            capacity?: string | null;
            /**
             * @description Date d'ajout en base de données de la formation
             * @example 2020-11-30T21:33:23.481Z
             */
            createdAt?: string | null;
            /**
             * @description Date de dernières mise à jour
             * @example 2020-11-30T21:33:23.481Z
             */
            lastUpdateAt?: string | null;
            /**
             * @description Le lien vers la description de la formation sur le site de l'ONISEP
             * @example http://www.onisep.fr/http/redirection/formation/identifiant/7872
             */
            onisepUrl?: string | null;
            /**
             * @description Le lien Internet vers l'offre sur le site de Pôle emploi
             * @example https://candidat.pole-emploi.fr/offres/recherche/detail/106ZWVB
             */
            url?: string | null;
            nafs?: components["schemas"]["Naf"][] | null;
            /** @description Identifier of the training in the RCO catalogue (formations). */
            idRco?: string | null;
            /** @description Identifier of the training session in the RCO catalogue (formations). */
            idRcoFormation?: string | null;
            /** @description Training details attached to some items; shape not documented by the server. */
            training?: unknown;
        };
        Societe: {
            /**
             * @description La raison sociale de la société
             * @example COMPAGNIE PARISIENNE DE CHAUFFAGE URBAIN
             */
            title: string | null;
            /**
             * @description Le type d'objet, une société peut être de type lba si elle a déjà recruté en alternance ou de type lbb si elle a recruté sur le métier recherché Known values: formation, peJob, matcha, lba, lbb, partnerJob; others may come.
             * @example lba
             */
            ideaType: string | null;
            contact?: components["schemas"]["Contact"] | null;
            /** @description L'adresse de la société */
            place?: components["schemas"]["Place"] | null;
            company?: components["schemas"]["Company"] | null;
            romes?: components["schemas"]["Rome"][] | null;
            nafs?: components["schemas"]["Naf"][] | null;
            /**
             * @description Le titre en version longue de la formation
             * @example MONTEUR EN INSTALLATIONS THERMIQUES (CAP)
             */
            longTitle?: string | null;
            /**
             * @description L'identifiant de la formation dans le catalogue de la mission apprentissage.
             * @example 5e8dfad720ff3b2161269d86
             */
            id?: string | null;
            /**
             * @description Le niveau de la formation.
             * @example 3 (CAP...)
             */
            diplomaLevel?: string | null;
            /**
             * @description Le diplôme délivré par la formation.
             * @example CERTIFICAT D'APTITUDES PROFESSIONNELLES
             */
            diploma?: string | null;
            /**
             * @description Le code formation diplôme de l'éducation nationale.
             * @example 50023324
             */
            cfd?: string | null;
            /**
             * @description Le code RNCP.
             * @example RNCP31899
             */
            rncpCode?: string | null;
            /**
             * @description L'intitulé RNCP.
             * @example Intégrateur - Développeur Web
             */
            rncpLabel?: string | null;
            /** @description Indique si le titre RNCP est éligible en apprentissage. */
            rncpEligibleApprentissage?: (boolean | string) | null;
            /**
             * @description Période d'inscription à la formation.
             * @example ["Septembre"]
             */
            period?: string | null;
            /**
             * @description Capacité d'accueil.
             * @example 15
             */
            capacity?: string | null;
            /**
             * @description Date d'ajout en base de données de la formation
             * @example 2020-11-30T21:33:23.481Z
             */
            createdAt?: string | null;
            /**
             * @description Date de dernières mise à jour
             * @example 2020-11-30T21:33:23.481Z
             */
            lastUpdateAt?: string | null;
            /**
             * @description Le lien vers la description de la formation sur le site de l'ONISEP
             * @example http://www.onisep.fr/http/redirection/formation/identifiant/7872
             */
            onisepUrl?: string | null;
            /**
             * @description Le lien Internet vers l'offre sur le site de Pôle emploi
             * @example https://candidat.pole-emploi.fr/offres/recherche/detail/106ZWVB
             */
            url?: string | null;
            job?: components["schemas"]["Job"] | null;
            /** @description Identifier of the training in the RCO catalogue (formations). */
            idRco?: string | null;
            /** @description Identifier of the training session in the RCO catalogue (formations). */
            idRcoFormation?: string | null;
            /** @description Training details attached to some items; shape not documented by the server. */
            training?: unknown;
        };
        Contact: {
            /**
             * @description L'adresse email du contact de référence
             * @example contact@domaine.fr
             */
            email?: string | null;
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
            /** @description Des informations complémentaires concernant le contact de référence */
            info?: string | null;
            /** @description Initialisation vector of the encrypted e-mail, to send back with an application. */
            iv?: string | null;
        };
        /** @description Un lieu. Selon le contexte il peut s'agir du lieu de formation, du lieu du centre de formation responsable de la formation ou de l'emplacement d'une entreprise offrant une opportunité d'emploi */
        Place: {
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
            /** @description La latitude du lieu */
            latitude?: (number | string) | null;
            /** @description La longitude du lieu */
            longitude?: (number | string) | null;
            /**
             * @description La ville
             * @example PARIS 4
             */
            city?: string | null;
            /**
             * @description L'adresse du lieu
             * @example 4 RUE DES ROSIERS
             */
            address?: string | null;
            /** @description L'éventuel CEDEX de l'adresse */
            cedex?: string | null;
            /**
             * @description Le code postal du lieu
             * @example 75004
             */
            zipCode?: string | null;
            /** @description L'éventuel code Insee de la commune du lieu */
            insee?: string | null;
            /**
             * @description Numéro de département
             * @example 44
             */
            departementNumber?: string | null;
            /**
             * @description Région administrative
             * @example 11
             */
            region?: string | null;
        };
        /** @description Les informations d'une offre d'emploi servie par l'api Offres de Pôle emploi ou par l'api Matcha de la mission apprentissage */
        Job: {
            /**
             * @description L'identifiant de l'offre
             * @example 106CBHM
             */
            id: string | null;
            /**
             * @description La date de création de l'offre
             * @example 2020-10-01T16:43:24+02:00
             */
            creationDate?: string | null;
            /**
             * @description La date de début de l'offre
             * @example 2020-10-01T16:43:24+02:00
             */
            jobStartDate?: string | null;
            /** @description La description de l'offre d'emploi */
            description: string | null;
            /**
             * @description Le type de contrat proposé
             * @example CDD
             */
            contractType?: string | null;
            /**
             * @description Des informations plus détaillées sur le type de contrat proposé
             * @example Contrat à durée déterminée - 24 Mois
             */
            contractDescription?: string | null;
            /**
             * @description Le volume horaire de l'offre d'emploi
             * @example 39H Horaires normaux
             */
            duration?: string | null;
        };
        /** @description Les informations de la société. Selon le contexte il peut s'agir du centre de formation ou de l'entreprise offrant une opportunité d'emploi. */
        Company: {
            /**
             * @description La raison sociale de l'entreprise
             * @example ECOLE DE TRAVAIL ORT
             */
            name?: string | null;
            /**
             * @description Le numéro de SIRET de l'établissement
             * @example 78424186100011
             */
            siret?: string | null;
            /** @description La tranche d'effectifs de l'entreprise */
            size?: string | null;
            /** @description L'url du logo de l'entreprise */
            logo?: string | null;
            /** @description La description de l'entreprise */
            description?: string | null;
            /** @description Un lien vers un réseau social présentant l'entreprise */
            socialNetwork?: string | null;
            /** @description Un lien vers le site de l'entreprise */
            url?: string | null;
            /** @description Lieu de formation seulement : l'identifiant du lieu de formation */
            id?: string | null;
            /** @description Lieu de formation seulement : l'uai du lieu de formation */
            uai?: string | null;
            /** @description Indique si l'offre est déposée par un CFA mandataire (offres Matcha seulement) */
            mandataire?: boolean | null;
            headquarter?: {
                /**
                 * @description La raison sociale du centre de formation auquel est affilié la formation
                 * @example ECOLE DE TRAVAIL ORT
                 */
                name?: string | null;
                /** @description Lieu de formation seulement : l'identifiant de l'établissement gestionnaire */
                id?: string | null;
                /** @description Lieu de formation seulement : l'uai de l'établissement gestionnaire */
                uai?: string | null;
                /** @description Lieu de formation seulement : le type de l'établissement gestionnaire */
                type?: string | null;
                /** @description Lieu de formation seulement : indique si l'établissement gestionnaire est conventionné */
                hasConvention?: string | null;
                place?: components["schemas"]["Place"] | null;
            } | null;
            place?: components["schemas"]["Place"] | null;
        };
        Rome: {
            /**
             * @description Un code ROME provenant de la nomenclature des métiers de Pôle emploi
             * @example F1603
             */
            code: string | null;
            /**
             * @description Le libellé correspondant au code ROME
             * @example Installation d'équipements sanitaires et thermiques
             */
            label?: string | null;
        };
        Naf: {
            /**
             * @description Un code NAF (ou APE) provenant de la nomenclature des activités de l'Insee
             * @example 3530Z
             */
            code: string | null;
            /**
             * @description Le libellé correspondant au code NAF
             * @example Production et distribution de vapeur et d'air conditionné
             */
            label?: string | null;
        };
        Metiers: {
            /** @description Un tableau de métiers correspondantes aux critères */
            labelsAndRomes: components["schemas"]["Metier"][];
            /** @description Diplomas matching the search, same shape as labelsAndRomes. */
            labelsAndRomesForDiplomas?: components["schemas"]["Metier"][];
        };
        Liste_des_metiers: {
            /** @description Un tableau des noms des métiers triés par ordre alphabétique */
            metiers: string[];
        };
        /** @description Les informations d'un métier de la liste définie par la mission apprentissage */
        Metier: {
            /**
             * @description Le nom du métier
             * @example Décor et accessoires pour le spectacle
             */
            label: string;
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
             * @description La liste des codes RNCPs correspondants au métier
             * @example [
             *       "RNCP500",
             *       "RNCP806"
             *     ]
             */
            rncps?: string[];
            /**
             * @description Indique que l'objet est de type job
             * @example job
             */
            type: string;
            /** @description Optionnel : tableau de couples romes / libellés */
            romeTitles?: components["schemas"]["RomeTitle"][];
        };
        /** @description Couple code ROME / Libellé */
        RomeTitle: {
            /**
             * @description Le code rome
             * @example L1503
             */
            codeRome?: string;
            /**
             * @description Un intitulé du code ROME
             * @example Décor et accessoires spectacle
             */
            intitule?: string;
        };
        /** @description A source that failed on the server side, sent instead of `{ results }` (with HTTP 200). */
        SourceError: {
            /** @description Error code or text of the failed source. */
            error: string;
            /** @description Details, when the server gives any. */
            message?: string | null;
            /** @description Partial result or status the server sometimes adds. */
            result?: unknown;
            /** @description Upstream HTTP status, when the server gives it. */
            status?: number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description 400 answer of the newest servers (request validation by the framework). */
        ValidationError: {
            /** @example 400 */
            statusCode: number;
            /** @example Bad Request */
            error: string;
            /** @description Human-readable summary of what was rejected. */
            message: string;
            data?: {
                /** @description The validator's own report. */
                validationError?: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Answer of a lookup route (HTTP 200) when nothing matches the id or the lookup failed. */
        LookupResult: {
            /** @enum {string} */
            result: "not_found" | "error";
            message?: string | null;
            error?: string | null;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Mauvais paramètres */
        WrongParameters: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] | components["schemas"]["ValidationError"];
            };
        };
        /** @description Trop d'appels consécutifs. Les en-têtes de la réponse indiquent le temps d'attente nécessaire entre deux requêtes. Ré-émettez la requête après ce temps d'attente. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Votre raison sociale ou le nom de votre produit qui fait appel à l'API idéalement préfixé par une adresse email de contact
         * @example contact@domaine nom_de_societe
         */
        caller: string;
        /**
         * @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s). Maximum 9.<br />rome et romeDomain sont incompatibles.<br/><strong>Au moins un des deux doit être renseigné.</strong>
         * @example F1603,I1308
         */
        romes: string;
        /**
         * @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s).
         * @example F1603,I1308
         */
        romes_2: string;
        /**
         * @description La présence d'une valeur pour ce paramètre fait remonter les couples romes / libellés
         * @example 1, true
         */
        withRomeLabels: string;
        /**
         * @description Un terme libre de recherche de métier.
         * @example Décoration
         */
        title: string;
        /**
         * @description Un filtre sur les sociétés affectées à un opérateur de compétences. Valeurs acceptées : akto
         * @example akto
         */
        opco: string;
        /**
         * @description Une liste de codes RNCP séparés par des virgules correspondant au(x) métier(s) recherché(s).
         * @example RNCP500,RNCP806
         */
        rncps: string;
        /**
         * @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s). Maximum 9.<br />rome et romeDomain sont incompatibles.<br /><strong>Au moins un des deux doit être renseigné dans le cas d'une recherche France entière.</strong>
         * @example F1603,I1308
         */
        regionRomes: string;
        /**
         * @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s). Maximum 9.
         * @example F1603,I1308
         */
        requiredRomes: string;
        /**
         * @description Un domaine ROME (1 lettre et deux chiffres) ou un grand domaine ROME (1 lettre). <br />rome et romeDomain sont incompatibles.<br /><strong>Au moins un des deux doit être renseigné.</strong>
         * @example F ou I13
         */
        romeDomain: string;
        /**
         * @description Un domaine ROME (1 lettre et deux chiffres) ou un grand domaine ROME (1 lettre).<br />rome et romeDomain sont incompatibles.<br /><strong>Au moins un des deux doit être renseigné dans le cas d'une recherche France entière.</strong>
         * @example F ou I13
         */
        regionRomeDomain: string;
        /**
         * @description Le code Insee d'une région française.<br />region et departement sont incompatibles.<br /><strong>Si aucun des deux n'est renseigné la recherche portera sur France entière.</strong><br /><strong>France entière ne peut être utilisé sans rome ou romeDomain.</strong><br /><ul><li>84 : Auvergne-Rhône-Alpes</li><li>27 : Bourgogne-Franche-Comté</li><li>53 : Bretagne</li><li>24 : Centre-Val de Loire</li><li>94 : Corse</li><li>44 : Grand Est</li><li>32 : Hauts-de-France</li><li>11 : Île-de-France</li><li>28 : Normandie</li><li>75 : Nouvelle-Aquitaine</li><li>76 : Occitanie</li><li>52 : Pays de la Loire</li><li>93 : Provence-Alpes-Côte d'Azur</li><li>01 : Guadeloupe</li><li>02 : Martinique</li><li>03 : Guyane</li><li>04 : La Réunion</li><li>06 : Mayotte</li></ul>
         * @example 84
         */
        region: "01" | "02" | "03" | "04" | "06" | "11" | "24" | "27" | "28" | "32" | "44" | "52" | "53" | "75" | "76" | "84" | "93" | "94";
        /**
         * @description Le numéro à 2 chiffres d'un département français ou à 3 chiffres pour un département d'outre-mer.<br />region et departement sont incompatibles.<br /><strong>Si aucun des deux n'est renseigné la recherche portera sur France entière.</strong><br /><strong>France entière ne peut être utilisé sans rome ou romeDomain.</strong>
         * @example 09 ou 974
         */
        departement: string;
        /**
         * @description Le code Insee de la commune de recherche. Ce doit être un nombre à cinq chiffres. Nécessaire avec latitude et longitude pour une recherche localisée.
         * @example 94071
         */
        insee: string;
        /**
         * @description La latitude du centre de recherche. Nécessaire avec insee et longitude pour une recherche localisée.
         * @example 48.845
         */
        latitude: number;
        /**
         * @description La longitude du centre de recherche. Nécessaire avec latitude et insee pour une recherche localisée.
         * @example 2.3752
         */
        longitude: number;
        /**
         * @description Le rayon de recherche en kilomètres
         * @example 30
         */
        radius: number;
        /**
         * @description Le niveau de diplôme requis. Si précisé, doit contenir à minima le chiffre d'une seule des valeurs autorisées
         * @example 3 (CAP...)
         */
        diploma: "3 (CAP...)" | "4 (BAC...)" | "5 (BTS, DEUST...)" | "6 (Licence...)" | "7 (Master, titre ingénieur...)";
        /**
         * @description Les sources de données dans lesquelles la recherche aura lieu. Ces sources doivent être séparées par des virgules
         * @example [
         *       "formations",
         *       "offres"
         *     ]
         */
        sources: ("formations" | "lba" | "matcha" | "offres")[];
        /**
         * @description Les sources de données dans lesquelles la recherche aura lieu. Ces sources doivent être séparées par des virgules
         * @example [
         *       "offres"
         *     ]
         */
        jobSources: ("lba" | "offres" | "matcha")[];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getFormations: {
        parameters: {
            query: {
                /**
                 * @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s). Maximum 9.<br />rome et romeDomain sont incompatibles.<br/><strong>Au moins un des deux doit être renseigné.</strong>
                 * @example F1603,I1308
                 */
                romes?: components["parameters"]["romes"];
                /**
                 * @description Un domaine ROME (1 lettre et deux chiffres) ou un grand domaine ROME (1 lettre). <br />rome et romeDomain sont incompatibles.<br /><strong>Au moins un des deux doit être renseigné.</strong>
                 * @example F ou I13
                 */
                romeDomain?: components["parameters"]["romeDomain"];
                /**
                 * @description La latitude du centre de recherche. Nécessaire avec insee et longitude pour une recherche localisée.
                 * @example 48.845
                 */
                latitude?: components["parameters"]["latitude"];
                /**
                 * @description La longitude du centre de recherche. Nécessaire avec latitude et insee pour une recherche localisée.
                 * @example 2.3752
                 */
                longitude?: components["parameters"]["longitude"];
                /**
                 * @description Le rayon de recherche en kilomètres
                 * @example 30
                 */
                radius?: components["parameters"]["radius"];
                /**
                 * @description Le niveau de diplôme requis. Si précisé, doit contenir à minima le chiffre d'une seule des valeurs autorisées
                 * @example 3 (CAP...)
                 */
                diploma?: components["parameters"]["diploma"];
                /**
                 * @description Votre raison sociale ou le nom de votre produit qui fait appel à l'API idéalement préfixé par une adresse email de contact
                 * @example contact@domaine nom_de_societe
                 */
                caller: components["parameters"]["caller"];
                /**
                 * @description Un filtre sur les sociétés affectées à un opérateur de compétences. Valeurs acceptées : akto
                 * @example akto
                 */
                opco?: components["parameters"]["opco"];
            };
            header?: never;
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
                    "application/json": components["schemas"]["Formations"];
                };
            };
            400: components["responses"]["WrongParameters"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getFormationsParRegion: {
        parameters: {
            query: {
                /**
                 * @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s). Maximum 9.<br />rome et romeDomain sont incompatibles.<br /><strong>Au moins un des deux doit être renseigné dans le cas d'une recherche France entière.</strong>
                 * @example F1603,I1308
                 */
                romes?: components["parameters"]["regionRomes"];
                /**
                 * @description Un domaine ROME (1 lettre et deux chiffres) ou un grand domaine ROME (1 lettre).<br />rome et romeDomain sont incompatibles.<br /><strong>Au moins un des deux doit être renseigné dans le cas d'une recherche France entière.</strong>
                 * @example F ou I13
                 */
                romeDomain?: components["parameters"]["regionRomeDomain"];
                /**
                 * @description Le code Insee d'une région française.<br />region et departement sont incompatibles.<br /><strong>Si aucun des deux n'est renseigné la recherche portera sur France entière.</strong><br /><strong>France entière ne peut être utilisé sans rome ou romeDomain.</strong><br /><ul><li>84 : Auvergne-Rhône-Alpes</li><li>27 : Bourgogne-Franche-Comté</li><li>53 : Bretagne</li><li>24 : Centre-Val de Loire</li><li>94 : Corse</li><li>44 : Grand Est</li><li>32 : Hauts-de-France</li><li>11 : Île-de-France</li><li>28 : Normandie</li><li>75 : Nouvelle-Aquitaine</li><li>76 : Occitanie</li><li>52 : Pays de la Loire</li><li>93 : Provence-Alpes-Côte d'Azur</li><li>01 : Guadeloupe</li><li>02 : Martinique</li><li>03 : Guyane</li><li>04 : La Réunion</li><li>06 : Mayotte</li></ul>
                 * @example 84
                 */
                region?: components["parameters"]["region"];
                /**
                 * @description Le numéro à 2 chiffres d'un département français ou à 3 chiffres pour un département d'outre-mer.<br />region et departement sont incompatibles.<br /><strong>Si aucun des deux n'est renseigné la recherche portera sur France entière.</strong><br /><strong>France entière ne peut être utilisé sans rome ou romeDomain.</strong>
                 * @example 09 ou 974
                 */
                departement?: components["parameters"]["departement"];
                /**
                 * @description Le niveau de diplôme requis. Si précisé, doit contenir à minima le chiffre d'une seule des valeurs autorisées
                 * @example 3 (CAP...)
                 */
                diploma?: components["parameters"]["diploma"];
                /**
                 * @description Votre raison sociale ou le nom de votre produit qui fait appel à l'API idéalement préfixé par une adresse email de contact
                 * @example contact@domaine nom_de_societe
                 */
                caller: components["parameters"]["caller"];
            };
            header?: never;
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
                    "application/json": components["schemas"]["Formations"];
                };
            };
            400: components["responses"]["WrongParameters"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getJobs: {
        parameters: {
            query: {
                /**
                 * @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s). Maximum 9.
                 * @example F1603,I1308
                 */
                romes: components["parameters"]["requiredRomes"];
                /**
                 * @description La latitude du centre de recherche. Nécessaire avec insee et longitude pour une recherche localisée.
                 * @example 48.845
                 */
                latitude?: components["parameters"]["latitude"];
                /**
                 * @description La longitude du centre de recherche. Nécessaire avec latitude et insee pour une recherche localisée.
                 * @example 2.3752
                 */
                longitude?: components["parameters"]["longitude"];
                /**
                 * @description Le rayon de recherche en kilomètres
                 * @example 30
                 */
                radius?: components["parameters"]["radius"];
                /**
                 * @description Le code Insee de la commune de recherche. Ce doit être un nombre à cinq chiffres. Nécessaire avec latitude et longitude pour une recherche localisée.
                 * @example 94071
                 */
                insee?: components["parameters"]["insee"];
                /**
                 * @description Les sources de données dans lesquelles la recherche aura lieu. Ces sources doivent être séparées par des virgules
                 * @example [
                 *       "offres"
                 *     ]
                 */
                sources?: components["parameters"]["jobSources"];
                /**
                 * @description Votre raison sociale ou le nom de votre produit qui fait appel à l'API idéalement préfixé par une adresse email de contact
                 * @example contact@domaine nom_de_societe
                 */
                caller: components["parameters"]["caller"];
                /**
                 * @description Un filtre sur les sociétés affectées à un opérateur de compétences. Valeurs acceptées : akto
                 * @example akto
                 */
                opco?: components["parameters"]["opco"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description tableau contenant la liste des opportunités d'emploi correspondants aux critères transmis en paramètre de la requête. Le tableau peut être vide si aucune opportunité d'emploi ne correspond. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jobs"];
                };
            };
            400: components["responses"]["WrongParameters"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getJobsEtFormations: {
        parameters: {
            query: {
                /**
                 * @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s). Maximum 9.
                 * @example F1603,I1308
                 */
                romes: components["parameters"]["requiredRomes"];
                /**
                 * @description La latitude du centre de recherche. Nécessaire avec insee et longitude pour une recherche localisée.
                 * @example 48.845
                 */
                latitude?: components["parameters"]["latitude"];
                /**
                 * @description La longitude du centre de recherche. Nécessaire avec latitude et insee pour une recherche localisée.
                 * @example 2.3752
                 */
                longitude?: components["parameters"]["longitude"];
                /**
                 * @description Le rayon de recherche en kilomètres
                 * @example 30
                 */
                radius?: components["parameters"]["radius"];
                /**
                 * @description Le niveau de diplôme requis. Si précisé, doit contenir à minima le chiffre d'une seule des valeurs autorisées
                 * @example 3 (CAP...)
                 */
                diploma?: components["parameters"]["diploma"];
                /**
                 * @description Le code Insee de la commune de recherche. Ce doit être un nombre à cinq chiffres. Nécessaire avec latitude et longitude pour une recherche localisée.
                 * @example 94071
                 */
                insee?: components["parameters"]["insee"];
                /**
                 * @description Les sources de données dans lesquelles la recherche aura lieu. Ces sources doivent être séparées par des virgules
                 * @example [
                 *       "formations",
                 *       "offres"
                 *     ]
                 */
                sources?: components["parameters"]["sources"];
                /**
                 * @description Votre raison sociale ou le nom de votre produit qui fait appel à l'API idéalement préfixé par une adresse email de contact
                 * @example contact@domaine nom_de_societe
                 */
                caller: components["parameters"]["caller"];
                /**
                 * @description Un filtre sur les sociétés affectées à un opérateur de compétences. Valeurs acceptées : akto
                 * @example akto
                 */
                opco?: components["parameters"]["opco"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Un objet contenant la liste des formations et les opportunités d'emploi correspondants aux critères transmis en paramètre de la requête. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        formations?: components["schemas"]["Formations"] | components["schemas"]["SourceError"];
                        jobs?: components["schemas"]["Jobs"] | components["schemas"]["SourceError"];
                    };
                };
            };
            400: components["responses"]["WrongParameters"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMetiers: {
        parameters: {
            query?: {
                /**
                 * @description Un terme libre de recherche de métier.
                 * @example Décoration
                 */
                title?: components["parameters"]["title"];
                /**
                 * @description Une liste de codes ROME séparés par des virgules correspondant au(x) métier(s) recherché(s).
                 * @example F1603,I1308
                 */
                romes?: components["parameters"]["romes_2"];
                /**
                 * @description Une liste de codes RNCP séparés par des virgules correspondant au(x) métier(s) recherché(s).
                 * @example RNCP500,RNCP806
                 */
                rncps?: components["parameters"]["rncps"];
                /**
                 * @description La présence d'une valeur pour ce paramètre fait remonter les couples romes / libellés
                 * @example 1, true
                 */
                withRomeLabels?: components["parameters"]["withRomeLabels"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Un tableau contenant la liste des métiers correspondants aux critères transmis en paramètre de la requête. Le tableau peut être vide si aucun métier ne correspond. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Metiers"];
                };
            };
            400: components["responses"]["WrongParameters"];
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
            /** @description Un tableau contenant la liste de tous les noms de métiers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liste_des_metiers"];
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
                /**
                 * @description L'identifiant CFD de la formation.
                 * @example 50022137
                 */
                cfd: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Un tableau contenant la liste de tous les noms de métiers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liste_des_metiers"] | components["schemas"]["LookupResult"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMetiersParEtablissement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Le siret de l'établissement de formation.
                 * @example 1234567890123
                 */
                siret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Un tableau contenant la liste de tous les noms de métiers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liste_des_metiers"] | components["schemas"]["LookupResult"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    postApplication: {
        parameters: {
            query: {
                /**
                 * @description Votre raison sociale ou le nom de votre produit qui fait appel à l'API idéalement préfixé par une adresse email de contact
                 * @example contact@domaine nom_de_societe
                 */
                caller: components["parameters"]["caller"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description L'adresse email du candidat à laquelle l'entreprise contactée pourra répondre. Les adresses emails temporaires ne sont pas acceptées.
                     * @example john.smith@mail.com
                     */
                    applicant_email: string;
                    /**
                     * @description Le nom du candidat.
                     * @example Dupont
                     */
                    applicant_last_name: string;
                    /**
                     * @description Le prénom du candidat.
                     * @example Jean
                     */
                    applicant_first_name: string;
                    /**
                     * @description Le numéro de téléphone du candidat.
                     * @example 0101010101
                     */
                    applicant_phone: string;
                    /**
                     * @description Le nom du fichier du CV du candidat. Seuls les .docx et .pdf sont autorisés.
                     * @example cv.pdf
                     */
                    applicant_file_name: string;
                    /**
                     * @description Le contenu du fichier du CV du candidat. La taille maximale autorisée est de 3 Mo.
                     * @example data:application/pdf;base64,JVBERi0xLjQKJ...
                     */
                    applicant_file_content: string;
                    /**
                     * @description L'adresse postale de la société. Fournie par La bonne alternance. (champs : place.fullAddress)
                     * @example 38 RUE DES HAMECONS, 75021 PARIS-21
                     */
                    company_address: string;
                    /**
                     * @description La valeur associée au code NAF de l'entreprise. Fournie par La bonne alternance.
                     * @example Boulangerie et boulangerie-pâtisserie
                     */
                    company_naf: string;
                    /**
                     * @description Le nom de la société. Fourni par La bonne alternance.
                     * @example Au bon pain d'antan
                     */
                    company_name: string;
                    /**
                     * @description Le siret de l'entreprise. Fourni par La bonne alternance.
                     * @example 00004993900000
                     */
                    company_siret: string;
                    /**
                     * @description Le type de société selon la nomenclature La bonne alternance. Fourni par La bonne alternance.
                     * @example lba|lbb|matcha
                     */
                    company_type: string;
                    /**
                     * @description L'adresse email de la société pour postuler. Vous devez impérativement utiliser les valeurs émises par l'API LBA avec le vecteur d'initialisation correspondant à l'adresse.
                     * @example ...f936e4352b5ae5...
                     */
                    company_email: string;
                    /**
                     * @description Le vecteur d'initialisation permettant de déchiffrer l'adresse email de la société. Cette valeur est fournie par les apis de LBA.
                     * @example ...59c24c059b...
                     */
                    iv: string;
                    /**
                     * @description L'identifiant de l'offre La bonne alternance Recruteur pour laquelle la candidature est envoyée. Seulement si le type de la société (company_type) est "matcha" . La valeur est fournie par La bonne alternance.
                     * @example ...59c24c059b...
                     */
                    job_id?: string;
                    /**
                     * @description Le titre de l'offre La bonne alternance Recruteur pour laquelle la candidature est envoyée. Seulement si le type de la société (company_type) est "matcha" . La valeur est fournie par La bonne alternance.
                     * @example Téléconseil, vente à distance
                     */
                    job_title?: string;
                    /**
                     * @description Un message du candidat vers le recruteur. Ce champ peut contenir la lettre de motivation du candidat.
                     * @example Madame, monsieur...
                     */
                    message?: string;
                };
            };
        };
        responses: {
            /** @description L'accusé de réception d'un envoi de candidature */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Indique le succès ou l'échec de l'opération
                         * @example ok
                         */
                        result?: string;
                        /** @description message sent */
                        message?: string;
                    };
                };
            };
            400: components["responses"]["WrongParameters"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
