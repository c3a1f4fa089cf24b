import { Checkbox, Typography } from 'antd';
import type { Member } from '@shared/members/types';

export interface BranchGroup {
  key: string;
  name: string;
  members: Member[];
}

/** Party members by branch, each branch with "全选本支部"; a form control over the chosen ids. */
export function AttendeePicker({ groups, value = [], onChange }: { groups: BranchGroup[]; value?: string[]; onChange?(ids: string[]): void }) {
  const chosen = new Set(value);
  const set = (ids: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    // Keep the roster's order, whatever order the boxes were ticked in.
    onChange?.(groups.flatMap((g) => g.members.map((m) => m.id)).filter((id) => next.has(id)));
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {groups.map((g) => {
        const ids = g.members.map((m) => m.id);
        const n = ids.filter((id) => chosen.has(id)).length;
        return (
          <div key={g.key} style={{ border: '1px solid #eee', borderRadius: 6, padding: '6px 10px' }} data-testid="attendee-branch">
            <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 4 }}>
              <Typography.Text strong>{g.name}</Typography.Text>
              <span>
                <Typography.Text type="secondary" style={{ marginRight: 12 }}>
                  已选 {n} / {ids.length} 人
                </Typography.Text>
                <Checkbox
                  checked={n > 0 && n === ids.length}
                  indeterminate={n > 0 && n < ids.length}
                  onChange={(e) => set(ids, e.target.checked)}
                >
                  全选本支部
                </Checkbox>
              </span>
            </div>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 0' }}>
              {g.members.map((m) => (
                <Checkbox key={m.id} checked={chosen.has(m.id)} onChange={(e) => set([m.id], e.target.checked)} style={{ minWidth: 96 }}>
                  {m.name}
                </Checkbox>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
