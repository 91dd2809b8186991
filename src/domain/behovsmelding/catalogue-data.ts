// The behovsmelding's questions as a questionnaire catalogue (issue 10, point 2; ADR 021): data only — keys, labels,
// sections, types, limits, help and sub-headings — in the engine's catalogue format (src/domain/questionnaire/
// catalogue.ts), checked by the engine's schema when loaded (behovsmelding-catalogue.ts) and in a test. The parts the
// engine cannot draw generically are `custom` questions naming the behovsmelding's components (the budget tables,
// grant use, the list of parts, the tiltak table …); the per-part questions repeat for each row of `parts`.
//
// Labels are the form's own Bokmål wording (they appear in messages, history and documents as the applicant saw
// them); help texts and sub-headings are given in Bokmål, Nynorsk and English. `version` is the catalogue version a
// stored field was checked under (field-value-check.ts): a change to a question's schema is a new version.
// Written `as const` so the field keys are literal types (a misspelt key in a rule table is a type error).
export const BEHOVSMELDING_CATALOGUE_DATA = {
  id: 'behovsmelding',
  version: 2,
  storage: 'co-edited',
  title: {
    nb: 'Behovsmelding',
    nn: 'Behovsmelding',
    en: 'Needs application',
    se: 'Dárbodieđáhus'
  },
  sections: [
    {
      id: 's1',
      title: {
        nb: '1. Vurdering av kompetansebehov',
        nn: '1. Vurdering av kompetansebehov',
        en: '1. Assessment of competence needs',
        se: '1. Gelbbolašvuođadárbbuid árvvoštallan'
      },
      questions: [
        {
          type: 'longText',
          key: 's1.tema',
          label: {
            nb: '1.1 Hva er tema for kompetansetiltaket?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's1.begrunnelse',
          label: {
            nb: '1.2 Hvorfor er temaet valgt?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'text',
          key: 's1.kartleggingLenke',
          label: {
            nb: '1.2 Lenke til resultater fra kartleggingen'
          },
          required: false,
          maxLength: 500,
          help: {
            nb: 'Nettadresse, for eksempel https://…',
            nn: 'Nettadresse, til dømes https://…',
            en: 'Web address, for example https://…',
            se: 'Neahttačujuhus, ovdamearkka dihte https://…'
          },
          inputType: 'url'
        },
        {
          type: 'longText',
          key: 's1.medvirkning',
          label: {
            nb: '1.3 Hvordan har de ansatte medvirket?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'custom',
          key: 's1.aktivitetsplan',
          label: {
            nb: '1.3 Aktiviteter (uke, aktivitet, hvem)'
          },
          required: false,
          component: 'activities'
        },
        {
          type: 'longText',
          key: 's1.samiskePerspektiver',
          label: {
            nb: '1.4 Hvordan er samiske perspektiver ivaretatt i de lokale prioriteringene av kompetansebehov?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'custom',
          key: 's1.omrader',
          label: {
            nb: '1.5 Hvilket område tilhører tiltaket?'
          },
          required: true,
          component: 'areas'
        }
      ]
    },
    {
      id: 's2',
      title: {
        nb: '2. Mål, gjennomføring og måloppnåelse',
        nn: '2. Mål, gjennomføring og måloppnåing',
        en: '2. Goals, implementation and achievement',
        se: '2. Ulbmilat, čađaheapmi ja ulbmiljoksan'
      },
      questions: [
        {
          type: 'longText',
          key: 's2.overordnetMal',
          label: {
            nb: '2.1 Overordnet langsiktig mål'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's2.langsiktigeMal',
          label: {
            nb: '2.1 Langsiktige mål'
          },
          required: false,
          maxLength: 20000
        },
        {
          type: 'custom',
          key: 's2.delmal',
          label: {
            nb: '2.1 Delmål'
          },
          required: true,
          component: 'sub-goals'
        },
        {
          type: 'custom',
          key: 's2.tiltak',
          label: {
            nb: '2.2 Tiltak'
          },
          required: true,
          component: 'tiltak'
        },
        {
          type: 'longText',
          key: 's2.ppt',
          label: {
            nb: '2.3 Hvordan er PPT engasjert i tiltaket eller de ulike tiltakene?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's2.kollektiveProsesser',
          label: {
            nb: '2.4 Hvordan bidrar tiltaket til kollektive prosesser for profesjonsutvikling?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's2.malgrupper',
          label: {
            nb: '2.5 Hvem er målgruppen(e) for tiltakene?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'text',
          key: 's2.start',
          label: {
            nb: '2.6 Oppstartstidspunkt for kompetansetiltakene'
          },
          required: true,
          maxLength: 200
        },
        {
          type: 'text',
          key: 's2.slutt',
          label: {
            nb: '2.7 Planlagt sluttidspunkt for kompetansetiltakene'
          },
          required: true,
          maxLength: 200
        },
        {
          type: 'longText',
          key: 's2.uhErfaringer',
          label: {
            nb: '2.8 Hvordan skal universitet/høgskole bruke erfaringene til å videreutvikle lærerutdanningen?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's2.evaluering',
          label: {
            nb: '2.9 Hvordan vurderes måloppnåelsen underveis og ved tiltakets slutt?'
          },
          required: true,
          maxLength: 20000
        }
      ]
    },
    {
      id: 's3',
      title: {
        nb: '3. Tilleggsinformasjon',
        nn: '3. Tilleggsinformasjon',
        en: '3. Additional information',
        se: '3. Lassidieđut'
      },
      description: {
        nb: '3.1 Deltar skole- eller barnehageeier i Rekomp, Dekomp, Læringsmiljøprosjektet eller Oppfølgingsordningen? Beskriv i så fall hvordan.',
        nn: '3.1 Deltek skule- eller barnehageeigar i Rekomp, Dekomp, Læringsmiljøprosjektet eller Oppfølgingsordninga? Skildre i så fall korleis.',
        en: '3.1 Does the school or kindergarten owner take part in Rekomp, Dekomp, the Learning Environment Project or the Follow-up Scheme? If so, describe how.',
        se: '3.1 Leago skuvla- dahje mánáidgárdeeaiggát mielde Rekompas, Dekompas, Oahppanbirasprošeavttas dahje Čuovvolanortnegis? Jos lea, čilge movt.'
      },
      questions: [
        {
          type: 'longText',
          key: 's3.rekomp',
          label: {
            nb: '3.1 Rekomp'
          },
          required: false,
          maxLength: 4000
        },
        {
          type: 'longText',
          key: 's3.dekomp',
          label: {
            nb: '3.1 Dekomp'
          },
          required: false,
          maxLength: 4000
        },
        {
          type: 'longText',
          key: 's3.laeringsmiljo',
          label: {
            nb: '3.1 Læringsmiljøprosjektet'
          },
          required: false,
          maxLength: 4000
        },
        {
          type: 'longText',
          key: 's3.oppfolging',
          label: {
            nb: '3.1 Oppfølgingsordningen'
          },
          required: false,
          maxLength: 4000
        }
      ]
    },
    {
      id: 's4',
      title: {
        nb: '4. Kontaktinformasjon og bekreftelse',
        nn: '4. Kontaktinformasjon og stadfesting',
        en: '4. Contact information and confirmation',
        se: '4. Oktavuođadieđut ja duođaštus'
      },
      questions: [
        {
          type: 'text',
          key: 's4.kontaktNavn',
          label: {
            nb: '4.1 Kontaktpersonens navn'
          },
          required: true,
          maxLength: 200,
          autoComplete: 'name'
        },
        {
          type: 'text',
          key: 's4.kontaktArbeidssted',
          label: {
            nb: '4.1 Kontaktpersonens arbeidssted'
          },
          required: true,
          maxLength: 300,
          autoComplete: 'organization'
        },
        {
          type: 'text',
          key: 's4.kontaktEpost',
          label: {
            nb: '4.2 Kontaktpersonens e-postadresse'
          },
          required: true,
          maxLength: 254,
          inputType: 'email',
          autoComplete: 'email'
        },
        {
          type: 'text',
          key: 's4.kontaktTelefon',
          label: {
            nb: '4.2.1 Kontaktpersonens telefonnummer'
          },
          required: true,
          maxLength: 30,
          help: {
            nb: '8 siffer, for eksempel 412 34 567',
            nn: '8 siffer, til dømes 412 34 567',
            en: '8 digits, for example 412 34 567',
            se: '8 číffara, ovdamearkka dihte 412 34 567'
          },
          inputType: 'tel',
          autoComplete: 'tel'
        },
        {
          type: 'yesNo',
          key: 's4.lagetIPartnerskap',
          label: {
            nb: '4.3 Behovsmeldingen er laget i partnerskap med eiere og UH-institusjoner som inngår i partnerskapet'
          },
          required: true
        }
      ]
    },
    {
      id: 's5',
      title: {
        nb: '5. Partnerskapet',
        nn: '5. Partnarskapet',
        en: '5. The partnership',
        se: '5. Guoibmevuohta'
      },
      questions: [
        {
          type: 'text',
          key: 's5.ansvarligEier.navn',
          label: {
            nb: '5.1 Ansvarlig eier'
          },
          heading: {
            nb: '5.1 Ansvarlig eier',
            nn: '5.1 Ansvarleg eigar',
            en: '5.1 Responsible owner',
            se: '5.1 Ovddasvástideaddji eaiggát'
          },
          required: true,
          maxLength: 300,
          autoComplete: 'organization'
        },
        {
          type: 'longText',
          key: 's5.ansvarligEier.kontaktperson',
          label: {
            nb: '5.1 Kontaktperson hos ansvarlig eier'
          },
          required: true,
          maxLength: 1000
        },
        {
          type: 'longText',
          key: 's5.ansvarligEier.forvaltning',
          label: {
            nb: '5.1 Hvem forvalter midlene'
          },
          required: false,
          maxLength: 1000
        },
        {
          type: 'text',
          key: 's5.ansvarligEier.orgnr',
          label: {
            nb: '5.1 Organisasjonsnummer (ansvarlig eier)'
          },
          required: true,
          maxLength: 20,
          help: {
            nb: '9 siffer, for eksempel 972 417 971',
            nn: '9 siffer, til dømes 972 417 971',
            en: '9 digits, for example 972 417 971',
            se: '9 číffara, ovdamearkka dihte 972 417 971'
          }
        },
        {
          type: 'text',
          key: 's5.ansvarligEier.kontonr',
          label: {
            nb: '5.1 Kontonummer (ansvarlig eier)'
          },
          required: true,
          maxLength: 20,
          help: {
            nb: '11 siffer, for eksempel 8109 10 69555',
            nn: '11 siffer, til dømes 8109 10 69555',
            en: '11 digits, for example 8109 10 69555',
            se: '11 číffara, ovdamearkka dihte 8109 10 69555'
          }
        },
        {
          type: 'text',
          key: 's5.ansvarligEier.betalingsreferanse',
          label: {
            nb: '5.1 Hva utbetalingen skal merkes med (ansvarlig eier)'
          },
          required: true,
          maxLength: 300
        },
        {
          type: 'custom',
          key: 's5.andreEiere',
          label: {
            nb: '5.2 Andre deltakende eiere'
          },
          heading: {
            nb: '5.2–5.3 Andre eiere og UH',
            nn: '5.2–5.3 Andre eigarar og UH',
            en: '5.2–5.3 Other owners and UH',
            se: '5.2–5.3 Eará eaiggádat ja UH'
          },
          required: false,
          component: 'other-owners'
        },
        {
          type: 'longText',
          key: 's5.andreEiereMerknad',
          label: {
            nb: '5.2 Merknad om eierne'
          },
          required: false,
          maxLength: 4000
        },
        {
          type: 'custom',
          key: 's5.uh',
          label: {
            nb: '5.3 Deltakende universitet og/eller høgskole'
          },
          required: true,
          component: 'uh-institutions'
        },
        {
          type: 'custom',
          key: 'unitCounts',
          label: {
            nb: '5.4–5.10 Antall enheter som deltar'
          },
          heading: {
            nb: '5.4–5.10 Enheter som deltar',
            nn: '5.4–5.10 Einingar som deltek',
            en: '5.4–5.10 Participating units',
            se: '5.4–5.10 Oassálasti ovttadagat'
          },
          required: true,
          component: 'unit-counts',
          repeatFor: 'parts'
        },
        {
          type: 'longText',
          key: 's5.pptKontorer',
          label: {
            nb: '5.11 Hvilke PPT-kontorer skal delta, og på hvilken måte?'
          },
          heading: {
            nb: '5.11–5.16 Andre som deltar og samarbeidet',
            nn: '5.11–5.16 Andre som deltek og samarbeidet',
            en: '5.11–5.16 Other participants and cooperation',
            se: '5.11–5.16 Earát geat leat mielde ja ovttasbargu'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's5.barnevern',
          label: {
            nb: '5.12 Hvilke barnevernskontor skal delta?'
          },
          required: false,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's5.helsestasjoner',
          label: {
            nb: '5.13 Hvilke helsestasjoner skal delta?'
          },
          required: false,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's5.andre',
          label: {
            nb: '5.14 Er det andre som skal delta?'
          },
          required: false,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's5.statped',
          label: {
            nb: '5.15 Dersom Statped skal være involvert, beskriv hvordan'
          },
          required: false,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's5.samarbeid',
          label: {
            nb: '5.16 Hvordan skal eier(e) og universitet/høgskole samarbeide i de ulike fasene?'
          },
          required: true,
          maxLength: 20000
        }
      ]
    },
    {
      id: 's6',
      title: {
        nb: '6. Bruk av tilskuddsmidler og budsjett',
        nn: '6. Bruk av tilskotsmidlar og budsjett',
        en: '6. Use of grant funds and budget',
        se: '6. Doarjjaruđaid geavaheapmi ja bušeahtta'
      },
      questions: [
        {
          type: 'custom',
          key: 'parts',
          label: {
            nb: 'Deler av behovsmeldingen'
          },
          required: true,
          component: 'parts'
        },
        {
          type: 'custom',
          key: 'grantUse',
          label: {
            nb: '6 Bruk av tilskuddsmidler'
          },
          required: true,
          component: 'grant-use',
          repeatFor: 'parts'
        },
        {
          type: 'custom',
          key: 'ownerBudget',
          label: {
            nb: 'Budsjett eier'
          },
          required: false,
          component: 'budget',
          repeatFor: 'parts'
        },
        {
          type: 'custom',
          key: 'uhBudget',
          label: {
            nb: 'Budsjett UH'
          },
          required: false,
          component: 'budget',
          repeatFor: 'parts'
        }
      ]
    }
  ]
} as const;
