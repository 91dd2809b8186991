import { describe, expect, it } from 'vitest';
import { auditChanges, displayValue } from './audit-changes.ts';

describe('auditChanges', () => {
  it('lists only the fields that changed, without bookkeeping columns', () => {
    const before = { name: 'Harstad', phone: null, version: 1, updatedAt: '2024-01-01' };
    const after = { name: 'Harstad kommune', phone: '40000123', version: 2, updatedAt: '2024-02-01' };
    expect(auditChanges(before, after)).toEqual([
      { field: 'name', before: 'Harstad', after: 'Harstad kommune' },
      { field: 'phone', before: '', after: '40000123' },
    ]);
  });

  it('shows every field of a created entity as new', () => {
    expect(auditChanges(null, { name: 'Ny', active: true })).toEqual([
      { field: 'active', before: '', after: 'true' },
      { field: 'name', before: '', after: 'Ny' },
    ]);
  });

  it('compares nested values by content', () => {
    expect(auditChanges({ rules: { a: 1 } }, { rules: { a: 1 } })).toEqual([]);
    expect(auditChanges({ roles: ['leser'] }, { roles: ['leser', 'forum'] })).toEqual([
      { field: 'roles', before: '["leser"]', after: '["leser","forum"]' },
    ]);
  });

  it('shortens long values', () => {
    expect(displayValue({ text: 'x'.repeat(1000) }).length).toBeLessThanOrEqual(301);
  });
});
