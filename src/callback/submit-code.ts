/**
 * What the form needs only once the agent interacts (the rules, and what happens after
 * Schedule): one lazy chunk, fetched on the first touch of the form.
 */
export { createCallbackSchema } from './callback-schema';
export { announceUnanswered, sendCallback, settleLate } from './outcomes';
export { schemaResolver } from './schema-resolver';
