// The utbetaling module's API (issue 15; ADR 027), one part per area: the payment plan and accounts, payment batches
// and their files, unused money (hold-over, offset, repayment). Each area adds its one line here.
export const utbetalingContract = {} as const;
