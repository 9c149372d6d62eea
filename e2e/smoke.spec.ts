import { test, expect } from './fixtures';
import { GaragePage } from './pages/garage';

test.describe('foundation', () => {
  test('the home page sends a visitor to sign in, which shows the server version from the API', async ({
    page,
    request,
  }) => {
    const meta = await (await request.get('/api/v1/meta')).json();
    expect(meta.version).toBeTruthy();
    await page.goto('/');
    await expect(page).toHaveURL('/login?next=%2F');
    await expect(page.getByRole('heading', { name: 'Sign in to Carnet' })).toBeVisible();
    await expect(page.getByTestId('server-version')).toHaveText(meta.version);
  });

  test('a signed-in owner sees the server version too', async ({ page, owner }) => {
    const meta = await owner.api.get<{ version: string }>('/meta');
    await page.goto('/');
    await expect(new GaragePage(page).heading).toBeVisible();
    await expect(page.getByTestId('server-version')).toHaveText(meta.version);
  });

  test('security headers are sent with the page and the API', async ({ request }) => {
    for (const path of ['/', '/api/v1/meta', '/api/v1/does-not-exist']) {
      const res = await request.get(path);
      const h = res.headers();
      expect(h['content-security-policy'], path).toContain("script-src 'self'");
      expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(h['content-security-policy'], path).not.toContain('unsafe');
      expect(h['x-content-type-options'], path).toBe('nosniff');
      expect(h['x-frame-options'], path).toBe('DENY');
      expect(h['referrer-policy'], path).toBeTruthy();
      expect(h['permissions-policy'], path).toBeTruthy();
    }
  });

  test('unknown API paths answer problem+json 404, not the app', async ({ request }) => {
    const res = await request.get('/api/v1/does-not-exist');
    expect(res.status()).toBe(404);
    expect(res.headers()['content-type']).toBe('application/problem+json');
  });

  test('hashed assets are immutable and precompressed', async ({ page, request }) => {
    await page.goto('/');
    const src = await page.locator('script[type="module"]').first().getAttribute('src');
    expect(src).toMatch(/^\/assets\//);
    const res = await request.get(src!, { headers: { 'Accept-Encoding': 'br' } });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers()['content-encoding']).toBe('br');
  });
});
