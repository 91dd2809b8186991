// The frame's reservations split by status, and what remains of the frame after them.
import { describe, expect, it } from 'vitest';
import { frameRemaining, frameReservations } from './frame-reservations.ts';

describe('a frame’s reservations', () => {
  it('splits the held kroner into provisional and binding', () => {
    expect(
      frameReservations([
        { status: 'foreløpig', heldKr: 300_000 },
        { status: 'bindende', heldKr: 120_000 },
      ]),
    ).toEqual({ provisionalKr: 300_000, bindingKr: 120_000 });
    expect(frameReservations([])).toEqual({ provisionalKr: 0, bindingKr: 0 });
  });

  it('counts an unknown status as provisional: it still holds money', () => {
    expect(frameReservations([{ status: 'ukjent', heldKr: 5 }])).toEqual({ provisionalKr: 5, bindingKr: 0 });
  });

  it('leaves the frame minus both, negative when the promises exceed it', () => {
    expect(frameRemaining(1_000_000, { provisionalKr: 300_000, bindingKr: 120_000 })).toBe(580_000);
    expect(frameRemaining(100_000, { provisionalKr: 0, bindingKr: 120_000 })).toBe(-20_000);
  });
});
