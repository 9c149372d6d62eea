import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { isApiError, setUnauthorizedHandler } from './api/client';
import { makeUnauthorizedHandler } from './api/session';
import { createAppRouter } from './routes';
import './styles/app.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will answer the same again; retry only network and server errors.
      retry: (failures, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

// React Aria injects a <style> element (touch-action for pressable elements)
// unless an element with this id exists; the strict CSP would block it, so the
// same rule lives in app.css and this placeholder stops the injection.
if (!document.getElementById('react-aria-pressable-style')) {
  const placeholder = document.createElement('meta');
  placeholder.id = 'react-aria-pressable-style';
  document.head.append(placeholder);
}

const router = createAppRouter();
setUnauthorizedHandler(makeUnauthorizedHandler(queryClient, (to) => router.navigate(to)));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
