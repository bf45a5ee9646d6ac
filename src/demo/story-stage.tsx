import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { CallbackScreen } from '../callback/callback-screen';
import { createDraftStore, memoryBackend } from '../callback/draft-store';
import type { FakeHost } from './fake-host';
import type { Story } from './stories';

interface StoryStageProps {
  story: Story;
  host: FakeHost;
}

/** The real CallbackScreen, against the story's in-memory host, with a fresh cache and draft store. */
export function StoryStage({ story, host }: StoryStageProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [drafts] = useState(() => createDraftStore(memoryBackend()));
  return (
    <QueryClientProvider client={queryClient}>
      <CallbackScreen config={{ context: story.context, userId: story.context?.userId ?? 'testagent' }} bridge={host.bridge} drafts={drafts} />
    </QueryClientProvider>
  );
}
