#!/usr/bin/env node
// The `kompetanseloft` command. Node 20 cannot run TypeScript itself, so this small JavaScript file registers
// tsx and loads the TypeScript CLI: `npx kompetanseloft` works right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
