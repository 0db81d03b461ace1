import { useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { OpenedShare } from '@/core/share/openSharePayload';
import { StudioPage } from './StudioPage';

/** `link`: the share link the page was opened with, opened (see openLinkInAddress). */
export function App({ link }: { link: OpenedShare | undefined }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <StudioPage link={link} />
    </QueryClientProvider>
  );
}
