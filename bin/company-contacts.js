#!/usr/bin/env node
// The installed `company-contacts` command: registers tsx so Node runs the TypeScript CLI as is (no build step).
import { register } from 'tsx/esm/api';

register();
await import(new URL('../cli/main.ts', import.meta.url).href);
