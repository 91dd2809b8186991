// A generated round of internal-report answers for the round-trip tests (issue 16, "Must show"): many respondents in
// every category, same-named respondents, multi-paragraph comments with lines that look like structure (dates, bullets,
// "NB!"), options whose text is unknown, Sámi-first and hyphenated municipality names, attachments — and questions
// many leave unanswered. Deterministic: the same seed gives the same round on every run.
import type { TInternRapport, TInternRapportAnswer, TInternRapportRespondent } from '../../../domain/rapportering/intern-rapport.ts';
import { QUESTIONS_2022_2023, type TReportQuestion } from '../../../domain/rapportering/questionnaire-2022-2023.ts';

/** Small, fast and the same everywhere (mulberry32). */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type TRandom = ReturnType<typeof randomFrom>;

export const SYNTHETIC_COUNTY = 'Vidda og Fjordane';
const PRINTED_COUNTY = 'Vidda Og Fjordane';
const PLACES = [
  'Bjørkvang', 'Brattskjær', 'Eksempelvik', 'Fjellnes', 'Havbotn', 'Kvitbotn', 'Lyngvær', 'Malvær', 'Myrvang', 'Mønsterøy',
  'Prøvedal', 'Skissevik', 'Sølvnes', 'Tindnes', 'Tindvær', 'Utkastnes', 'Vassbotn', 'Åsvik', 'Ørnes', 'Ærvik',
];
const MUNICIPALITIES = [...PLACES, 'Nord-Tindvik', 'Sør-Breivann', 'Guovdageaidnu - Kautokeino', 'Kárášjohka - Karasjok'];
const PEOPLE = ['Kari Nordmann', 'Ola Nordmann', 'Siri Eksempelsen', 'Jon Prøvesen', 'Marte Malsen', 'Nils Skissebakk', 'Åse Ørnes'];
const SENTENCES = [
  'Tiltakene har gitt de ansatte et felles språk for inkludering.',
  'Vi har brukt samlingene til å dele erfaringer på tvers av kommunene.',
  'Arbeidet tok lengre tid enn planlagt fordi to enheter fikk ny leder.',
  'PP-tjenesten har deltatt på alle samlingene, og «laget rundt barnet» er styrket.',
  'Høgskolen har bidratt med innlegg og veiledning – også mellom samlingene.',
  'Foreldrene har fått informasjon gjennom felles møter i barnehagene.',
];
// Lines inside a comment that look like structure: only a question header or a next respondent may start anything.
const STRUCTURE_LIKE = ['3. november – fagdag: Angst og uro hos barn og unge', '• Hva har vært mest nyttig?', '- Nye caser i emnet', 'NB! Barnevernet er interkommunalt.'];

function respondents(): TInternRapportRespondent[] {
  const kommuner = PLACES.flatMap((a) => PLACES.map((b) => `${a}${b.toLowerCase()} kommune`)).filter((_, i) => i % 2 === 0).slice(0, 159);
  const categories: [string, string[]][] = [
    ['Fylkeskommune (Offentlig)', Array.from({ length: 4 }, () => `${PRINTED_COUNTY} fylkeskommune`)],
    // Two answers from one municipality: same name, told apart only by order.
    ['Kommune (Offentlig)', [...kommuner, kommuner[7]!].sort((a, b) => a.localeCompare(b, 'nb'))],
    ['Organisasjon (Privat)', PLACES.map((p) => `RSK ${p}`)],
    ['Annet (Offentlig)', PLACES.slice(0, 16).map((p) => `${p} interkommunale PPT`)],
  ];
  return categories.flatMap(([category, names]) => names.map((name) => ({ name, category }))).map((r, i) => ({ id: i + 1, ...r }));
}

function text(random: TRandom, paragraphs: number): string {
  return Array.from({ length: paragraphs }, () =>
    Array.from({ length: random.int(1, 2) }, () => (random.chance(0.2) ? random.pick(STRUCTURE_LIKE) : random.pick(SENTENCES))).join('\n'),
  ).join('\n\n');
}

function answerOf(question: TReportQuestion, respondent: TInternRapportRespondent, random: TRandom): TInternRapportAnswer {
  const answer: TInternRapportAnswer = {
    question: question.id, respondent: respondent.id, options: [], other: null, comment: null, value: null, municipalities: null, attachments: [],
  };
  if (question.kind === 'integer') answer.value = random.int(0, question.id.startsWith('4.') ? 900_000 : 40);
  if (question.kind === 'text') answer.value = textValue(question.id, respondent, random);
  if (question.kind === 'municipalities') {
    answer.municipalities = respondent.category.startsWith('Fylkeskommune')
      ? [PRINTED_COUNTY]
      : [...new Set(Array.from({ length: random.int(1, 6) }, () => random.pick(MUNICIPALITIES)))];
  }
  if (question.kind === 'choice') {
    const numbers = Object.keys(question.options ?? {}).map(Number);
    const single = ['2.6', '4.3', '4.4', '4.5', '6.3'].includes(question.id);
    answer.options = single ? [random.pick(numbers)] : numbers.filter(() => random.chance(0.35));
    // A choice row starts with an option or "Annet": a comment alone cannot be printed as a row.
    if (random.chance(0.2) || answer.options.length === 0) answer.other = random.pick(SENTENCES).replace(/\.$/, '');
    if (random.chance(0.25)) answer.comment = text(random, random.int(1, 2));
  }
  if (question.id === '7.2' || question.id === '7.3') {
    answer.attachments = Array.from({ length: random.chance(0.3) ? random.int(1, 3) : 0 }, (_, i) => ({
      name: `Vedlegg ${i + 1} fra ${respondent.name}, ${random.pick(PLACES)} 2022-2023.pdf`,
      url: `https://rapport.example.no/vedlegg/${uuid(random)}`,
    }));
  }
  return answer;
}

function textValue(id: string, respondent: TInternRapportRespondent, random: TRandom): string {
  switch (id) {
    case '2.1': return random.chance(0.2) ? `${random.pick(PEOPLE)}, ${random.pick(PEOPLE)}` : random.pick(PEOPLE);
    case '2.2': return `${respondent.name}, oppvekst og kultur`;
    case '2.3': return random.chance(0.3) ? `4${random.int(10, 99)} ${random.int(10, 99)} ${random.int(100, 999)}` : `4${random.int(1_000_000, 9_999_999)}`;
    case '2.4': return `${random.pick(PEOPLE).toLowerCase().replace(/ /g, '.').replace(/[åø]/g, 'o')}@example.no`;
    case '2.5': return '2022/5150';
    case '3.1': return random.pick(['Universitetet i Nordfjell', 'UiN – Universitetet i Nordfjell', 'Høgskolen på Vidda, Avdeling for lærerutdanning']);
    default: return text(random, random.int(1, 2));
  }
}

const uuid = (random: TRandom) =>
  [8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, () => random.int(0, 15).toString(16)).join('')).join('-');

/** Share of respondents who leave a question unanswered: most answer everything; 3.3 many skip, 3.9 most. */
const SKIPS: Record<string, number> = { '3.3': 0.2, '3.4': 0.5, '3.9': 0.65, '3.10': 0.7, '7.1': 0.6, '7.2': 0.7, '7.3': 0.8 };

export function syntheticRound(seed = 16): TInternRapport {
  const random = randomFrom(seed);
  const all = respondents();
  const answers = QUESTIONS_2022_2023.flatMap((question) =>
    all.filter(() => !random.chance(SKIPS[question.id] ?? 0.02)).map((respondent) => answerOf(question, respondent, random)),
  );
  return { title: `${SYNTHETIC_COUNTY} - Kompetanseløftet - Rapportering 2022/2023`, date: '2023-11-02', respondents: all, answers };
}
