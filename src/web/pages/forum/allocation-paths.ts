// The allocation pages' addresses (issue 13, point 4): a round's screen with its selected scenario, and two
// scenarios compared.
export const allocationPath = (roundId: string, scenarioId?: string) => `/forum/utlysninger/${roundId}/fordeling${scenarioId ? `?fordeling=${scenarioId}` : ''}`;

export const comparePath = (roundId: string, a: string, b: string) => `/forum/utlysninger/${roundId}/fordeling/sammenlign?a=${a}&b=${b}`;
