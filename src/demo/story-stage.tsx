import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { CallbackScreen } from '../callback/callback-screen';
import { createDraftStore, memoryBackend } from '../callback/draft-store';
import type { HostBridge } from '../protocol/bridge';
import { readTimeSettings } from '../time/time-settings';
import { agentZone } from '../time/zoned-time';
import type { Story } from './story';

interface StoryStageProps {
  story: Story;
  /** The real postMessage bridge, wired to the story's simulated desktop. */
  bridge: HostBridge;
}

/** The real CallbackScreen, against the story's simulated desktop, with a fresh cache and draft store. */
export function StoryStage({ story, bridge }: StoryStageProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [drafts] = useState(() => createDraftStore(memoryBackend()));
  const [time] = useState(() => readTimeSettings(story.time ?? {}, agentZone()));
  return (
    <QueryClientProvider client={queryClient}>
      <CallbackScreen config={{ context: story.context, userId: story.context?.userId ?? 'testagent', time }} bridge={bridge} drafts={drafts} />
    </QueryClientProvider>
  );
}
