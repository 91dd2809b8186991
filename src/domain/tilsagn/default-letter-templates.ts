// The default letter templates, used until an office edits its own (issue 14, point 3; ADR 026). What the law asks of
// a tilsagnsbrev (Bestemmelser om økonomistyring i staten 6.3.4; DFØ's guidance on tilskuddsforvaltning): the
// decision and the amounts per recipient and year; the budget chapter and post and the grant rules; the purpose; the
// conditions (co-funding, use, what the money may not be used for); the reporting duty with its deadline; the grant
// manager's and Riksrevisjonen's right to control (bevilgningsreglementet § 10 second paragraph); hold-over and
// repayment; how to accept and by when. Forvaltningsloven: the reasons, also for a reduced amount (§§ 24–25); the
// right to appeal, within three weeks of receiving the letter, in writing, through the office, to whom (§§ 28–29);
// the right to see the case documents (§ 18). The names of who handled the case follow the template (letter-content).
//
// Nynorsk is written as Nynorsk, not Bokmål with a few words changed: no word of BOKMAL_ONLY_WORDS may appear.
// Northern Sámi is a DRAFT translation, never sent until an office has it reviewed; Lule and South Sámi have none.
import type { TLetterLanguage } from './letter-input.ts';
import type { TLetterKind, TLetterSection, TLetterTemplate } from './letter-template.ts';

type TDefaults = Record<TLetterKind, TLetterSection[]>;

const s = (key: string, heading: string, ...paragraphs: string[]): TLetterSection => ({ key, heading, body: paragraphs.join('\n\n') });
const list = (...items: string[]) => items.map((i) => `- ${i}`).join('\n');

const NB_APPEAL = s(
  'appeal',
  'Klagerett',
  'Dere kan klage på vedtaket, jf. forvaltningsloven §§ 28 og 29. Klagefristen er tre uker fra den dagen dere mottok dette brevet. Klagen skal være skriftlig. Den skal sendes til {officeName}, som forbereder saken. Dersom vi ikke gir dere medhold, sender vi klagen videre til {appealBody}, som er klageinstans.',
  'I klagen skal dere vise til vedtaket ({documentNumber}), si hvilken endring dere ønsker, og begrunne klagen.',
);
const NB_DOCUMENTS = s(
  'documents',
  'Rett til å se dokumentene',
  'Dere har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19. Ta kontakt med oss og oppgi saksnummer {caseNumber}.',
);
const NB_APPROVAL = s('approval', '', 'Brevet er godkjent elektronisk og har derfor ingen håndskrevne signaturer.');
const NB_AMENDS = 'Dette vedtaket endrer vårt vedtak {amendsDocumentNumber} av {amendsDate}. Det som ikke er endret her, gjelder fortsatt.';

const NB: TDefaults = {
  tilsagn: [
    s(
      'decision',
      'Vedtak',
      NB_AMENDS,
      '{officeName} gir {partnershipName} tilsagn om tilskudd på til sammen {grantedTotal} fra {schemeName} for {years}. Tilsagnet gjelder søknaden i utlysningen «{roundTitle}». Beløpene per mottaker og år står i tabellen.',
      '{amountTable}',
      'Tilsagnet for {laterYears} er gitt med forbehold om Stortingets budsjettvedtak for hvert år.',
      '{transferRecipients} er statlige og får sin del overført med budsjettfullmakt (belastningsfullmakt). Den delen blir ikke utbetalt og skal ikke aksepteres.',
    ),
    s(
      'basis',
      'Hjemmel og bevilgning',
      'Tilskuddet blir gitt over statsbudsjettet, {budgetChapterPost}, og etter {grantRules}.',
      'Vedtaket bygger på innstillingen fra samarbeidsforumet.',
      'Vedtaket avviker fra innstillingen fra samarbeidsforumet, som var {innstiltTotal}. Begrunnelse for avviket: {deviationReason}',
    ),
    s('purpose', 'Formål', 'Tilskuddet skal brukes til tiltaket partnerskapet har beskrevet i søknaden:', '{purpose}'),
    s(
      'conditions',
      'Vilkår for tilskuddet',
      list(
        'Tilskuddet skal bare brukes til formålet over, slik det er beskrevet i søknaden, og i samsvar med {grantRules}.',
        'Eierne skal selv bidra med en egenandel på minst {cofundingPercent} prosent av tilskuddet til eierne.',
        'Tilskuddet kan ikke brukes til {notFundedUse}.',
        'Vesentlige endringer i tiltaket må avtales skriftlig med oss på forhånd.',
      ),
    ),
    s(
      'reporting',
      'Rapportering',
      'Dere skal rapportere om bruken av tilskuddet og om hvordan målene er nådd, innen {reportDue}. Rapporten skal vise hva midlene er brukt til, og om noe er ubrukt.',
    ),
    s(
      'control',
      'Kontroll',
      'Statsforvalteren som tilskuddsforvalter og Riksrevisjonen kan kontrollere at tilskuddet blir brukt etter forutsetningene, jf. bevilgningsreglementet § 10 andre ledd. Dere skal gi de opplysningene og dokumentene som trengs for kontrollen.',
    ),
    s(
      'repayment',
      'Overføring og tilbakebetaling',
      'Midler som ikke er brukt ved utgangen av året, kan overføres til neste år bare etter avtale med oss. Ubrukte midler som ikke blir overført, og midler som er brukt i strid med vilkårene, skal betales tilbake. Vi kan holde tilbake utbetalinger eller kreve tilskuddet tilbake dersom vilkårene ikke blir oppfylt.',
    ),
    s(
      'acceptance',
      'Aksept',
      'Tilsagnet og vilkårene må aksepteres innen {acceptanceDue}. Koordinatoren for {addresseeName} aksepterer i Kompetanseløft, på partnerskapets side under Vedtak. Tilskuddet blir ikke utbetalt før tilsagnet er akseptert.',
    ),
    s('reasons', 'Begrunnelse', 'Dere søkte om {askedTotal} og har fått tilsagn om {grantedTotal}, det vil si {reduction} mindre enn omsøkt.', '{reasons}'),
    NB_APPEAL,
    NB_DOCUMENTS,
    NB_APPROVAL,
  ],
  avslag: [
    s(
      'decision',
      'Vedtak',
      NB_AMENDS,
      '{officeName} har behandlet søknaden fra {partnershipName} om tilskudd fra {schemeName} i utlysningen «{roundTitle}», og gir avslag på søknaden. Vedtaket er gjort etter {grantRules}.',
    ),
    s('reasons', 'Begrunnelse', 'Dere søkte om {askedTotal}.', '{reasons}'),
    NB_APPEAL,
    NB_DOCUMENTS,
    NB_APPROVAL,
  ],
};

const NN_APPEAL = s(
  'appeal',
  'Klagerett',
  'De kan klage på vedtaket, jf. forvaltningslova §§ 28 og 29. Klagefristen er tre veker frå den dagen de fekk dette brevet. Klagen skal vere skriftleg. Han skal sendast til {officeName}, som førebur saka. Dersom vi ikkje gir dykk medhald, sender vi klagen vidare til {appealBody}, som er klageinstans.',
  'I klagen skal de vise til vedtaket ({documentNumber}), seie kva endring de ønskjer, og grunngi klagen.',
);
const NN_DOCUMENTS = s(
  'documents',
  'Rett til å sjå dokumenta',
  'De har rett til å sjå dokumenta i saka, jf. forvaltningslova §§ 18 og 19. Ta kontakt med oss og oppgi saksnummer {caseNumber}.',
);
const NN_APPROVAL = s('approval', '', 'Brevet er godkjent elektronisk og har difor ingen handskrivne signaturar.');
const NN_AMENDS = 'Dette vedtaket endrar vedtaket vårt {amendsDocumentNumber} av {amendsDate}. Det som ikkje er endra her, gjeld framleis.';

const NN: TDefaults = {
  tilsagn: [
    s(
      'decision',
      'Vedtak',
      NN_AMENDS,
      '{officeName} gir {partnershipName} tilsegn om tilskot på til saman {grantedTotal} frå {schemeName} for {years}. Tilsegnet gjeld søknaden i utlysinga «{roundTitle}». Beløpa per mottakar og år står i tabellen.',
      '{amountTable}',
      'Tilsegnet for {laterYears} er gitt med atterhald om Stortingets budsjettvedtak for kvart år.',
      '{transferRecipients} er statlege og får delen sin overført med budsjettfullmakt (belastningsfullmakt). Den delen blir ikkje utbetalt og skal ikkje aksepterast.',
    ),
    s(
      'basis',
      'Heimel og løyving',
      'Tilskotet blir gitt over statsbudsjettet, {budgetChapterPost}, og etter {grantRules}.',
      'Vedtaket byggjer på innstillinga frå samarbeidsforumet.',
      'Vedtaket avvik frå innstillinga frå samarbeidsforumet, som var {innstiltTotal}. Grunngiving for avviket: {deviationReason}',
    ),
    s('purpose', 'Føremål', 'Tilskotet skal brukast til tiltaket partnarskapet har skildra i søknaden:', '{purpose}'),
    s(
      'conditions',
      'Vilkår for tilskotet',
      list(
        'Tilskotet skal berre brukast til føremålet over, slik det er skildra i søknaden, og i samsvar med {grantRules}.',
        'Eigarane skal sjølve bidra med ein eigendel på minst {cofundingPercent} prosent av tilskotet til eigarane.',
        'Tilskotet kan ikkje brukast til {notFundedUse}.',
        'Vesentlege endringar i tiltaket må avtalast skriftleg med oss på førehand.',
      ),
    ),
    s(
      'reporting',
      'Rapportering',
      'De skal rapportere om bruken av tilskotet og om korleis måla er nådde, innan {reportDue}. Rapporten skal vise kva midlane er brukte til, og om noko er ubrukt.',
    ),
    s(
      'control',
      'Kontroll',
      'Statsforvaltaren som tilskotsforvaltar og Riksrevisjonen kan kontrollere at tilskotet blir brukt etter føresetnadene, jf. løyvingsreglementet § 10 andre ledd. De skal gi dei opplysningane og dokumenta som trengst for kontrollen.',
    ),
    s(
      'repayment',
      'Overføring og tilbakebetaling',
      'Midlar som ikkje er brukte ved utgangen av året, kan overførast til neste år berre etter avtale med oss. Ubrukte midlar som ikkje blir overførte, og midlar som er brukte i strid med vilkåra, skal betalast tilbake. Vi kan halde tilbake utbetalingar eller krevje tilskotet tilbake dersom vilkåra ikkje blir oppfylte.',
    ),
    s(
      'acceptance',
      'Aksept',
      'Tilsegnet og vilkåra må aksepterast innan {acceptanceDue}. Koordinatoren for {addresseeName} aksepterer i Kompetanseløft, på sida til partnarskapet under Vedtak. Tilskotet blir ikkje utbetalt før tilsegnet er akseptert.',
    ),
    s('reasons', 'Grunngiving', 'De søkte om {askedTotal} og har fått tilsegn om {grantedTotal}, det vil seie {reduction} mindre enn de søkte om.', '{reasons}'),
    NN_APPEAL,
    NN_DOCUMENTS,
    NN_APPROVAL,
  ],
  avslag: [
    s(
      'decision',
      'Vedtak',
      NN_AMENDS,
      '{officeName} har handsama søknaden frå {partnershipName} om tilskot frå {schemeName} i utlysinga «{roundTitle}», og gir avslag på søknaden. Vedtaket er gjort etter {grantRules}.',
    ),
    s('reasons', 'Grunngiving', 'De søkte om {askedTotal}.', '{reasons}'),
    NN_APPEAL,
    NN_DOCUMENTS,
    NN_APPROVAL,
  ],
};

// DRAFT translation (Northern Sámi): to be reviewed by a translator before an office marks it reviewed.
const SE_APPEAL = s(
  'appeal',
  'Váiddavuoigatvuohta',
  'Dii sáhttibehtet váidit mearrádusa, gč. hálddašanlága §§ 28 ja 29. Váiddaáigemearri lea golbma vahku dan beaivvi rájes go ožžobehtet dán reivve. Váidda galgá leat čálalaš, ja dat sáddejuvvo {officeName}. Jus mii eat atte didjiide vuoigatvuođa, de mii sáddet váidaga {appealBody}, mii lea váiddaásahus.',
  'Váidagis galgabehtet čujuhit mearrádussii ({documentNumber}), muitalit makkár rievdadusa háliidehpet, ja ákkastallat váidaga.',
);
const SE_DOCUMENTS = s(
  'documents',
  'Vuoigatvuohta oaidnit áššebáhpiriid',
  'Dis lea vuoigatvuohta oaidnit ášši áššebáhpiriid, gč. hálddašanlága §§ 18 ja 19. Váldet oktavuođa minguin ja muitalehket áššenummira {caseNumber}.',
);
const SE_APPROVAL = s('approval', '', 'Reive lea dohkkehuvvon elektrovnnalaččat, ja danin das eai leat giehtačállon vuolláičállosat.');
const SE_AMENDS = 'Dát mearrádus rievdada min mearrádusa {amendsDocumentNumber} ({amendsDate}). Dat mii ii leat rievdaduvvon dás, doaibmá ain.';

const SE: TDefaults = {
  tilsagn: [
    s(
      'decision',
      'Mearrádus',
      SE_AMENDS,
      '{officeName} addá {partnershipName} doarjjalohpádusa oktiibuot {grantedTotal} ortnegis {schemeName} jagiide {years}. Lohpádus guoská ohcamii almmuhusas «{roundTitle}». Supmit juohke vuostáiváldái ja jahkái leat tabeallas.',
      '{amountTable}',
      'Lohpádus jagiide {laterYears} addojuvvo Stuorradikki bušeahttamearrádusa eavttuin juohke jahkái.',
      '{transferRecipients} leat stáhtalaš ásahusat ja ožžot iežaset oasi sirdojuvvon bušeahttafápmudusa bokte. Dat oassi ii máksojuvvo, iige dan dárbbaš dohkkehit.',
    ),
    s(
      'basis',
      'Láhkavuođđu ja juolludeapmi',
      'Doarjja addojuvvo stáhtabušeahta bokte, {budgetChapterPost}, ja {grantRules} vuođul.',
      'Mearrádus vuođđuduvvo ovttasbargoforuma árvalussii.',
      'Mearrádus earrána ovttasbargoforuma árvalusas, mii lei {innstiltTotal}. Ákkastallan: {deviationReason}',
    ),
    s('purpose', 'Ulbmil', 'Doarjja galgá geavahuvvot doaibmabidjui maid guoibmevuohta lea čilgen ohcamis:', '{purpose}'),
    s(
      'conditions',
      'Doarjaga eavttut',
      list(
        'Doarjja galgá dušše geavahuvvot ulbmilii nugo ohcamis čilgejuvvo, ja {grantRules} mielde.',
        'Eaiggádat galget ieža ruhtadit unnimusat {cofundingPercent} proseantta eaiggádiid doarjagis.',
        'Doarjaga ii sáhte geavahit {notFundedUse}.',
        'Stuora rievdadusat doaibmabijus fertejit šiehtaduvvot čálalaččat minguin ovddalgihtii.',
      ),
    ),
    s('reporting', 'Raporteren', 'Dii galgabehtet raporteret doarjaga geavaheami ja ulbmiljuksama birra maŋimusat {reportDue}.'),
    s(
      'control',
      'Dárkkisteapmi',
      'Stáhtahálddašeaddji doarjjahálddašeaddjin ja Riikarevišuvdna sáhttiba dárkkistit ahte doarjja geavahuvvo eavttuid mielde, gč. juolludannjuolggadusa § 10 nuppi lađđasa.',
    ),
    s(
      'repayment',
      'Sirdin ja ruovttoluotta máksin',
      'Ruđat mat eai leat geavahuvvon jagi loahpas, sáhttet sirdojuvvot boahtte jahkái dušše šiehtadusa mielde minguin. Geavatkeahtes ruđat ja ruđat mat leat geavahuvvon eavttuid vuostá, galget máksojuvvot ruovttoluotta.',
    ),
    s('acceptance', 'Dohkkeheapmi', 'Lohpádus ja eavttut fertejit dohkkehuvvot maŋimusat {acceptanceDue} Kompetanseløft-vuogádagas ({addresseeName}). Doarjja ii máksojuvvo ovdal go lohpádus lea dohkkehuvvon.'),
    s('reasons', 'Ákkastallan', 'Dii ohcciidet {askedTotal} ja lehpet ožžon lohpádusa {grantedTotal}, nappo {reduction} unnit go ohcon.', '{reasons}'),
    SE_APPEAL,
    SE_DOCUMENTS,
    SE_APPROVAL,
  ],
  avslag: [
    s(
      'decision',
      'Mearrádus',
      SE_AMENDS,
      '{officeName} lea meannudan {partnershipName} ohcama doarjagii ortnegis {schemeName} almmuhusas «{roundTitle}», ja hilgu ohcama. Mearrádus lea dahkkojuvvon {grantRules} vuođul.',
    ),
    s('reasons', 'Ákkastallan', 'Dii ohcciidet {askedTotal}.', '{reasons}'),
    SE_APPEAL,
    SE_DOCUMENTS,
    SE_APPROVAL,
  ],
};

const DEFAULTS: Partial<Record<TLetterLanguage, TDefaults>> = { nb: NB, nn: NN, se: SE };

/** The default template of a kind in a language: Norwegian ones as used, Northern Sámi as a draft; none for Lule and
 * South Sámi. A fresh copy each time, so an edit of the result never changes the defaults. */
export function defaultLetterTemplate(kind: TLetterKind, language: TLetterLanguage): TLetterTemplate | null {
  const sections = DEFAULTS[language]?.[kind];
  if (!sections) return null;
  return { kind, language, sections: sections.map((x) => ({ ...x })), status: language === 'nb' || language === 'nn' ? 'reviewed' : 'draft', source: 'default' };
}
