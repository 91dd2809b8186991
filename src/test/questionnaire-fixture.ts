// Answers to the demo survey (reference-data/questionnaires/kartlegging-demo.json) for tests and the access matrix.

/** A complete, valid answer to the demo survey. */
export const COMPLETE_DEMO_ANSWERS: Record<string, unknown> = {
  enhetNavn: 'Tromsdalen barnehage',
  enhetType: 'barnehage',
  antallAnsatte: 24,
  omrader: ['inkludering', 'lesing'],
  harPlan: true,
  planVedtatt: '2024-11-20',
  behovBeskrivelse: 'Flere barn trenger tett oppfølging i språk.',
  onskedeTiltak: [{ tiltak: 'Språkkurs for alle', malgruppe: 'alle', deltakere: 24, oppstart: '2025-08-15' }],
};
