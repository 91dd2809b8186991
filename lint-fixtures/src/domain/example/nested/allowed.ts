// Domain code importing other domain modules (also from a nested folder) and zod, and making dates from values.
import { z } from 'zod';
import { AppError } from '../../shared/app-error.ts';
import { formatKr } from '../../shared/money.ts';
import { sibling } from './sibling.ts';

export const ZExample = z.object({ at: z.iso.datetime() });
export const deadline = (iso: string): Date => new Date(iso);
export const parsed = (iso: string): number => Date.parse(iso);
export const used = [AppError, formatKr, sibling];
