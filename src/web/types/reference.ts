// Shapes of the reference-data and region APIs: the contract's (src/domain/reference/contract.ts), not copies.
export type {
  County,
  Municipality,
  Office,
  ParallelName,
  Region,
  RegionCreates,
  RegionDetail,
  Scheme,
  SchemeDetail,
} from '../../domain/reference/contract.ts';
