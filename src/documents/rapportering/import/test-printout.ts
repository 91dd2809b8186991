// Builds small printouts for the importer's tests in the shape of a text extraction: every text line gets its
// trailing space (not one broken after a hyphen, not a link), `␠` is a line of one space, `␠␠` a line of two, and
// `---` a page break. Lines are written as a person reads the printout, so each test shows the variant it is about.
export type TTestRespondents = { category: string; names: string[] }[];

const PAGE_BREAK = ['', '', '', ' ', ''];

export function extractionLines(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    if (line === '---') return PAGE_BREAK;
    if (line === '␠') return [' '];
    if (line === '␠␠') return ['  '];
    if (line === '' || /\S-$/.test(line) || /^https?:\/\//.test(line)) return [line];
    return [`${line} `];
  });
}

export function testPrintout(options: { county?: string; respondents: TTestRespondents; blocks: readonly (readonly string[])[] }): string {
  const title = `${options.county ?? 'Nordfjell'} - Kompetanseløftet - Rapportering 2022/2023`;
  const overview = options.respondents.flatMap(({ category, names }) => [`${category} – ${names.length} svar`, ...names.map((n) => `• ${n}`)]);
  const lines = [
    title, '', 'Svar - Intern rapport', '␠', 'Dato: 02.11.2023', '␠␠', '---',
    'Svar oversikt', '␠', ...overview, '␠␠', '---',
    'Ingen merknader til undersøkelsen', '␠', 'Alle instansene som har sendt inn uttalelse har merknader.', '',
    'Irrelevante svar', '␠', 'Ingen av uttalelsene er irrelevante.', '␠␠', '---',
    title,
    ...options.blocks.flatMap((block, i) => [...block, ...(i < options.blocks.length - 1 ? ['␠␠', '---'] : ['', ''])]),
  ];
  return `${extractionLines(lines).join('\n')}\n`;
}
