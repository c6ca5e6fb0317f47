import { z } from '../../cloudfunctions/contract/zod';
import { effectiveRoles, type MemberDoc } from '../../cloudfunctions/platform/caller';
import { RateLimiter } from '../../cloudfunctions/platform/rate-limiter';
import { fieldErrors, findForbiddenKey } from '../../cloudfunctions/platform/validation';

describe('findForbiddenKey', () => {
  it('finds identity, id and operator keys at any depth', () => {
    expect(findForbiddenKey({ a: { b: [{ $gt: 1 }] } })).toBe('a.b.0.$gt');
    expect(findForbiddenKey({ openid: 'x' })).toBe('openid');
    expect(findForbiddenKey(JSON.parse('{"x":{"__proto__":{}}}'))).toBe('x.__proto__');
    expect(findForbiddenKey({ name: '张三', list: [1, 2] })).toBeNull();
    expect(findForbiddenKey('plain')).toBeNull();
  });

  it('treats absurd nesting as an error instead of recursing without end', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 50; i += 1) deep = (deep.a = {}) as Record<string, unknown>;
    expect(findForbiddenKey(root)).not.toBeNull();
  });
});

describe('fieldErrors', () => {
  it('maps issues to dotted paths, first message per field, unknown keys by name', () => {
    const schema = z.object({ a: z.object({ b: z.string().min(2, '太短') }).strict() }).strict();
    const result = schema.safeParse({ a: { b: 'x', c: 1 }, d: 2 });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error as z.ZodError)).toEqual({ 'a.b': '太短', 'a.c': '不认识的填写项', d: '不认识的填写项' });
  });
});

describe('RateLimiter', () => {
  it('allows `limit` calls a window, then tells how long to wait', () => {
    const limiter = new RateLimiter();
    const rule = { limit: 3, windowMs: 1000 };
    expect([0, 1, 2].map((t) => limiter.take('k', rule, t))).toEqual([0, 0, 0]);
    expect(limiter.take('k', rule, 400)).toBe(600);
    expect(limiter.take('other', rule, 400)).toBe(0);
    expect(limiter.take('k', rule, 1000)).toBe(0);
  });
});

describe('effectiveRoles', () => {
  const member = { roles: ['member', 'secretary'] } as MemberDoc;
  it('adds member for the registered and admin for configured admins', () => {
    expect([...effectiveRoles(member, false)].sort()).toEqual(['member', 'secretary']);
    expect([...effectiveRoles(member, true)].sort()).toEqual(['admin', 'member', 'secretary']);
    expect([...effectiveRoles(null, true)]).toEqual([]);
  });
});
