// Authentication runs before body validation: every write of a members-only route answers an anonymous caller 401,
// whatever its body, so nobody learns the expected input (issue 11). The routes come from the OpenAPI document, so
// a route added later is covered without being listed.
import { describe, expect, it } from 'vitest';
import { useApp } from '../../support/app.ts';
import { testDatabases } from '../../support/database.ts';

const WRITES = ['post', 'put', 'patch', 'delete'] as const;
/** Writes that are for anyone: signing in, accepting an invitation, a resident's answer, saving an own region. */
const OPEN_WRITES = [
  /^\/api\/auth\/login$/,
  /^\/api\/invitations\//,
  /^\/api\/datadialoog\//,
  /^\/api\/user-regions$/,
];

for (const database of testDatabases()) {
  describe(`authentication before validation on ${database.name}`, () => {
    const app = useApp(database);

    it('answers 401 to an anonymous write with an empty or wrong body on every members-only route', async () => {
      await app.server.ready();
      const doc = app.server.swagger() as { paths: Record<string, Record<string, unknown>> };
      const tried: string[] = [];
      const wrong: string[] = [];
      for (const [path, operations] of Object.entries(doc.paths)) {
        if (OPEN_WRITES.some((open) => open.test(path))) continue;
        for (const method of WRITES) {
          if (!(method in operations)) continue;
          const url = path.replace(/\{[^}]+\}/g, 'x1');
          for (const payload of [{}, { unexpected: true }]) {
            const r = await app.server.inject({ method: method.toUpperCase() as 'POST', url, payload });
            tried.push(`${method} ${path}`);
            if (r.statusCode !== 401 || r.json().error !== 'unauthenticated')
              wrong.push(
                `${method.toUpperCase()} ${path} ${JSON.stringify(payload)}: ${r.statusCode} ${r.body}`,
              );
          }
        }
      }
      expect(wrong).toEqual([]);
      // the example of the issue, and enough routes to know the document was read
      expect(tried).toContain('post /api/workspaces/{id}/plan/kernopgaven/{kernopgaveId}/goals');
      expect(new Set(tried).size).toBeGreaterThan(25);
    });
  });
}
