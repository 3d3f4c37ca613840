// Every resource of the mock, in seeding order (later fixtures refer to earlier ones).
import { account } from './account.js';
import { agents } from './agents.js';
import type { Resource } from './resource.js';

export const resources: Resource[] = [account, agents];
