// An office's budget frames per scheme and year (issue 13, point 4): what the frames page shows and the allocation
// counts against. Every active scheme is listed, with or without frames, so the secretariat sees what is missing.
// Each frame carries what earlier multi-year promises hold of it, provisional and binding, and what remains (issue
// 14); years that promises hold money in but have no frame are listed apart.
import { listFrames } from '../../db/forum-frame-repository.ts';
import { listSchemes } from '../../db/reference-repository.ts';
import { allowedVerbs, assertCan } from '../../domain/access/policy.ts';
import type { FrameList } from '../../domain/forum/frames-contract.ts';
import { loadFrameOffice } from '../../loaders/forum/load-frame-office.ts';
import { loadFrameUses } from '../../loaders/forum/load-frame-use.ts';
import { frameOut } from '../../views/forum/frame-view.ts';
import type { UseCaseContext } from '../context.ts';

export async function listBudgetFrames({ db, actor, officeId }: UseCaseContext & { officeId: string }): Promise<FrameList> {
  const resource = { type: 'budget-frame', officeId } as const;
  assertCan(actor, 'read', resource);
  const office = await loadFrameOffice(db, officeId);
  const frames = await listFrames(db, officeId);
  const { useOf, reservedKeys } = await loadFrameUses(db, officeId);
  const unframed = reservedKeys
    .filter((k) => !frames.some((f) => f.schemeId === k.schemeId && f.year === k.year))
    .map((k) => ({ ...k, ...useOf(k).reserved }))
    // A year whose promises later rounds all took over holds nothing any more.
    .filter((u) => u.provisionalKr + u.bindingKr > 0)
    .sort((a, b) => a.year - b.year);
  const schemes = (await listSchemes(db)).filter((s) => s.active || frames.some((f) => f.schemeId === s.id) || unframed.some((u) => u.schemeId === s.id));
  return {
    officeId: office.id,
    officeName: office.name,
    allowed: allowedVerbs(actor, resource),
    schemes: schemes.map((s) => ({
      schemeId: s.id,
      schemeName: s.name,
      active: s.active,
      frames: frames.filter((f) => f.schemeId === s.id).map((f) => frameOut(f, useOf(f))),
      unframedReservations: unframed.filter((u) => u.schemeId === s.id).map((u) => ({ year: u.year, reservedProvisionalKr: u.provisionalKr, reservedBindingKr: u.bindingKr })),
    })),
  };
}
