import { describe, expect, it } from 'vitest';
import { ApiError, buildUrl, errorFrom } from './client';

describe('buildUrl', () => {
  it('fills path parameters and leaves out empty query values', () => {
    expect(buildUrl('/api/firms/{id}', { id: 'F 1/2' }, { q: 'Guss', kind: undefined, limit: 5, types: ['SUPPLIES', 'COOPERATES_WITH'], none: [] })).toBe(
      '/api/firms/F%201%2F2?q=Guss&limit=5&types=SUPPLIES%2CCOOPERATES_WITH',
    );
  });

  it('names a missing path parameter', () => {
    expect(() => buildUrl('/api/firms/{id}')).toThrow(/'id'/);
  });
});

describe('errorFrom', () => {
  const response = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'application/json' } });

  it("keeps the API's code and the field at fault", async () => {
    const error = await errorFrom(response(400, JSON.stringify({ statusCode: 400, code: 'VALIDATION', message: 'm', field: '/body/employees' })));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION', field: '/body/employees', bodyField: 'employees' });
  });

  it('calls a code it does not know UNKNOWN', async () => {
    expect(await errorFrom(response(418, JSON.stringify({ code: 'TEAPOT' })))).toMatchObject({ code: 'UNKNOWN' });
  });

  it('calls a proxy page without our body NETWORK', async () => {
    expect(await errorFrom(response(502, '<html>Bad gateway</html>'))).toMatchObject({ code: 'NETWORK', status: 502 });
  });
});
