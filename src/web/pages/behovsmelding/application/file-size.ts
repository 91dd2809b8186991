// File sizes the Norwegian way: 980 byte, 12 kB, 1,4 MB.
import { formatNumber } from '../../../../domain/shared/money.ts';

export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes}\u00a0byte`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)}\u00a0kB`;
  return `${formatNumber(Math.round(bytes / 100_000) / 10)}\u00a0MB`;
}
