// The addresses e-mails link to (issue 12, point 5: every e-mail links to the thing it is about). The paths are the
// web app's (src/web/routes.tsx); the origin is config.publicUrl, given by the route. Without one (the demo seed,
// which runs before any server) the link is the path alone, still pointing at the right page once opened in the app.

/** `/behovsmeldinger/:id`: the application's overview, where the coordinator edits and the office reviews. */
export const applicationLink = (publicUrl: string | undefined, applicationId: string): string => `${publicUrl ?? ''}/behovsmeldinger/${applicationId}`;

/** `/utlysninger/:id`: the round (its deadline, guidance and, for the office, its applications). */
export const roundLink = (publicUrl: string | undefined, roundId: string): string => `${publicUrl ?? ''}/utlysninger/${roundId}`;
