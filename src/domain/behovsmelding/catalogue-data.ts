// The behovsmelding's questions as a questionnaire catalogue (issue 10, point 2; ADR 021): data only — keys, labels,
// sections, types, limits, help and sub-headings — in the engine's catalogue format (src/domain/questionnaire/
// catalogue.ts), checked by the engine's schema when loaded (behovsmelding-catalogue.ts) and in a test. The parts the
// engine cannot draw generically are `custom` questions naming the behovsmelding's components (the budget tables,
// grant use, the list of parts, the tiltak table …); the per-part questions repeat for each row of `parts`.
//
// Every text — labels, help texts and sub-headings — is given in Bokmål, Nynorsk, English and Northern Sámi, and the
// form shows the reader's language (issue 12, point 11: a Sámi-area applicant meets the questions in Sámi). A label
// keeps its number ("1.1 …") in every language: the office and the documents refer to questions by it. Documents and
// history are Bokmål (the archived record's language), so they read `nb`. The Sámi texts are translations awaiting
// review; the catalogue's content texts have no text status (unlike the message catalogs' drafts), so they are plain.
// `version` is the catalogue version a stored field was checked under (field-value-check.ts): a change to a
// question's schema is a new version — a label's wording is not.
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
            nb: '1.1 Hva er tema for kompetansetiltaket?',
            nn: '1.1 Kva er temaet for kompetansetiltaket?',
            en: '1.1 What is the topic of the competence measure?',
            se: '1.1 Mii lea gelbbolašvuođadoaibmabiju fáddá?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's1.begrunnelse',
          label: {
            nb: '1.2 Hvorfor er temaet valgt?',
            nn: '1.2 Kvifor er temaet valt?',
            en: '1.2 Why was the topic chosen?',
            se: '1.2 Manne lea fáddá válljejuvvon?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'text',
          key: 's1.kartleggingLenke',
          label: {
            nb: '1.2 Lenke til resultater fra kartleggingen',
            nn: '1.2 Lenkje til resultata frå kartlegginga',
            en: '1.2 Link to the results of the mapping',
            se: '1.2 Liŋka kártema bohtosiidda'
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
            nb: '1.3 Hvordan har de ansatte medvirket?',
            nn: '1.3 Korleis har dei tilsette medverka?',
            en: '1.3 How have the employees taken part?',
            se: '1.3 Movt leat bargit oassálastán?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'custom',
          key: 's1.aktivitetsplan',
          label: {
            nb: '1.3 Aktiviteter (uke, aktivitet, hvem)',
            nn: '1.3 Aktivitetar (veke, aktivitet, kven)',
            en: '1.3 Activities (week, activity, who)',
            se: '1.3 Doaimmat (vahkku, doaibma, gii)'
          },
          required: false,
          component: 'activities'
        },
        {
          type: 'longText',
          key: 's1.samiskePerspektiver',
          label: {
            nb: '1.4 Hvordan er samiske perspektiver ivaretatt i de lokale prioriteringene av kompetansebehov?',
            nn: '1.4 Korleis er samiske perspektiv tekne vare på i dei lokale prioriteringane av kompetansebehov?',
            en: '1.4 How are Sámi perspectives taken care of in the local priorities of competence needs?',
            se: '1.4 Movt leat sámi perspektiivvat vuhtiiváldon báikkálaš gelbbolašvuođadárbbuid vuoruhemiin?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'custom',
          key: 's1.omrader',
          label: {
            nb: '1.5 Hvilket område tilhører tiltaket?',
            nn: '1.5 Kva område høyrer tiltaket til?',
            en: '1.5 Which area does the measure belong to?',
            se: '1.5 Makkár suorgái gullá doaibmabidju?'
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
            nb: '2.1 Overordnet langsiktig mål',
            nn: '2.1 Overordna langsiktig mål',
            en: '2.1 Overall long-term goal',
            se: '2.1 Bajimus guhkesáigge ulbmil'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's2.langsiktigeMal',
          label: {
            nb: '2.1 Langsiktige mål',
            nn: '2.1 Langsiktige mål',
            en: '2.1 Long-term goals',
            se: '2.1 Guhkesáigge ulbmilat'
          },
          required: false,
          maxLength: 20000
        },
        {
          type: 'custom',
          key: 's2.delmal',
          label: {
            nb: '2.1 Delmål',
            nn: '2.1 Delmål',
            en: '2.1 Sub-goals',
            se: '2.1 Oasseulbmilat'
          },
          required: true,
          component: 'sub-goals'
        },
        {
          type: 'custom',
          key: 's2.tiltak',
          label: {
            nb: '2.2 Tiltak',
            nn: '2.2 Tiltak',
            en: '2.2 Measures',
            se: '2.2 Doaibmabijut'
          },
          required: true,
          component: 'tiltak'
        },
        {
          type: 'longText',
          key: 's2.ppt',
          label: {
            nb: '2.3 Hvordan er PPT engasjert i tiltaket eller de ulike tiltakene?',
            nn: '2.3 Korleis er PPT engasjert i tiltaket eller dei ulike tiltaka?',
            en: '2.3 How is the educational-psychological service (PPT) involved in the measure or measures?',
            se: '2.3 Movt lea PPB mielde doaibmabijus dahje iešguđet doaibmabijuin?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's2.kollektiveProsesser',
          label: {
            nb: '2.4 Hvordan bidrar tiltaket til kollektive prosesser for profesjonsutvikling?',
            nn: '2.4 Korleis bidreg tiltaket til kollektive prosessar for profesjonsutvikling?',
            en: '2.4 How does the measure contribute to collective processes of professional development?',
            se: '2.4 Movt doarju doaibmabidju oktasaš proseassaid ámmátovdáneami várás?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's2.malgrupper',
          label: {
            nb: '2.5 Hvem er målgruppen(e) for tiltakene?',
            nn: '2.5 Kven er målgruppa (målgruppene) for tiltaka?',
            en: '2.5 Who is the target group (or groups) of the measures?',
            se: '2.5 Geat leat doaibmabijuid ulbmiljoavku dahje ulbmiljoavkkut?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'text',
          key: 's2.start',
          label: {
            nb: '2.6 Oppstartstidspunkt for kompetansetiltakene',
            nn: '2.6 Oppstartstidspunkt for kompetansetiltaka',
            en: '2.6 Start of the competence measures',
            se: '2.6 Gelbbolašvuođadoaibmabijuid álgináigi'
          },
          required: true,
          maxLength: 200
        },
        {
          type: 'text',
          key: 's2.slutt',
          label: {
            nb: '2.7 Planlagt sluttidspunkt for kompetansetiltakene',
            nn: '2.7 Planlagt sluttidspunkt for kompetansetiltaka',
            en: '2.7 Planned end of the competence measures',
            se: '2.7 Gelbbolašvuođadoaibmabijuid plánejuvvon loahppaáigi'
          },
          required: true,
          maxLength: 200
        },
        {
          type: 'longText',
          key: 's2.uhErfaringer',
          label: {
            nb: '2.8 Hvordan skal universitet/høgskole bruke erfaringene til å videreutvikle lærerutdanningen?',
            nn: '2.8 Korleis skal universitetet/høgskulen bruke røynslene til å vidareutvikle lærarutdanninga?',
            en: '2.8 How will the university/university college use the experience to develop teacher education further?',
            se: '2.8 Movt galgá universitehta/allaskuvla geavahit vásáhusaid oahpaheaddjioahpu ovddideapmái?'
          },
          required: true,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's2.evaluering',
          label: {
            nb: '2.9 Hvordan vurderes måloppnåelsen underveis og ved tiltakets slutt?',
            nn: '2.9 Korleis blir måloppnåinga vurdert undervegs og når tiltaket er slutt?',
            en: '2.9 How is goal achievement assessed along the way and at the end of the measure?',
            se: '2.9 Movt árvvoštallojuvvo ulbmiljoksan bargguid áigge ja doaibmabiju loahpas?'
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
            nb: '3.1 Rekomp',
            nn: '3.1 Rekomp',
            en: '3.1 Rekomp',
            se: '3.1 Rekomp'
          },
          required: false,
          maxLength: 4000
        },
        {
          type: 'longText',
          key: 's3.dekomp',
          label: {
            nb: '3.1 Dekomp',
            nn: '3.1 Dekomp',
            en: '3.1 Dekomp',
            se: '3.1 Dekomp'
          },
          required: false,
          maxLength: 4000
        },
        {
          type: 'longText',
          key: 's3.laeringsmiljo',
          label: {
            nb: '3.1 Læringsmiljøprosjektet',
            nn: '3.1 Læringsmiljøprosjektet',
            en: '3.1 The Learning Environment Project',
            se: '3.1 Oahppanbirasprošeakta'
          },
          required: false,
          maxLength: 4000
        },
        {
          type: 'longText',
          key: 's3.oppfolging',
          label: {
            nb: '3.1 Oppfølgingsordningen',
            nn: '3.1 Oppfølgingsordninga',
            en: '3.1 The Follow-up Scheme',
            se: '3.1 Čuovvolanortnet'
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
            nb: '4.1 Kontaktpersonens navn',
            nn: '4.1 Namnet til kontaktpersonen',
            en: "4.1 Contact person's name",
            se: '4.1 Oktavuođaolbmo namma'
          },
          required: true,
          maxLength: 200,
          autoComplete: 'name'
        },
        {
          type: 'text',
          key: 's4.kontaktArbeidssted',
          label: {
            nb: '4.1 Kontaktpersonens arbeidssted',
            nn: '4.1 Arbeidsstaden til kontaktpersonen',
            en: "4.1 Contact person's workplace",
            se: '4.1 Oktavuođaolbmo bargobáiki'
          },
          required: true,
          maxLength: 300,
          autoComplete: 'organization'
        },
        {
          type: 'text',
          key: 's4.kontaktEpost',
          label: {
            nb: '4.2 Kontaktpersonens e-postadresse',
            nn: '4.2 E-postadressa til kontaktpersonen',
            en: "4.2 Contact person's e-mail address",
            se: '4.2 Oktavuođaolbmo e-poastačujuhus'
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
            nb: '4.2.1 Kontaktpersonens telefonnummer',
            nn: '4.2.1 Telefonnummeret til kontaktpersonen',
            en: "4.2.1 Contact person's phone number",
            se: '4.2.1 Oktavuođaolbmo telefonnummir'
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
            nb: '4.3 Behovsmeldingen er laget i partnerskap med eiere og UH-institusjoner som inngår i partnerskapet',
            nn: '4.3 Behovsmeldinga er laga i partnarskap med eigarar og UH-institusjonar som er med i partnarskapet',
            en: '4.3 The needs application was prepared in partnership with the owners and UH institutions that are part of the partnership',
            se: '4.3 Dárbodieđáhus lea ráhkaduvvon guoibmevuođas eaiggádiiguin ja UH-ásahusaiguin mat gullet guoibmevuhtii'
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
            nb: '5.1 Ansvarlig eier',
            nn: '5.1 Ansvarleg eigar',
            en: '5.1 Responsible owner',
            se: '5.1 Ovddasvástideaddji eaiggát'
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
            nb: '5.1 Kontaktperson hos ansvarlig eier',
            nn: '5.1 Kontaktperson hos ansvarleg eigar',
            en: '5.1 Contact person at the responsible owner',
            se: '5.1 Ovddasvástideaddji eaiggáda oktavuođaolmmoš'
          },
          required: true,
          maxLength: 1000
        },
        {
          type: 'longText',
          key: 's5.ansvarligEier.forvaltning',
          label: {
            nb: '5.1 Hvem forvalter midlene',
            nn: '5.1 Kven forvaltar midlane',
            en: '5.1 Who manages the funds',
            se: '5.1 Gii hálddaša ruđaid'
          },
          required: false,
          maxLength: 1000
        },
        {
          type: 'text',
          key: 's5.ansvarligEier.orgnr',
          label: {
            nb: '5.1 Organisasjonsnummer (ansvarlig eier)',
            nn: '5.1 Organisasjonsnummer (ansvarleg eigar)',
            en: '5.1 Organisation number (responsible owner)',
            se: '5.1 Organisašuvdnanummir (ovddasvástideaddji eaiggát)'
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
            nb: '5.1 Kontonummer (ansvarlig eier)',
            nn: '5.1 Kontonummer (ansvarleg eigar)',
            en: '5.1 Account number (responsible owner)',
            se: '5.1 Kontonummir (ovddasvástideaddji eaiggát)'
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
            nb: '5.1 Hva utbetalingen skal merkes med (ansvarlig eier)',
            nn: '5.1 Kva utbetalinga skal merkast med (ansvarleg eigar)',
            en: '5.1 Payment reference (responsible owner)',
            se: '5.1 Maiguin máksu galgá merkejuvvot (ovddasvástideaddji eaiggát)'
          },
          required: true,
          maxLength: 300
        },
        {
          type: 'custom',
          key: 's5.andreEiere',
          label: {
            nb: '5.2 Andre deltakende eiere',
            nn: '5.2 Andre eigarar som deltek',
            en: '5.2 Other participating owners',
            se: '5.2 Eará oassálasti eaiggádat'
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
            nb: '5.2 Merknad om eierne',
            nn: '5.2 Merknad om eigarane',
            en: '5.2 Note on the owners',
            se: '5.2 Mearkkašupmi eaiggádiid birra'
          },
          required: false,
          maxLength: 4000
        },
        {
          type: 'custom',
          key: 's5.uh',
          label: {
            nb: '5.3 Deltakende universitet og/eller høgskole',
            nn: '5.3 Universitet og/eller høgskule som deltek',
            en: '5.3 Participating university and/or university college',
            se: '5.3 Oassálasti universitehta ja/dahje allaskuvla'
          },
          required: true,
          component: 'uh-institutions'
        },
        {
          type: 'custom',
          key: 'unitCounts',
          label: {
            nb: '5.4–5.10 Antall enheter som deltar',
            nn: '5.4–5.10 Talet på einingar som deltek',
            en: '5.4–5.10 Number of participating units',
            se: '5.4–5.10 Oassálasti ovttadagaid lohku'
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
            nb: '5.11 Hvilke PPT-kontorer skal delta, og på hvilken måte?',
            nn: '5.11 Kva PPT-kontor skal delta, og på kva måte?',
            en: '5.11 Which PPT offices will take part, and how?',
            se: '5.11 Guđe PPB-kantuvrrat galget searvat, ja movt?'
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
            nb: '5.12 Hvilke barnevernskontor skal delta?',
            nn: '5.12 Kva barnevernskontor skal delta?',
            en: '5.12 Which child welfare offices will take part?',
            se: '5.12 Guđe mánáidsuodjalusa kantuvrrat galget searvat?'
          },
          required: false,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's5.helsestasjoner',
          label: {
            nb: '5.13 Hvilke helsestasjoner skal delta?',
            nn: '5.13 Kva helsestasjonar skal delta?',
            en: '5.13 Which health clinics will take part?',
            se: '5.13 Guđe dearvvašvuođastašuvnnat galget searvat?'
          },
          required: false,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's5.andre',
          label: {
            nb: '5.14 Er det andre som skal delta?',
            nn: '5.14 Er det andre som skal delta?',
            en: '5.14 Will anyone else take part?',
            se: '5.14 Leatgo earát geat galget searvat?'
          },
          required: false,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's5.statped',
          label: {
            nb: '5.15 Dersom Statped skal være involvert, beskriv hvordan',
            nn: '5.15 Dersom Statped skal vere involvert, skildre korleis',
            en: '5.15 If Statped is to be involved, describe how',
            se: '5.15 Jos Statped galgá leat mielde, čilge movt'
          },
          required: false,
          maxLength: 20000
        },
        {
          type: 'longText',
          key: 's5.samarbeid',
          label: {
            nb: '5.16 Hvordan skal eier(e) og universitet/høgskole samarbeide i de ulike fasene?',
            nn: '5.16 Korleis skal eigar(ar) og universitet/høgskule samarbeide i dei ulike fasane?',
            en: '5.16 How will the owner(s) and the university/university college work together in the different phases?',
            se: '5.16 Movt galget eaiggát(at) ja universitehta/allaskuvla bargat ovttas iešguđet muttuin?'
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
            nb: 'Deler av behovsmeldingen',
            nn: 'Delar av behovsmeldinga',
            en: 'Parts of the needs application',
            se: 'Dárbodieđáhusa oasit'
          },
          required: true,
          component: 'parts'
        },
        {
          type: 'custom',
          key: 'grantUse',
          label: {
            nb: '6 Bruk av tilskuddsmidler',
            nn: '6 Bruk av tilskotsmidlar',
            en: '6 Use of grant funds',
            se: '6 Doarjjaruđaid geavaheapmi'
          },
          required: true,
          component: 'grant-use',
          repeatFor: 'parts'
        },
        {
          type: 'custom',
          key: 'ownerBudget',
          label: {
            nb: 'Budsjett eier',
            nn: 'Budsjett eigar',
            en: "Owner's budget",
            se: 'Eaiggáda bušeahtta'
          },
          required: false,
          component: 'budget',
          repeatFor: 'parts'
        },
        {
          type: 'custom',
          key: 'uhBudget',
          label: {
            nb: 'Budsjett UH',
            nn: 'Budsjett UH',
            en: 'UH budget',
            se: 'UH-bušeahtta'
          },
          required: false,
          component: 'budget',
          repeatFor: 'parts'
        }
      ]
    }
  ]
} as const;
