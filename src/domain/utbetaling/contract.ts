// The utbetaling module's API (issue 15; ADR 027), one part per area: the payment plan and accounts, payment batches
// and their files, unused money (hold-over, offset, repayment). Each area adds its one line here.
import { accountsContract } from './accounts-contract.ts';
import { batchContract } from './batch-contract.ts';
import { planContract } from './plan-contract.ts';
import { overviewContract } from './overview-contract.ts';
import { unusedContract } from './unused-contract.ts';

export const utbetalingContract = { ...planContract, ...accountsContract, ...batchContract, ...overviewContract, ...unusedContract } as const;
